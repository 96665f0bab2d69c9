// The replay viewer's session: it serves the verified states read-only, by position and viewpoint,
// with fog for a camp's viewpoint, and refuses every command.
import { describe, expect, it } from 'vitest';
import { hashState } from '../../src/engine';
import { ReplaySession } from '../../src/presenter/replaySession';
import { verifyReplay } from '../../src/replay/verify';
import type { Replay } from '../../src/replay/format';
import { fullGame, opening, scenario } from './replayFixtures';

function session(replay: Replay = fullGame().replay): ReplaySession {
  const v = verifyReplay(scenario, replay, { keepStates: true });
  if (!v.ok) throw new Error(v.message);
  return new ReplaySession(scenario, replay, v.states!);
}

describe('ReplaySession', () => {
  it('moves between recorded states; the end is the verified final state', () => {
    const s = session();
    expect(s.position).toBe(0);
    expect(s.length).toBe(fullGame().replay.commands.length);
    expect(s.finalHash).toBe(fullGame().finalHash);
    s.seek(1e9);
    expect(s.position).toBe(s.length);
    expect(s.hash()).toBe(fullGame().finalHash);
    s.seek(-5);
    expect(s.position).toBe(0);
    expect(s.lastCommand()).toBeUndefined();
    s.seek(3);
    expect(s.lastCommand()?.command).toEqual(fullGame().replay.commands[2]);
  });

  it('startOfTurn is the first position in that turn', () => {
    const s = session();
    const at = s.startOfTurn(5);
    s.seek(at);
    expect(s.current.turn).toBe(5);
    s.seek(at - 1);
    expect(s.current.turn).toBe(4);
  });

  it('a camp\'s viewpoint is fogged; all-seeing shows every unit', () => {
    const s = session();
    s.seek(s.startOfTurn(6));
    const all = s.view().units.length;
    expect(all).toBe(s.current.units.length);
    s.setViewpoint('coalition');
    expect(s.camp).toBe('coalition');
    expect(s.view().viewer).toBe('coalition');
    expect(s.view().units.length).toBeLessThan(all);
    s.setViewpoint('russia');
    const ids = s.view().units.map((u) => u.id);
    expect(ids.length).toBeLessThan(all);
    expect(ids).toEqual(expect.arrayContaining(s.current.units.filter((u) => u.camp === 'russia').map((u) => u.id)));
  });

  it('never changes a state: commands are refused', () => {
    const s = session();
    s.seek(10);
    const before = hashState(s.current);
    expect(s.apply()).toMatchObject({ ok: false, error: { code: 'not_your_phase' } });
    expect(s.isPlayersPhase).toBe(false);
    expect(hashState(s.current)).toBe(before);
  });

  it('the timeline marks incidents and messages where their counts grow', () => {
    const s = session();
    const final = s.finalState;
    expect(s.timeline.filter((p) => p.incident).length).toBeLessThanOrEqual(final.crisis.incidents.length);
    expect(s.timeline.filter((p) => p.message).length).toBeGreaterThan(0);
    expect(s.timeline.length).toBe(s.length + 1);
  });

  it('another camp\'s moves are told as far as the viewpoint saw them: its units seen, their paths cut to its sight', () => {
    const s = session();
    const moves = fullGame().replay.commands.map((c, i) => ({ c, i })).filter(({ c }) => c.type === 'move');
    let told = 0;
    let hidden = 0;
    for (const { i } of moves) {
      s.setViewpoint('coalition');
      s.seek(i);
      const before = s.view();
      s.seek(i + 1);
      if (s.lastCommand()!.camp === 'coalition') continue;
      s.setViewpoint('all');
      const all = s.eventsHere().filter((e) => e.type === 'unit_moved');
      expect(all.length).toBeGreaterThan(0);
      s.setViewpoint('coalition');
      const after = s.view();
      const seenUnits = new Set([...before.units, ...after.units].map((u) => u.id));
      const sight = new Set([...before.visible, ...after.visible]);
      const mine = s.eventsHere().filter((e) => e.type === 'unit_moved');
      for (const e of all) {
        if (e.type !== 'unit_moved') continue;
        const got = mine.find((m) => m.type === 'unit_moved' && m.unit === e.unit);
        if (!seenUnits.has(e.unit)) { expect(got).toBeUndefined(); hidden++; continue; }
        expect(got).toEqual({ ...e, path: e.path.filter((h) => sight.has(`${h.q},${h.r}`)) });
        told++;
      }
      if (told > 3 && hidden > 3) break;
    }
    expect(told).toBeGreaterThan(0);
    expect(hidden).toBeGreaterThan(0);
  });

  it('knows the units the viewpoint sees now or saw just before the last command, and no other', () => {
    const s = session();
    s.setViewpoint('coalition');
    let before = 0;
    let never = 0;
    for (let i = 1; i <= s.length && (before === 0 || never === 0); i++) {
      s.seek(i - 1);
      const earlier = new Set(s.view().units.map((u) => u.id));
      s.seek(i);
      const now = new Set(s.view().units.map((u) => u.id));
      for (const u of s.current.units) {
        const expected = now.has(u.id) || earlier.has(u.id);
        expect(s.knowsUnit(u.id), `${u.id} at ${i}`).toBe(expected);
        if (!now.has(u.id) && earlier.has(u.id)) before++;
        if (!expected) never++;
      }
    }
    expect(before).toBeGreaterThan(0);
    expect(never).toBeGreaterThan(0);
  });

  it('only a single step forward hands events to the map to animate', () => {
    const s = session();
    const i = fullGame().replay.commands.findIndex((c) => c.type === 'move');
    s.seek(i);
    s.seek(i + 1, true);
    expect(s.lastEvents.some((e) => e.type === 'unit_moved')).toBe(true);
    s.seek(i + 5, true);
    expect(s.lastEvents).toEqual([]);
    s.seek(i + 6);
    expect(s.lastEvents).toEqual([]);
  });

  it('an unfinished game with one human player is seen from that player\'s side only', () => {
    const opened = opening('unfinished-1', 3);
    const replay: Replay = { ...opened, players: { ...opened.players, russia: { kind: 'human' } } };
    const s = session(replay);
    expect(s.finalState.status).toBe('playing');
    expect(s.viewpoints).toEqual(['russia']);
    expect(s.viewpoint).toBe('russia');
    s.setViewpoint('all');
    s.setViewpoint('coalition');
    expect(s.viewpoint).toBe('russia');
    s.seek(s.length);
    const truth = s.current.units.length;
    expect(s.view().units.length).toBeLessThan(truth);
  });

  it('a finished game, or an unfinished one of two teams (Control\'s), offers every viewpoint', () => {
    const whole = fullGame().replay;
    const finished = session({ ...whole, players: { ...whole.players, coalition: { kind: 'human' } } });
    expect(finished.finalState.status).toBe('over');
    expect(finished.viewpoints).toEqual(['coalition', 'russia', 'all']);
    expect(finished.viewpoint).toBe('all');
    const opened = opening('unfinished-2', 2);
    const teams = session({ ...opened, players: { ...opened.players, coalition: { kind: 'human' }, russia: { kind: 'human' } } });
    expect(teams.viewpoints).toContain('all');
    const ai = session(opened);
    expect(ai.viewpoints).toContain('all');
  });
});
