// The class server's rooms: codes, seats, the three checks of every command, and bad input answered
// with a typed error to the sender only, the room and the other groups untouched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legalCommands } from '../../src/engine';
import { builtinScenario } from '../../src/scenarios';
import { CODE_ALPHABET, CODE_LENGTH, MAX_MESSAGE_BYTES, RATE_LIMIT, type ClassCreated, type SeatCode } from '../../src/net/protocol';
import { isSeatCodeShape, newSeatCode, newTeacherKey } from '../../src/server/codes';
import { Peer, type Spawned, createClass, post, spawnServer, tempDir } from './serverHarness';

const scenario = builtinScenario('deir-ez-zor-2017')!;
const codeOf = (c: ClassCreated, group: number, seat: SeatCode['seat']): string => c.codes.find((s) => s.group === group && s.seat === seat)!.code;

describe('seat codes and the teacher key', () => {
  it('codes are 6-8 characters of the unambiguous alphabet, and a teacher key never has a code\'s shape', () => {
    expect(CODE_LENGTH).toBeGreaterThanOrEqual(6);
    expect(CODE_LENGTH).toBeLessThanOrEqual(8);
    for (const c of '0O1IL2Z5S8BUV') expect(CODE_ALPHABET).not.toContain(c);
    const taken = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const code = newSeatCode(taken);
      expect(isSeatCodeShape(code)).toBe(true);
      expect(taken.has(code)).toBe(false);
      taken.add(code);
      expect(isSeatCodeShape(newTeacherKey().toUpperCase())).toBe(false);
    }
  });
});

describe('the class server', () => {
  let server: Spawned;
  let cls: ClassCreated;
  const peers: Peer[] = [];
  const seat = async (code: string): Promise<Peer> => { const p = await Peer.seat(server.base, code); peers.push(p); return p; };

  beforeAll(async () => {
    server = await spawnServer({ db: `${tempDir()}/class.sqlite` });
    cls = await createClass(server.base);
  });
  afterAll(async () => {
    for (const p of peers) await p.leave();
    await server?.stop();
  });

  it('hands out a code for each seat of each group and a LAN-style link', () => {
    expect(cls.codes).toHaveLength(6);
    expect(new Set(cls.codes.map((c) => c.code)).size).toBe(6);
    expect(cls.joinUrl).toBe(`${server.base}/join.html`);
    expect(cls.dashboardUrl).toContain(cls.teacherKey);
  });

  it('a code lands in its own seat with its fogged view; codes are read tolerant of case and dashes', async () => {
    const code = codeOf(cls, 1, 'russia');
    const typed = `${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`;
    const p = await seat(typed);
    const s = await p.next('seat');
    expect(s).toMatchObject({ group: 1, seat: 'russia', classId: cls.classId });
    const d = await p.next('delivery');
    expect(d.view.viewer).toBe('russia');
    expect((d.view as unknown as Record<string, unknown>).rng).toBeUndefined();
  });

  it('a student\'s code never opens the dashboard, Control or another seat', async () => {
    const code = codeOf(cls, 1, 'coalition');
    // Not the dashboard: neither by HTTP nor by joining the dashboard room.
    expect((await post(server.base, '/api/dashboard', { classId: cls.classId, teacherKey: code })).status).toBe(403);
    await expect(Peer.teacher(server.base, cls.classId, code)).rejects.toThrow(/not_teacher/);
    await expect(Peer.teacher(server.base, cls.classId, code.toLowerCase().padEnd(24, '0'))).rejects.toThrow(/not_teacher/);
    // Not another group's room.
    const { Client } = await import('colyseus.js');
    await expect(new Client(server.base).joinById(`${cls.classId}g2`, { code })).rejects.toThrow(/unknown_code/);
    // Not Control, nor another seat's commands, in its own room.
    const p = await seat(code);
    expect((await p.next('seat')).seat).toBe('coalition');
    const inject = await p.command({ type: 'inject', inject: { kind: 'custom', title: 'x', text: 'y', escalation: 5, trust: 0 } });
    expect(inject).toMatchObject({ ok: false, error: { code: 'not_your_phase' } });
    const asControl = await p.command({ type: 'end_phase' }, { seat: 'control' });
    expect(asControl).toMatchObject({ ok: false, error: { code: 'not_your_seat' } });
    const asRussia = await p.command({ type: 'end_phase' }, { seat: 'russia' });
    expect(asRussia).toMatchObject({ ok: false, error: { code: 'not_your_seat' } });
    // It is Russia's phase: the coalition's own end_phase is refused by the match's seat rules.
    expect(await p.command({ type: 'end_phase' })).toMatchObject({ ok: false, error: { code: 'not_your_phase' } });
    // The teacher's key does open it.
    const t = await Peer.teacher(server.base, cls.classId, cls.teacherKey);
    peers.push(t);
    expect((await t.next('dashboard')).classId).toBe(cls.classId);
  });

  it('checks each command in three steps, answers the sender only, and leaves the room and the other group untouched', async () => {
    const russia = await seat(codeOf(cls, 1, 'russia'));
    const coalition = await seat(codeOf(cls, 1, 'coalition'));
    const other = await seat(codeOf(cls, 2, 'russia'));
    const start = await russia.next('delivery');
    await coalition.next('delivery');
    await other.next('delivery');
    const logLength = start.logLength;
    const coalitionSeen = coalition.inbox.length;
    const otherSeen = other.inbox.length;
    const bad: [string, () => Promise<unknown>, string][] = [
      ['no seq', async () => { russia.room.send('command', { command: { type: 'end_phase' } }); return russia.next('error', (e) => e.code === 'malformed_message' && e.field === 'seq'); }, 'malformed_message'],
      ['command not an object', () => russia.command('end_phase'), 'malformed_message'],
      ['unknown command type', () => russia.command({ type: 'teleport' }), 'malformed_command'],
      ['unknown field', () => russia.command({ type: 'end_phase', extra: 1 }), 'malformed_command'],
      ['another camp\'s unit', () => russia.command({ type: 'move', unit: scenario.data.units.find((u: { camp: string }) => u.camp === 'coalition')!.id, to: { q: 0, r: 0 } }), 'not_your_unit'],
      ['a move off the map', () => russia.command({ type: 'move', unit: 'tiger-1', to: { q: 400, r: 0 } }), 'off_map'],
      ['a seat not its own', () => russia.command({ type: 'end_phase' }, { seat: 'coalition' }), 'not_your_seat'],
    ];
    for (const [what, act, code] of bad) {
      const r = await act() as { ok?: boolean; error?: { code: string }; code?: string };
      expect(r.error?.code ?? r.code, what).toBe(code);
    }
    // An unknown message type.
    let from = russia.inbox.length;
    russia.room.send('teleport', { x: 1 });
    expect((await russia.next('error', (e) => /message type/.test(e.message), from)).code).toBe('malformed_message');
    // Oversized.
    from = russia.inbox.length;
    russia.room.send('command', { seq: 99, command: { type: 'hotline', message: 'x'.repeat(MAX_MESSAGE_BYTES + 10) } });
    expect((await russia.next('error', (e) => e.code === 'message_too_large', from)).message).toMatch(/at most/);
    // Nothing changed: a legal command is accepted next, and the log grew by exactly it.
    const legal = legalCommands(scenario, start.view).find((c) => c.type === 'move')!;
    const ok = await russia.command(legal);
    expect(ok).toEqual({ ok: true, logLength: logLength + 1 });
    // The coalition got the new delivery and no error; group 2 got nothing at all.
    await coalition.next('delivery', (d) => d.logLength === logLength + 1, coalitionSeen);
    expect(coalition.inbox.slice(coalitionSeen).filter((m) => m.type === 'error')).toEqual([]);
    expect(other.inbox.slice(otherSeen)).toEqual([]);
  });

  it('a flood is cut by the rate limit with one typed error; the client stays and is served again', async () => {
    const p = await seat(codeOf(cls, 2, 'coalition'));
    await p.next('delivery');
    for (let i = 0; i < RATE_LIMIT * 3; i++) p.room.send('ping', { t: i });
    const err = await p.next('error', (e) => e.code === 'rate_limited');
    expect(err.message).toMatch(/second/);
    const pongs = p.inbox.filter((m) => m.type === 'pong').length;
    expect(pongs).toBeLessThanOrEqual(RATE_LIMIT);
    expect(p.inbox.filter((m) => m.type === 'error' && (m.data as { code: string }).code === 'rate_limited')).toHaveLength(1);
    // After a quiet second it is answered again (waiting longer only helps: no test of speed).
    await new Promise((r) => setTimeout(r, 1100));
    const from = p.inbox.length;
    p.room.send('ping', { t: 12345 });
    expect((await p.next('pong', (m) => m.t === 12345, from)).t).toBe(12345);
    expect(p.left).toBeNull();
  });

  it('a wrong code and an expired code are refused with typed errors', async () => {
    const wrong = await post<{ code: string }>(server.base, '/api/seat', { code: 'AAAAAAA' });
    expect(wrong).toMatchObject({ status: 404, body: { code: 'unknown_code' } });
    expect((await post<{ code: string }>(server.base, '/api/seat', { code: 42 })).body.code).toBe('malformed_message');
    const other = await createClass(server.base, { groups: 1 });
    const code = codeOf(other, 1, 'russia');
    const t = await Peer.teacher(server.base, other.classId, other.teacherKey);
    peers.push(t);
    const p = await seat(code);
    await p.next('delivery');
    t.room.send('end_class', {});
    await p.next('delivery', (d) => d.paused);
    expect(await p.command({ type: 'end_phase' })).toMatchObject({ ok: false, error: { code: 'class_over' } });
    expect(await post(server.base, '/api/seat', { code })).toMatchObject({ status: 410, body: { code: 'code_expired' } });
    const { Client } = await import('colyseus.js');
    await expect(new Client(server.base).joinById(`${other.classId}g1`, { code })).rejects.toThrow(/code_expired/);
  });
});
