import { describe, expect, it } from 'vitest';
import { type Hex, hexKey } from '../../src/engine';
import { findPath, reachable } from '../../src/engine/pathfinding';
import { hex } from '../../src/engine/hex';

// A wall of blocked hexes along q = 1 from r = -2 to r = 1, with a gap at r = 2.
const wall = new Set(['1,-2', '1,-1', '1,0', '1,1']);
const open = (_from: Hex, to: Hex): number | undefined => (wall.has(hexKey(to)) || Math.abs(to.q) > 6 || Math.abs(to.r) > 6 ? undefined : 1);

describe('findPath', () => {
  it('goes straight when nothing is in the way', () => {
    expect(findPath(hex(-3, 0), hex(-1, 0), open)).toEqual([hex(-3, 0), hex(-2, 0), hex(-1, 0)]);
  });
  it('goes round a wall by the shortest way', () => {
    const path = findPath(hex(0, 0), hex(2, 0), open)!;
    expect(path.some((h) => wall.has(hexKey(h)))).toBe(false);
    // Round the north end: (0,0) (0,-1) (0,-2) (1,-3) (2,-3) (2,-2) (2,-1) (2,0) is 7 steps; round the south end is 5.
    expect(path).toHaveLength(6);
  });
  it('returns undefined for an unreachable goal', () => {
    expect(findPath(hex(0, 0), hex(1, 0), open)).toBeUndefined();
  });
});

describe('reachable', () => {
  it('bounds by budget and respects hexes that cannot be left', () => {
    const reach = reachable(hex(0, 0), 2, () => 1, (h) => hexKey(h) !== '-1,0');
    // (-2,0) is two steps away only through (-1,0), which may be entered but not left.
    expect(reach.get('-1,0')?.cost).toBe(1);
    expect(reach.has('-2,0')).toBe(false);
    expect(reach.size).toBe(19 - 1);
  });
  it('charges step costs', () => {
    const reach = reachable(hex(0, 0), 4, (_f, to) => (to.q > 0 ? 2 : 1));
    expect(reach.get('2,0')?.cost).toBe(4);
    expect(reach.get('-4,0')?.cost).toBe(4);
    expect(reach.has('3,0')).toBe(false);
  });
});
