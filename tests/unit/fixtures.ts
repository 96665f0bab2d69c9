// Shared starting points for the hotline tests.
import type { Area } from '../../src/engine';
import { at, buildGame } from './builder';
import { withRolls } from './dice';
import { END, run, say } from './play';

/** Column 4 of the test map, top to bottom. */
export const LINE = { kind: 'hexes' as const, hexes: [0, 1, 2, 3, 4, 5].map((row) => at(4, row)) };
export const AREA: Area = { centre: at(3, 2), radius: 1 };

/**
 * Russia's phase of turn 1. Before it, the coalition's gun fired on a Russian unit (incident I1,
 * victim Russia), and the coalition sent Russia a line proposal (H1, pending) and a strike notice (H2).
 */
export function hotlineGame(turns = 3) {
  const { scenario, state } = buildGame({
    units: [
      { id: 'gun', camp: 'coalition', type: 'arty', at: [6, 2] }, { id: 'c', camp: 'coalition', at: [5, 2] },
      { id: 'r', camp: 'russia', at: [3, 2] }, { id: 'r2', camp: 'russia', at: [1, 4] },
    ],
    phaseOrder: ['coalition', 'russia', 'is'],
    turns,
  });
  let s = run(scenario, withRolls(state, [4]), { type: 'attack', unit: 'gun', target: at(3, 2) });
  s = run(scenario, s,
    say({ kind: 'propose_line', line: LINE }),
    say({ kind: 'notify', activity: 'strike', area: AREA, turn: 1 }),
    END);
  return { scenario, state: s };
}

