// The game's dice: seedrandom's Alea, whose whole state is saved in GameState, so a saved game or a
// replay carries its own dice. Only integers leave this module. Alea is written out here, step for
// step as seedrandom/lib/alea has it (the same numbers, tests/unit/rng.test.ts): the library makes
// several closures per seeding, and the engine and the AI seed dice on most commands.

export interface AleaState { c: number; s0: number; s1: number; s2: number }

/** Alea's Mash: a hash of strings whose running value carries over from call to call. */
function mashOf(): (data: string) => number {
  let n = 0xefc8249d;
  return (data) => {
    for (let i = 0; i < data.length; i++) {
      n += data.charCodeAt(i);
      let h = 0.02519603282416938 * n;
      n = h >>> 0;
      h -= n;
      h *= n;
      n = h >>> 0;
      h -= n;
      n += h * 0x100000000; // 2^32
    }
    return (n >>> 0) * 2.3283064365386963e-10; // 2^-32
  };
}

export function seedState(seed: string): AleaState {
  const mash = mashOf();
  let s0 = mash(' ');
  let s1 = mash(' ');
  let s2 = mash(' ');
  s0 -= mash(seed);
  if (s0 < 0) s0 += 1;
  s1 -= mash(seed);
  if (s1 < 0) s1 += 1;
  s2 -= mash(seed);
  if (s2 < 0) s2 += 1;
  return { c: 1, s0, s1, s2 };
}

/** A stream of integers restored from a saved state; `save()` gives the state to store back. */
export class Dice {
  private c: number;
  private s0: number;
  private s1: number;
  private s2: number;
  draws = 0;

  constructor(state: AleaState) {
    this.c = state.c;
    this.s0 = state.s0;
    this.s1 = state.s1;
    this.s2 = state.s2;
  }

  /** Alea's next number in [0, 1). */
  private next(): number {
    const t = 2091639 * this.s0 + this.c * 2.3283064365386963e-10; // 2^-32
    this.s0 = this.s1;
    this.s1 = this.s2;
    return (this.s2 = t - (this.c = t | 0));
  }

  /** An integer in [0, n). */
  int(n: number): number {
    this.draws++;
    return Math.floor(this.next() * n);
  }

  /** A die roll in [1, sides]. */
  roll(sides: number): number {
    return this.int(sides) + 1;
  }

  save(): AleaState {
    return { c: this.c, s0: this.s0, s1: this.s1, s2: this.s2 };
  }
}
