// The engine's own Alea must give seedrandom's numbers exactly: saved games and replays depend on them.
import alea from 'seedrandom/lib/alea';
import { describe, expect, it } from 'vitest';
import { Dice, seedState } from '../../src/engine/rng';

const SEEDS = ['', '1', '42', 'game-7/russia/replies/m12', 'déjà vu ☃', 'x'.repeat(300)];

describe('rng', () => {
  it('seeds the same state as seedrandom', () => {
    for (const seed of SEEDS) expect(seedState(seed)).toEqual(alea(seed, { state: true }).state());
  });

  it('draws the same integers and saves the same state as seedrandom', () => {
    for (const seed of SEEDS) {
      const ref = alea(seed, { state: true });
      const dice = new Dice(seedState(seed));
      for (let i = 0; i < 500; i++) {
        const sides = 1 + (i % 100);
        expect(dice.roll(sides)).toBe(Math.floor(ref() * sides) + 1);
      }
      expect(dice.draws).toBe(500);
      expect(dice.save()).toEqual(ref.state());
      // A restored stream goes on where the saved one left off.
      const again = new Dice(dice.save());
      expect(again.int(1000)).toBe(Math.floor(ref() * 1000));
    }
  });
});
