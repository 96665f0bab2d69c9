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
