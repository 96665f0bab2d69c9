// The game's dice: seedrandom's Alea, whose whole state is saved in GameState, so a saved game or a
// replay carries its own dice. Only integers leave this module.
import alea from 'seedrandom/lib/alea';

export interface AleaState { c: number; s0: number; s1: number; s2: number }

export function seedState(seed: string): AleaState {
  return alea(seed, { state: true }).state();
}

/** A stream of integers restored from a saved state; `save()` gives the state to store back. */
export class Dice {
  // Restored on the first draw: most commands draw nothing, and restoring seeds a fresh Alea first.
  private prngMade: ReturnType<typeof alea> | undefined;
  private readonly start: AleaState;
  draws = 0;

  constructor(state: AleaState) {
    this.start = { ...state };
  }

  private get prng(): ReturnType<typeof alea> {
    return (this.prngMade ??= alea('', { state: this.start }));
  }

  /** An integer in [0, n). */
  int(n: number): number {
    this.draws++;
    return Math.floor(this.prng() * n);
  }

  /** A die roll in [1, sides]. */
  roll(sides: number): number {
    return this.int(sides) + 1;
  }

  save(): AleaState {
    return this.prng.state();
  }
}
