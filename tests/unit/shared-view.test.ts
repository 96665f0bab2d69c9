// sharedView takes lists again from the view it made before for the same camp (when the units, the
// agreements, the turn or the incidents are the same objects). Whatever was asked before, a view must
// be the one its state gives: here each state's views, asked in the game's order (one command apart,
// the AI's case), equal the views asked right after another game's (nothing to take again).
import { describe, expect, it } from 'vitest';
import { type Camp, type GameState, applyCommand, newGame, sharedView } from '../../src/engine';
import { fuzzedGame } from './fuzzedGame';
import { scenario } from './replayFixtures';

const CAMPS: readonly Camp[] = ['coalition', 'russia', 'is'];

function statesOf(seed: string): GameState[] {
  let state = newGame(scenario, seed);
  const states = [state];
  for (const command of fuzzedGame(seed)) {
    const r = applyCommand(scenario, state, command);
    if (!r.ok) throw new Error(r.error.message);
    states.push((state = r.state));
  }
  return states;
}

describe('sharedView', () => {
  it('gives each state the same view whichever view was asked before', () => {
    const states = statesOf('shared-view-1');
    const other = newGame(scenario, 'shared-view-other');
    const inOrder = states.map((s) => CAMPS.map((camp) => JSON.stringify(sharedView(scenario, s, camp))));
    const fresh = states.map((s) => CAMPS.map((camp) => {
      sharedView(scenario, other, camp);
      return JSON.stringify(sharedView(scenario, s, camp));
    }));
    expect(states.length).toBeGreaterThan(300);
    for (let i = 0; i < states.length; i++) expect(inOrder[i], `state #${i}`).toEqual(fresh[i]);
  });
});
