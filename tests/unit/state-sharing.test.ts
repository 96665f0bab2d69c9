// applyCommand shares the hotline messages of the state it was given with the state it returns
// (copy on write): no command may change an earlier state. Replays, undo and saves keep old states.
import { describe, expect, it } from 'vitest';
import { type GameState, applyCommand, hashState, newGame, sharedView, viewFor } from '../../src/engine';
import { makePolicies } from '../../src/sim/play';
import { builtinScenario } from '../../src/scenarios';

const scenario = builtinScenario('deir-ez-zor-2017')!;

describe('earlier states stay as they were', () => {
  it.each([
    ['ai:balanced', 'random'],
    ['random', 'ai:assertive'],
  ])('%s v %s: every state hashes the same at the end of the game as when it was made', (coalition, russia) => {
    const seed = `sharing-${coalition}`;
    const policies = makePolicies({ coalition, russia, is: 'ai:balanced' }, seed);
    let state = newGame(scenario, seed);
    const kept: { state: GameState; hash: string }[] = [];
    for (let i = 0; state.status === 'playing' && i < 3000; i++) {
      kept.push({ state, hash: hashState(state) });
      const command = policies[state.phase].next(scenario, sharedView(scenario, state, state.phase));
      const r = applyCommand(scenario, state, command);
      if (!r.ok) { policies[state.phase].refused?.(command); continue; }
      state = r.state;
    }
    expect(state.crisis.messages.length).toBeGreaterThan(0);
    for (const k of kept) expect(hashState(k.state)).toBe(k.hash);
  });

  it('sharedView shows the same as viewFor', () => {
    let state = newGame(scenario, 'shared-view');
    const policies = makePolicies({ coalition: 'ai:balanced', russia: 'random', is: 'ai:balanced' }, 'shared-view');
    for (let i = 0; i < 400 && state.status === 'playing'; i++) {
      for (const viewer of ['coalition', 'russia', 'is', 'all'] as const) {
        expect(hashState(sharedView(scenario, state, viewer))).toBe(hashState(viewFor(scenario, state, viewer)));
      }
      const r = applyCommand(scenario, state, policies[state.phase].next(scenario, sharedView(scenario, state, state.phase)));
      const next = r.ok ? r : applyCommand(scenario, state, { type: 'end_phase' });
      if (next.ok) state = next.state;
    }
  });

  it('branching: commands applied to an earlier state, after later ones were made from it, change none of them', () => {
    const seed = 'sharing-branch';
    const policies = makePolicies({ coalition: 'ai:balanced', russia: 'ai:balanced', is: 'ai:balanced' }, seed);
    let state = newGame(scenario, seed);
    const kept: { state: GameState; hash: string }[] = [];
    for (let i = 0; state.status === 'playing' && i < 400; i++) {
      kept.push({ state, hash: hashState(state) });
      // Every tenth command, also end the phase of a state three commands back (as undo or a look-ahead would).
      if (i % 10 === 9) applyCommand(scenario, kept[kept.length - 4]!.state, { type: 'end_phase' });
      const r = applyCommand(scenario, state, policies[state.phase].next(scenario, sharedView(scenario, state, state.phase)));
      const next = r.ok ? r : applyCommand(scenario, state, { type: 'end_phase' });
      if (next.ok) state = next.state;
    }
    for (const k of kept) expect(hashState(k.state)).toBe(k.hash);
  });

  it('a unit that neither moved nor acted is not copied when its phase begins again', () => {
    const start = newGame(scenario, 'sharing-idle');
    let state = start;
    for (let i = 0; i < scenario.data.phaseOrder.length; i++) {
      const r = applyCommand(scenario, state, { type: 'end_phase' });
      if (!r.ok) throw new Error(r.error.message);
      state = r.state;
    }
    expect(state.turn).toBe(2);
    const idle = start.units.filter((u) => state.units.includes(u));
    expect(idle.length).toBe(start.units.length);
  });
});

