// Control's ruling on a disputed incident: an engine command with typed errors, Control's alone,
// kept in the replay and told to every camp.
import { describe, expect, it } from 'vitest';
import { type Command, type GameState, applyCommand, hashState, newGame, rulesSummary, viewFor } from '../../src/engine';
import { Match } from '../../src/match/match';
import { makePolicies } from '../../src/sim/play';
import { verifyReplay } from '../../src/replay/verify';
import { replayFromCommands } from '../../src/replay/fromCommands';
import { buildReview } from '../../src/review/build';
import { scenario } from './replayFixtures';

/** A game on turn 1 with incident I1: the 16 Sep strike inject on the SDF, which the coalition only suspects. */
function withIncident(): GameState {
  const r = applyCommand(scenario, newGame(scenario, 'rulings'), { type: 'inject', inject: { kind: 'scenario', id: 'strike-16-sep' } });
  if (!r.ok) throw new Error(r.error.message);
  expect(r.state.crisis.incidents.map((i) => i.id)).toEqual(['I1']);
  return r.state;
}

describe('a ruling in the engine', () => {
  const s = rulesSummary();

  it('an accident lowers escalation and raises trust, and is public', () => {
    const state = withIncident();
    const r = applyCommand(scenario, state, { type: 'ruling', incident: 'I1', finding: 'accident' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.state.crisis.escalation.points).toBe(state.crisis.escalation.points - s.lower.ruledAccident);
    expect(r.state.crisis.trust).toBe(state.crisis.trust + s.trust.ruledAccident);
    expect(r.state.crisis.incidents[0]!.ruling).toEqual({ finding: 'accident', turn: 1 });
    expect(r.events[0]).toEqual({ type: 'incident_ruled', incident: 'I1', finding: 'accident', turn: 1 });
    expect(r.events.find((e) => e.type === 'escalation_changed')).toMatchObject({ by: null, incident: 'I1' });
    // The victim only suspects who struck: the ruling is shown, the truth stays hidden.
    const seen = viewFor(scenario, r.state, 'coalition').crisis.incidents[0]!;
    expect(seen).toMatchObject({ cause: null, ruling: { finding: 'accident' } });
    expect(state.crisis.incidents[0]!.ruling).toBeUndefined(); // the state before is untouched
  });

  it('an attribution costs trust and leaves escalation', () => {
    const state = withIncident();
    const r = applyCommand(scenario, state, { type: 'ruling', incident: 'I1', finding: 'russia' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.state.crisis.escalation.points).toBe(state.crisis.escalation.points);
    expect(r.state.crisis.trust).toBe(state.crisis.trust + s.trust.ruledAttributed);
    expect(r.state.crisis.incidents[0]!.ruling).toEqual({ finding: 'russia', turn: 1 });
  });

  it('refuses an unknown incident, a second ruling, the victim as author and a bad finding, leaving the state', () => {
    const state = withIncident();
    const hash = hashState(state);
    expect(applyCommand(scenario, state, { type: 'ruling', incident: 'I9', finding: 'accident' })).toMatchObject({ ok: false, error: { code: 'unknown_incident', field: 'incident' } });
    expect(applyCommand(scenario, state, { type: 'ruling', incident: 'I1', finding: 'coalition' })).toMatchObject({ ok: false, error: { code: 'invalid_ruling', field: 'finding' } });
    expect(applyCommand(scenario, state, { type: 'ruling', incident: 'I1', finding: 'nobody' })).toMatchObject({ ok: false, error: { code: 'malformed_command', field: 'finding' } });
    expect(applyCommand(scenario, state, { type: 'ruling', incident: 'I1', finding: 'russia', extra: 1 })).toMatchObject({ ok: false, error: { code: 'malformed_command', field: 'extra' } });
    const once = applyCommand(scenario, state, { type: 'ruling', incident: 'I1', finding: 'russia' });
    if (!once.ok) throw new Error(once.error.message);
    expect(applyCommand(scenario, once.state, { type: 'ruling', incident: 'I1', finding: 'accident' })).toMatchObject({ ok: false, error: { code: 'invalid_ruling', message: expect.stringMatching(/already ruled russia's on turn 1/) } });
    expect(hashState(state)).toBe(hash);
  });

  it('leaves the hash of a game without rulings as it was (no field until one)', () => {
    expect('ruling' in withIncident().crisis.incidents[0]!).toBe(false);
  });
});

describe('a ruling in the match and the replay', () => {
  const bots = makePolicies({ coalition: 'pass', russia: 'ai:balanced', is: 'ai:balanced' }, 'rulings');

  it('is Control\'s alone, and a replay reproduces it', () => {
    const m = new Match({ scenario, seed: 'rulings', humans: ['coalition'], handovers: false, bots });
    m.runAi();
    expect(m.submit('control', { type: 'inject', inject: { kind: 'scenario', id: 'strike-16-sep' } }).ok).toBe(true);
    const ruling = { type: 'ruling', incident: 'I1', finding: 'accident' };
    expect(m.submit('coalition', ruling)).toMatchObject({ ok: false, error: { code: 'not_your_phase', message: 'only Control rules on incidents' } });
    expect(m.submit('ai', ruling)).toMatchObject({ ok: false, error: { message: 'only Control rules on incidents' } });
    const r = m.submit('control', ruling);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // Every watcher is told.
    expect(r.deliveries.coalition!.events.some((e) => e.type === 'incident_ruled')).toBe(true);
    const players = { coalition: { kind: 'human' as const }, russia: { kind: 'ai' as const, policy: 'ai:balanced' }, is: { kind: 'ai' as const, policy: 'ai:balanced' } };
    const replay = replayFromCommands(scenario, 'rulings', players, [...m.commands!]);
    expect(replay.commands.at(-1)).toEqual(ruling);
    const verified = verifyReplay(scenario, replay);
    expect(verified.ok).toBe(true);
    if (verified.ok) expect(verified.state.crisis.incidents[0]!.ruling).toEqual({ finding: 'accident', turn: m.current.turn });
  });
});

describe('a ruling in the review', () => {
  it('stands in the timeline beside its incident, with the escalation it took off, and is a key moment', () => {
    const commands = [
      { type: 'inject', inject: { kind: 'scenario', id: 'strike-16-sep' } },
      { type: 'ruling', incident: 'I1', finding: 'accident' },
    ] as Command[];
    const players = { coalition: { kind: 'human' as const }, russia: { kind: 'human' as const }, is: { kind: 'human' as const } };
    const review = buildReview(scenario, replayFromCommands(scenario, 'rulings', players, commands));
    const ruling = review.timeline.find((e) => e.kind === 'ruling');
    expect(ruling).toMatchObject({ actor: 'control', ref: 'I1', text: 'Control\'s ruling on incident I1: an accident, meant by nobody.', delta: -rulesSummary().lower.ruledAccident, trust: rulesSummary().trust.ruledAccident });
    expect(review.timeline.indexOf(ruling!)).toBeGreaterThan(review.timeline.findIndex((e) => e.kind === 'incident' && e.ref === 'I1'));
    expect(review.keyMoments.map((k) => k.why)).toContain('Control ruled on a disputed incident.');
  });
});
