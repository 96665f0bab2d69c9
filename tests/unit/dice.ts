// Forces die rolls honestly: finds a dice state whose next rolls are the wanted ones.
import { Dice, type GameState, seedState } from '../../src/engine';

export function withRolls(state: GameState, rolls: number[]): GameState {
  for (let i = 0; i < 1_000_000; i++) {
    const rng = seedState(`force-${i}`);
    const dice = new Dice(rng);
    if (rolls.every((r) => dice.roll(6) === r)) return { ...state, rng };
  }
  throw new Error(`no seed found for rolls ${rolls.join(',')}`);
}

/** One forced draw: a die of `sides` whose roll (1..sides) must equal `want`, or pass it when it is a test. */
export type Draw = [sides: number, want: number | ((roll: number) => boolean)];

/**
 * Forces a sequence of draws of any size, in the order the engine makes them (a d100 for a
 * misidentification, then the d6 of the combat it leads to...). `Dice.int(n)` is `roll(n) - 1`.
 */
export function withDraws(state: GameState, draws: Draw[]): GameState {
  const fits = (want: Draw[1], roll: number): boolean => (typeof want === 'number' ? roll === want : want(roll));
  for (let i = 0; i < 2_000_000; i++) {
    const rng = seedState(`draws-${i}`);
    const dice = new Dice(rng);
    if (draws.every(([sides, want]) => fits(want, dice.roll(sides)))) return { ...state, rng };
  }
  throw new Error(`no seed found for draws ${draws.map(([s, w]) => `d${s}:${String(w)}`).join(', ')}`);
}
