// Secrecy on the wire: a whole networked game between two headless clients, every byte the server
// sent them captured, searched for the other camps' hidden unit ids and for the dice state.
import { pack } from '@colyseus/msgpackr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Command, type GameState, type Power, newGame, viewFor } from '../../src/engine';
import { fold } from '../../src/match/fold';
import type { ClassCreated } from '../../src/net/protocol';
import type { Replay } from '../../src/replay/format';
import { builtinScenario } from '../../src/scenarios';
import { makePolicies } from '../../src/sim/play';
import { type Capture, captureProxy, packedFloat, packedString, roomMessage, wsPayloads } from './serverCapture';
import { Peer, type Spawned, createClass, spawnServer, tempDir } from './serverHarness';

const scenario = builtinScenario('deir-ez-zor-2017')!;

/** A team's client: plays its camp's phases with the AI's policy on the view it was sent. */
export async function playSeat(peer: Peer, camp: Power, seed: string, stopAfterTurn = Infinity): Promise<number> {
  const bot = makePolicies({ coalition: 'ai:balanced', russia: 'ai:balanced', is: 'ai:balanced' }, seed)[camp];
  let d = await peer.next('delivery');
  let sent = 0;
  let refusals = 0;
  for (;;) {
    const latest = peer.last('delivery')!;
    if (latest.logLength > d.logLength) d = latest;
    const v = d.view;
    if (v.status !== 'playing' || v.turn > stopAfterTurn) return sent;
    if (v.phase !== camp || d.paused) {
      const from = peer.inbox.length;
      const seen = d.logLength;
      if (peer.last('delivery')!.logLength === seen) await peer.next('delivery', (x) => x.logLength !== seen || x.paused !== d.paused, from);
      d = peer.last('delivery')!;
      continue;
    }
    const command: Command = refusals > 20 ? { type: 'end_phase' } : bot.next(scenario, v);
    const r = await peer.command(command);
    sent++;
    if (!r.ok) {
      if (r.error.code === 'not_your_phase' || r.error.code === 'class_over') { await peer.next('delivery', (x) => x.logLength !== d.logLength, 0); continue; }
      bot.refused?.(command);
      refusals++;
      continue;
    }
    refusals = 0;
    const want = r.logLength;
    d = await peer.next('delivery', (x) => x.logLength >= want);
  }
}

/** Every state of the game, from its replay. */
function statesOf(replay: Replay): GameState[] {
  const start = newGame(scenario, replay.seed);
  const states = [start];
  const end = fold(scenario, start, replay.commands, (s) => states.push(s.state));
  expect(end.refused).toBeUndefined();
  return states;
}

describe('what the wire carries', () => {
  let server: Spawned;
  let proxy: Capture;
  let cls: ClassCreated;
  let replay: Replay;
  let bytes: Record<Power, Buffer>;
  let decoded: Record<Power, string>;

  beforeAll(async () => {
    server = await spawnServer({ db: `${tempDir()}/class.sqlite` });
    cls = await createClass(server.base, { groups: 1, control: false, seed: 'secret', seedMode: 'same' });
    proxy = await captureProxy(server.port);
    const base = `http://127.0.0.1:${proxy.port}`;
    const code = (seat: Power): string => cls.codes.find((c) => c.seat === seat)!.code;
    // Each camp's client opens its connections one after the other, so each stream is known to be its own.
    const russia = await Peer.seat(base, code('russia'));
    await russia.next('delivery');
    const russiaStreams = proxy.streams.length;
    const coalition = await Peer.seat(base, code('coalition'));
    await coalition.next('delivery');
    await Promise.all([playSeat(russia, 'russia', 'secret'), playSeat(coalition, 'coalition', 'secret')]);
    const teacher = await Peer.teacher(server.base, cls.classId, cls.teacherKey);
    teacher.room.send('review', { group: 1 });
    replay = (await teacher.next('review')).replay;
    for (const p of [russia, coalition, teacher]) await p.leave();
    const join = (streams: Buffer[][]): Buffer => Buffer.concat(streams.flat());
    bytes = { russia: join(proxy.streams.slice(0, russiaStreams)), coalition: join(proxy.streams.slice(russiaStreams)) };
    decoded = { russia: '', coalition: '' };
    for (const camp of ['russia', 'coalition'] as const) {
      const streams = camp === 'russia' ? proxy.streams.slice(0, russiaStreams) : proxy.streams.slice(russiaStreams);
      decoded[camp] = streams.flatMap((s) => wsPayloads(Buffer.concat(s))).map((f) => JSON.stringify(roomMessage(f))).join('\n');
    }
  }, 600_000);
  afterAll(async () => {
    await proxy?.close();
    await server?.stop();
  });

  it('the game was played to its end over the network', () => {
    const states = statesOf(replay);
    expect(states.at(-1)!.status).toBe('over');
    expect(decoded.coalition).toContain('"delivery"');
    expect(decoded.russia).toContain('"delivery"');
  });

  for (const camp of ['coalition', 'russia'] as const) {
    it(`no frame to the ${camp} names a unit of another camp it never saw`, () => {
      const states = statesOf(replay);
      const all = new Set<string>();
      const seen = new Set<string>();
      for (const s of states) {
        for (const u of s.units) all.add(u.id);
        for (const r of s.reinforcements) all.add(r.unit.id);
        for (const u of viewFor(scenario, s, camp).units) seen.add(u.id);
      }
      const own = [...all].filter((id) => states.some((s) => s.units.some((u) => u.id === id && u.camp === camp)));
      const hidden = [...all].filter((id) => !seen.has(id));
      expect(hidden.length).toBeGreaterThan(0);
      // The search finds what is there: the camp's own units are in its frames, as strings and decoded.
      for (const id of own) {
        expect(bytes[camp].includes(packedString(id)), id).toBe(true);
        expect(decoded[camp]).toContain(JSON.stringify(id));
      }
      const leaked = hidden.filter((id) => bytes[camp].includes(packedString(id)) || decoded[camp].includes(JSON.stringify(id)));
      expect(leaked).toEqual([]);
    });

    it(`no frame to the ${camp} carries the dice state`, () => {
      const states = statesOf(replay);
      const numbers = [...new Set(states.flatMap((s) => [s.rng.s0, s.rng.s1, s.rng.s2]))];
      expect(numbers.length).toBeGreaterThan(10);
      // The search finds a state that is there (packed as the server packs).
      const control = pack({ view: { rng: states[3]!.rng } });
      expect(control.includes(packedFloat(states[3]!.rng.s1))).toBe(true);
      expect(numbers.filter((x) => bytes[camp].includes(packedFloat(x)) || decoded[camp].includes(String(x)))).toEqual([]);
      expect(decoded[camp]).not.toMatch(/"rng"|"seed"|"s0"/);
    });
  }
});
