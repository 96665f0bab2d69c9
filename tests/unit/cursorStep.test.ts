import { describe, expect, it } from 'vitest';
import { hexDistance } from '../../src/engine';
import { cursorStep } from '../../src/scenes/cursorStep';

describe('keyboard hex cursor', () => {
  it('moves to a neighbour in every direction and back again', () => {
    for (const h of [{ q: 0, r: 0 }, { q: 3, r: 1 }, { q: -2, r: -3 }, { q: 5, r: 8 }]) {
      for (const [dir, back] of [['left', 'right'], ['right', 'left'], ['up', 'down'], ['down', 'up']] as const) {
        const n = cursorStep(h, dir);
        expect(hexDistance(h, n)).toBe(1);
        expect(cursorStep(n, back)).toEqual(h);
      }
    }
  });

  it('keeps to a column when going up or down', () => {
    let h = { q: 4, r: 2 };
    const start = h;
    for (let i = 0; i < 4; i++) h = cursorStep(h, 'down');
    expect(h.r).toBe(6);
    // Four rows down in a column is two hexes left in axial q.
    expect(h.q).toBe(start.q - 2);
  });
});
