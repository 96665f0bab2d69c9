// The replay fold: every command applied in turn from a new game, stopping at the first refused one.
import { describe, expect, it } from 'vitest';
import { type Command, hashState, newGame } from '../../src/engine';
import { fold, foldSteps, replayGame } from '../../src/match/fold';
import { fullGame, scenario } from './replayFixtures';

describe('the replay fold', () => {
  it('replays a recorded game to its recorded final state, one step per command', () => {
    const { commands, finalHash } = fullGame();
    let steps = 0;
    const end = replayGame(scenario, 'replay-1', commands, (s) => { expect(s.index).toBe(steps++); });
    expect(end.refused).toBeUndefined();
    expect(steps).toBe(commands.length);
    expect(hashState(end.state)).toBe(finalHash);
  });

  it('stops at the first refused command and names it, with the state it was refused in', () => {
    const { commands } = fullGame();
    const bad: Command = { type: 'move', unit: 'no-such-unit', to: { q: 0, r: 0 } };
    const list = [...commands.slice(0, 5), bad, ...commands.slice(5)];
    const fifth = replayGame(scenario, 'replay-1', commands.slice(0, 5)).state;
    const end = replayGame(scenario, 'replay-1', list);
    expect(end.refused).toMatchObject({ index: 5, command: bad, error: { code: 'unknown_unit', field: 'unit' } });
    expect(hashState(end.state)).toBe(hashState(fifth));
    expect(end.refused!.state).toBe(end.state);
  });

  it('can stop between steps and go on from the state reached: the same game', () => {
    const { commands, finalHash } = fullGame();
    const steps = foldSteps(scenario, newGame(scenario, 'replay-1'), commands);
    let last = newGame(scenario, 'replay-1');
    for (let i = 0; i < 40; i++) last = (steps.next().value as { state: typeof last }).state;
    const end = fold(scenario, last, commands.slice(40));
    expect(hashState(end.state)).toBe(finalHash);
  });
});
