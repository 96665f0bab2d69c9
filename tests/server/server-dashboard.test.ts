// The teacher's dashboard over the network: live rows for every group, injects and pauses into one
// group or all, a phase timer that ends the phase, the class clock, watching a group all-seeing,
// a group's review, the export; and a seat's reconnection to the same seat and view.
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassCreated, DashboardState } from '../../src/net/protocol';
import { parseReplay } from '../../src/replay/parse';
import { builtinScenario } from '../../src/scenarios';
import { rulesSummary } from '../../src/engine';
import { Peer, type Spawned, createClass, spawnServer, tempDir } from './serverHarness';

const scenario = builtinScenario('deir-ez-zor-2017')!;

describe('the dashboard', () => {
  let server: Spawned;
  let cls: ClassCreated;
  let teacher: Peer;
  const peers: Peer[] = [];
  const seat = async (g: number, s: string): Promise<Peer> => {
    const p = await Peer.seat(server.base, cls.codes.find((c) => c.group === g && c.seat === s)!.code);
    peers.push(p);
    await p.next('delivery');
    return p;
  };
  const board = (ok: (d: DashboardState) => boolean): Promise<DashboardState> => teacher.next('dashboard', ok, 0);

  beforeAll(async () => {
    server = await spawnServer({ db: `${tempDir()}/class.sqlite` });
    cls = await createClass(server.base, { groups: 3 });
    teacher = await Peer.teacher(server.base, cls.classId, cls.teacherKey);
  });
  afterAll(async () => {
    for (const p of [...peers, teacher]) await p?.leave();
    await server?.stop();
  });

  it('shows a row for every group with turn, phase, whose move, rung, VP, calls and each seat\'s connection', async () => {
    const russia = await seat(1, 'russia');
    const d = await board((s) => s.rows.length === 3 && s.rows[0]!.seats.some((x) => x.seat === 'russia' && x.connection === 'connected'));
    const row = d.rows[0]!;
    expect(row).toMatchObject({ group: 1, turn: 1, phase: 'russia', whoseMove: 'russia', status: 'playing', paused: false, unanswered: 0, injects: 0 });
    expect(row.vp.coalition + row.vp.russia).toBeGreaterThanOrEqual(0);
    expect(row.seats.map((s) => s.seat)).toEqual(['coalition', 'russia', 'control']);
    expect(row.seats.find((s) => s.seat === 'coalition')!.connection).toBe('away');
    expect(d.codes).toHaveLength(9);
    // A dropped seat shows as reconnecting, then connected again once it is back.
    const token = (await russia.next('seat')).reconnectionToken;
    const before = russia.last('delivery')!;
    await russia.room.leave(false);
    await board((s) => s.rows[0]!.seats.find((x) => x.seat === 'russia')!.connection === 'reconnecting');
    const t0 = performance.now();
    const back = await russia.client.reconnect(token);
    russia.listen(back);
    const from = russia.inbox.length;
    const again = await russia.next('delivery', () => true, from);
    const ms = performance.now() - t0;
    console.log(`reconnect: seat and view back after ${ms.toFixed(0)} ms`);
    expect((await russia.next('seat', () => true, from)).seat).toBe('russia');
    expect(again.view).toEqual(before.view);
    expect(again.logLength).toBe(before.logLength);
    expect(again.view.viewer).toBe('russia');
    await board((s) => s.rows[0]!.seats.find((x) => x.seat === 'russia')!.connection === 'connected');
  });

  it('fires an inject into one group, then into all', async () => {
    const c2 = await seat(2, 'coalition');
    const c3 = await seat(3, 'coalition');
    const id = scenario.injects[0]!.id;
    teacher.room.send('inject', { group: 2, inject: { kind: 'scenario', id } });
    const d2 = await c2.next('delivery', (d) => (d.view.crisis.injects ?? []).length === 1);
    expect(d2.view.crisis.injects![0]!.source).toBe(id);
    expect((c3.last('delivery')!.view.crisis.injects ?? [])).toHaveLength(0);
    teacher.room.send('inject', { group: 'all', inject: { kind: 'custom', title: 'Drone sighting', text: 'A drone over the river.', escalation: 2, trust: -1 } });
    await c3.next('delivery', (d) => (d.view.crisis.injects ?? []).some((j) => j.title === 'Drone sighting'));
    await c2.next('delivery', (d) => (d.view.crisis.injects ?? []).length === 2);
    // Each scenario inject fires once: group 2 refuses it again, and the teacher is told which group did.
    teacher.room.send('inject', { group: 2, inject: { kind: 'scenario', id } });
    const refused = await teacher.next('error', (e) => e.code === 'invalid_inject');
    expect(refused).toMatchObject({ group: 2, refusal: { reason: 'inject_fired' }, message: expect.stringMatching(/^group 2: inject "/) });
  });

  it('rules an incident in one group: every seat is told, the group\'s record keeps it, once', async () => {
    const c3 = peers.find((p) => p.last('seat')?.group === 3 && p.last('seat')?.seat === 'coalition')!;
    const r3 = await seat(3, 'russia');
    teacher.room.send('inject', { group: 3, inject: { kind: 'scenario', id: 'strike-16-sep' } });
    const struck = await c3.next('delivery', (d) => (d.view.crisis.injects ?? []).some((j) => j.source === 'strike-16-sep'));
    const incident = struck.view.crisis.injects!.find((j) => j.source === 'strike-16-sep')!.incident!;
    expect(incident).toMatch(/^I\d+$/);
    const before = struck.view.crisis.trust;
    teacher.room.send('ruling', { group: 3, incident, finding: 'accident' });
    const ruled = await c3.next('delivery', (d) => d.view.crisis.incidents.some((i) => i.id === incident && i.ruling !== undefined));
    expect(ruled.view.crisis.incidents.find((i) => i.id === incident)!.ruling).toEqual({ finding: 'accident', turn: ruled.view.turn });
    expect(ruled.events).toContainEqual({ type: 'incident_ruled', incident, finding: 'accident', turn: ruled.view.turn });
    expect(ruled.view.crisis.trust).toBe(before + rulesSummary().trust.ruledAccident);
    // The other team hears it too: rulings are public.
    await r3.next('delivery', (d) => d.events.some((e) => e.type === 'incident_ruled' && e.incident === incident));
    // Once per incident: a second ruling comes back to the teacher refused, naming the group.
    teacher.room.send('ruling', { group: 3, incident, finding: 'russia' });
    const refused = await teacher.next('error', (e) => e.code === 'invalid_ruling');
    expect(refused.message).toMatch(/group 3/);
    teacher.room.send('ruling', { group: 9, incident, finding: 'accident' });
    expect((await teacher.next('error', (e) => e.code === 'unknown_group' && /to rule in/.test(e.message))).message).toMatch(/3 groups/);
    // The group's record (its review and the debrief) holds the ruling as Control's command.
    teacher.room.send('review', { group: 3 });
    const review = await teacher.next('review', (r) => r.group === 3);
    expect(review.replay.commands.filter((c) => c.type === 'ruling')).toEqual([{ type: 'ruling', incident, finding: 'accident' }]);
  });

  it('pauses and resumes one group or all: a paused group refuses commands', async () => {
    const r1 = peers[0]!;
    teacher.room.send('pause', { group: 1 });
    await r1.next('delivery', (d) => d.paused);
    expect(await r1.command({ type: 'end_phase' })).toMatchObject({ ok: false, error: { code: 'not_your_phase', message: expect.stringMatching(/paused/) } });
    await board((s) => s.rows[0]!.paused && !s.rows[1]!.paused);
    teacher.room.send('pause', { group: 'all' });
    await board((s) => s.rows.every((r) => r.paused));
    teacher.room.send('resume', { group: 'all' });
    await board((s) => s.rows.every((r) => !r.paused));
    const from = r1.inbox.length;
    await r1.next('delivery', (d) => !d.paused, from);
  });

  it('a phase timer ends the team\'s phase when it runs out', async () => {
    const r2 = await seat(2, 'russia');
    const before = r2.last('delivery')!;
    expect(before.view.phase).toBe('russia');
    teacher.room.send('phase_timer', { group: 2, seconds: 10 });
    const timed = await r2.next('delivery', (d) => d.phaseEndsAt !== null);
    expect(Date.parse(timed.phaseEndsAt!)).toBeGreaterThan(Date.now() - 60_000);
    // Nobody moves: the server ends Russia's phase itself; the coalition's begins with its own timer.
    const after = await r2.next('delivery', (d) => d.view.phase !== 'russia' || d.view.turn > before.view.turn);
    expect(after.view.phase).toBe('coalition');
    const row = (await board((s) => s.rows[1]!.phase === 'coalition')).rows[1]!;
    expect(row.whoseMove).toBe('coalition');
    teacher.room.send('phase_timer', { group: 2, seconds: null });
    await board((s) => s.rows[1]!.phaseEndsAt === null);
  });

  it('watches a group all-seeing, and opens its review', async () => {
    teacher.room.send('watch', { group: 2 });
    const frame = await teacher.next('watch', (f) => f.group === 2);
    expect(frame.view.viewer).toBe('all');
    const russianUnits = frame.view.units.filter((u) => u.camp === 'russia').length;
    const coalitionView = peers.find((p) => p.last('seat')?.group === 2 && p.last('seat')?.seat === 'coalition')!.last('delivery')!.view;
    expect(frame.view.units.length).toBeGreaterThan(coalitionView.units.length);
    expect(russianUnits).toBeGreaterThan(coalitionView.units.filter((u) => u.camp === 'russia').length);
    teacher.room.send('unwatch', {});
    teacher.room.send('review', { group: 2 });
    const review = await teacher.next('review', (r) => r.group === 2);
    const parsed = parseReplay(review.replay, () => scenario);
    expect(parsed.ok).toBe(true);
    expect(review.replay.commands.filter((c) => c.type === 'inject')).toHaveLength(2);
    const from = teacher.inbox.length;
    teacher.room.send('review', { group: 9 });
    expect((await teacher.next('error', (e) => e.code === 'unknown_group', from)).message).toMatch(/3 groups/);
  });

  it('exports the class: a CSV of results and a zip of replays', async () => {
    teacher.room.send('export', {});
    const links = await teacher.next('exported');
    const csv = await (await fetch(`${server.base}${links.csvUrl}`)).text();
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^group,seed,status,outcome/);
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/^2,net-2,playing,/);
    const zip = unzipSync(new Uint8Array(await (await fetch(`${server.base}${links.zipUrl}`)).arrayBuffer()));
    expect(Object.keys(zip).sort()).toEqual(['group-01.replay.json', 'group-02.replay.json', 'group-03.replay.json']);
    for (const f of Object.values(zip)) expect(parseReplay(JSON.parse(strFromU8(f)), () => scenario).ok).toBe(true);
    expect((await fetch(`${server.base}/api/export/${'0'.repeat(32)}.csv`)).status).toBe(410);
  });

  it('the class clock stops the groups after a turn', async () => {
    teacher.room.send('class_clock', { endsAt: null, afterTurn: 1 });
    // Group 2 is in the coalition's phase of turn 1: ending it and IS's brings turn 2, past the clock.
    const c2 = peers.find((p) => p.last('seat')?.group === 2 && p.last('seat')?.seat === 'coalition')!;
    await board((s) => s.clock.afterTurn === 1);
    expect(await c2.command({ type: 'end_phase' })).toMatchObject({ ok: true });
    await c2.next('delivery', (d) => d.paused && d.view.turn === 2);
    expect(await c2.command({ type: 'end_phase' })).toMatchObject({ ok: false, error: { code: 'class_over' } });
  });
});
