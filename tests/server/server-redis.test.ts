// Two server processes behind Redis (Colyseus's Redis presence and driver) on one store: a class
// whose groups are spread over both works end to end, and the dashboard sees every group.
import { afterAll, describe, expect, it } from 'vitest';
import { legalCommands } from '../../src/engine';
import { builtinScenario } from '../../src/scenarios';
import { Peer, type Spawned, createClass, spawnServer, tempDir, waitFor } from './serverHarness';
import { type Service, startPostgres, startRedis } from './serverServices';

const scenario = builtinScenario('deir-ez-zor-2017')!;
const GROUPS = 4;

function twoProcesses(name: string, store: () => Promise<{ db: string; databaseUrl?: string } | null>): void {
  describe(`two processes and Redis (${name})`, () => {
    const servers: Spawned[] = [];
    let redis: Service | null = null;
    afterAll(async () => {
      for (const s of servers) await s.stop();
      redis?.stop();
    });

    it('spreads a class over both processes; every seat plays and the dashboard sees every group', { timeout: 600_000 }, async (ctx) => {
      redis = await startRedis();
      const where = await store();
      if (!redis || !where) return ctx.skip();
      const a = await spawnServer({ ...where, redisUrl: redis.url });
      servers.push(a);
      const b = await spawnServer({ ...where, redisUrl: redis.url });
      servers.push(b);
      // Created through A; the rooms go to both.
      const cls = await createClass(a.base, { groups: GROUPS, control: false });
      const roomsIn = (s: Spawned): number => (s.output().match(new RegExp(`room ${cls.classId}g\\d+ in process`, 'g')) ?? []).length;
      await waitFor(() => roomsIn(a) + roomsIn(b) === GROUPS, () => 'rooms');
      expect(roomsIn(a)).toBeGreaterThan(0);
      expect(roomsIn(b)).toBeGreaterThan(0);
      // The teacher on B, the students on A and B in turn: each reaches its group wherever it runs.
      const teacher = await Peer.teacher(b.base, cls.classId, cls.teacherKey);
      const peers: Peer[] = [];
      for (let g = 1; g <= GROUPS; g++) {
        const code = cls.codes.find((c) => c.group === g && c.seat === 'russia')!.code;
        const p = await Peer.seat(g % 2 ? a.base : b.base, code);
        peers.push(p);
        const d = await p.next('delivery');
        const move = legalCommands(scenario, d.view).find((c) => c.type === 'move')!;
        expect(await p.command(move), `group ${g}`).toMatchObject({ ok: true, logLength: d.logLength + 1 });
      }
      const board = await teacher.next('dashboard', (s) => s.rows.length === GROUPS && s.rows.every((r) => r.seats.find((x) => x.seat === 'russia')!.connection === 'connected'));
      expect(board.rows.map((r) => r.group)).toEqual([1, 2, 3, 4]);
      // The teacher's action reaches the groups in both processes.
      teacher.room.send('pause', { group: 'all' });
      for (const p of peers) await p.next('delivery', (d) => d.paused);
      await teacher.next('dashboard', (s) => s.rows.every((r) => r.paused));
      teacher.room.send('review', { group: 2 });
      expect((await teacher.next('review', (r) => r.group === 2)).replay.commands.length).toBeGreaterThan(0);
      for (const p of [...peers, teacher]) await p.leave();
    });
  });
}

twoProcesses('SQLite', async () => ({ db: `${tempDir()}/class.sqlite` }));

let pg: Service | null = null;
twoProcesses('PostgreSQL', async () => {
  pg = await startPostgres();
  return pg ? { db: `${tempDir()}/unused.sqlite`, databaseUrl: pg.url } : null;
});
afterAll(() => pg?.stop());
