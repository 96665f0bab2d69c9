// The review's first crossings of the river, on small games worked by hand: a crossing may stop on an
// island or a pontoon and reach the other bank a turn later; it dates from that turn.
import { describe, expect, it } from 'vitest';
import { type Command, hexKey } from '../../src/engine';
import { unitById } from '../../src/engine/board';
import { playerOf, replayFromCommands } from '../../src/replay/fromCommands';
import { walkReplay } from '../../src/review/walk';
import { at, buildGame, run } from './builder';

// West bank (cols 0-3), the river (col 4) with an island at (4,3), east bank (cols 5-7).
const terrain = ['ddddrddd', 'ddddrddd', 'ddddrddd', 'ddddiddd', 'ddddrddd', 'ddddrddd'];
const players = { coalition: playerOf('pass'), russia: playerOf('pass'), is: playerOf('pass') };
const END: Command = { type: 'end_phase' };
const endTurn = [END, END, END]; // russia, coalition, IS

function crossingsOf(commands: Command[]) {
  const { scenario, state } = buildGame({ terrain, turns: 4, units: [
    { id: 'b', camp: 'russia', at: [3, 3] }, { id: 'e', camp: 'russia', type: 'eng', at: [3, 1] },
    { id: 'us', camp: 'coalition', at: [7, 0] },
  ] });
  const final = run(scenario, state, ...commands);
  return { walk: walkReplay(scenario, replayFromCommands(scenario, 'test', players, commands)), final, scenario };
}

describe('review: first crossings', () => {
  it('a crossing by boat that stops on the island dates from the turn the unit lands on the east bank', () => {
    const { walk, final, scenario } = crossingsOf([
      { type: 'move', unit: 'b', to: at(4, 3) }, ...endTurn, // turn 1: onto the island (the whole move)
      { type: 'move', unit: 'b', to: at(5, 3) }, ...endTurn, // turn 2: off it, onto the east bank
    ]);
    expect(hexKey(unitById(final, 'b')!.hex)).toBe(hexKey(at(5, 3)));
    expect(scenario.map.bankOf(at(5, 3))).not.toBe(scenario.map.bankOf(at(3, 3)));
    expect(walk.crossings).toMatchObject([{ camp: 'russia', turn: 2, unit: 'b' }]);
    expect(walk.timeline.some((e) => e.turn === 2 && e.text.startsWith('b crossed the Euphrates'))).toBe(true);
  });

  it('a crossing that stops on a pontoon dates from the turn the unit steps off it', () => {
    const { walk, final } = crossingsOf([
      { type: 'build_pontoon', unit: 'e', at: at(4, 1) }, ...endTurn, // turn 1: the bridge
      { type: 'move', unit: 'e', to: at(4, 1) }, ...endTurn, // turn 2: onto the pontoon
      ...endTurn, // turn 3: stays there
      { type: 'move', unit: 'e', to: at(5, 1) }, ...endTurn, // turn 4: onto the east bank
    ]);
    expect(hexKey(unitById(final, 'e')!.hex)).toBe(hexKey(at(5, 1)));
    expect(walk.pontoons).toMatchObject([{ turn: 1, camp: 'russia' }]);
    expect(walk.crossings).toMatchObject([{ camp: 'russia', turn: 4, unit: 'e' }]);
  });
});
