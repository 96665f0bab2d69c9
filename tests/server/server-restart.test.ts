// Nothing acknowledged is lost: two groups play, the server is killed with SIGKILL in the middle,
// and after a restart on the same store every acknowledged command is there and the groups go on.
import { afterAll, describe, expect, it } from 'vitest';
import type { Command } from '../../src/engine';
import type { ClassCreated } from '../../src/net/protocol';
import { builtinScenario } from '../../src/scenarios';
import { makePolicies } from '../../src/sim/play';
import { Peer, type Spawned, createClass, spawnServer, tempDir, waitFor } from './serverHarness';
import { type Service, startPostgres } from './serverServices';

const scenario = builtinScenario('deir-ez-zor-2017')!;

interface Acked { command: Command; logLength: number }

/** Plays a seat until the connection drops, noting every command acknowledged. */
async function playUntilDropped(peer: Peer, camp: 'coalition' | 'russia', acked: Acked[]): Promise<void> {
  const bot = makePolicies({ coalition: 'ai:balanced', russia: 'ai:balanced', is: 'ai:balanced' }, 'kill')[camp];
  let refusals = 0;
  try {
    await peer.next('delivery');
    while (peer.left === null) {
      const d = peer.last('delivery')!;
      if (d.view.status !== 'playing') return;
      if (d.view.phase !== camp) {
        const from = peer.inbox.length;
        await waitFor(() => peer.left !== null || peer.inbox.slice(from).some((m) => m.type === 'delivery'), () => 'a delivery');
        continue;
      }
      const command: Command = refusals > 20 ? { type: 'end_phase' } : bot.next(scenario, d.view);
      const r = await Promise.race([peer.command(command), waitFor(() => peer.left !== null, () => 'drop').then(() => null)]);
      if (!r) return;
      if (r.ok) {
        acked.push({ command, logLength: r.logLength });
        refusals = 0;
        const want = r.logLength;
        await waitFor(() => peer.left !== null || (peer.last('delivery')?.logLength ?? 0) >= want, () => 'its delivery');
      } else {
        bot.refused?.(command);
        refusals++;
      }
    }
  } catch {
    // The connection went down under a send: what was acknowledged is noted.
  }
}

function storesKillRestart(name: string, store: () => Promise<{ db: string; databaseUrl?: string } | null>): void {
  describe(`kill -9 and restart (${name})`, () => {
    const servers: Spawned[] = [];
    afterAll(async () => { for (const s of servers) await s.stop('SIGKILL'); });

    it('loses no acknowledged command, and every group resumes where it was', { timeout: 600_000 }, async (ctx) => {
      const where = await store();
      if (!where) return ctx.skip();
      const first = await spawnServer(where);
      servers.push(first);
      const cls: ClassCreated = await createClass(first.base, { groups: 2, control: false, seedMode: 'same', seed: 'kill' });
      const code = (g: number, seat: string): string => cls.codes.find((c) => c.group === g && c.seat === seat)!.code;
      const acked: Record<number, Acked[]> = { 1: [], 2: [] };
      const peers: Peer[] = [];
      const games: Promise<void>[] = [];
      for (const g of [1, 2]) {
        for (const camp of ['russia', 'coalition'] as const) {
          const p = await Peer.seat(first.base, code(g, camp));
          peers.push(p);
          games.push(playUntilDropped(p, camp, acked[g]!));
        }
      }
      // In the middle of the game: once both groups have had commands acknowledged past turn 2.
      await waitFor(() => acked[1]!.length > 25 && acked[2]!.length > 25, () => `acks ${acked[1]!.length}/${acked[2]!.length}`);
      await first.stop('SIGKILL');
      expect(first.proc.signalCode).toBe('SIGKILL');
      await Promise.all(games);
      const views = peers.map((p) => p.last('delivery')!);

      const second = await spawnServer({ ...where, port: first.port });
      servers.push(second);
      const teacher = await Peer.teacher(second.base, cls.classId, cls.teacherKey);
      for (const g of [1, 2]) {
        const from = teacher.inbox.length;
        teacher.room.send('review', { group: g });
        const log = (await teacher.next('review', (r) => r.group === g, from)).replay.commands;
        const mine = acked[g]!;
        expect(mine.length).toBeGreaterThan(25);
        // Every acknowledged command is in the log, in order, where its ack said the log had reached.
        expect(log.length).toBeGreaterThanOrEqual(mine.at(-1)!.logLength);
        let at = 0;
        for (const a of mine) {
          const i = log.findIndex((c, k) => k >= at && k < a.logLength && JSON.stringify(c) === JSON.stringify(a.command));
          expect(i, `acknowledged command ${JSON.stringify(a.command)} (log ${a.logLength})`).toBeGreaterThanOrEqual(0);
          at = i + 1;
        }
      }
      // Each seat comes back by its code to the view it last had (or later, if the last command was stored but not acknowledged).
      let i = 0;
      for (const g of [1, 2]) {
        for (const camp of ['russia', 'coalition'] as const) {
          const before = views[i++]!;
          const p = await Peer.seat(second.base, code(g, camp));
          const after = await p.next('delivery');
          expect(after.logLength).toBeGreaterThanOrEqual(before.logLength);
          if (after.logLength === before.logLength) expect(after.view).toEqual(before.view);
          // And plays on: the camp in phase gets its next command accepted.
          if (after.view.phase === camp && after.view.status === 'playing') {
            expect(await p.command({ type: 'end_phase' })).toMatchObject({ ok: true });
          }
          await p.leave();
        }
      }
      await teacher.leave();
    });
  });
}

storesKillRestart('SQLite', async () => ({ db: `${tempDir()}/class.sqlite` }));

let pg: Service | null = null;
storesKillRestart('PostgreSQL', async () => {
  pg = await startPostgres();
  return pg ? { db: `${tempDir()}/unused.sqlite`, databaseUrl: pg.url } : null;
});
afterAll(() => pg?.stop());
