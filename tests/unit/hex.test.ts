// Hex maths against Red Blob Games' published test tables (cube (q, r, s) written here as axial {q, r}).
import { describe, expect, it } from 'vitest';
import { hexDistance, hexKey, hexLine, hexNeighbors, hexRange, parseHexKey } from '../../src/engine';
import { axialToOffset, hex, hexAdd, hexDirectionTo, hexNeighbor, hexRing, hexSubtract, offsetToAxial } from '../../src/engine/hex';

describe('hex arithmetic (Red Blob test_hex_arithmetic, test_hex_direction, test_hex_neighbor)', () => {
  it.each([
    ['add', hexAdd(hex(1, -3), hex(3, -7)), hex(4, -10)],
    ['subtract', hexSubtract(hex(1, -3), hex(3, -7)), hex(-2, 4)],
    ['neighbor 2', hexNeighbor(hex(1, -2), 2), hex(1, -3)],
    ['neighbor wraps 8 = 2', hexNeighbor(hex(1, -2), 8), hex(1, -3)],
  ])('%s', (_name, actual, expected) => expect(actual).toEqual(expected));

  it('knows the direction between neighbours', () => {
    expect(hexDirectionTo(hex(0, 0), hex(0, -1))).toBe(2);
    expect(hexDirectionTo(hex(0, 0), hex(2, 0))).toBe(-1);
  });
});

describe('hexDistance (Red Blob test_hex_distance and more)', () => {
  it.each([
    [hex(3, -7), hex(0, 0), 7],
    [hex(0, 0), hex(0, 0), 0],
    [hex(1, 0), hex(0, 1), 1],
    [hex(-2, 4), hex(3, -1), 5],
    [hex(5, 5), hex(-5, -5), 20],
  ])('%o to %o is %i', (a, b, d) => {
    expect(hexDistance(a, b)).toBe(d);
    expect(hexDistance(b, a)).toBe(d);
  });
});

describe('hexLine (Red Blob test_hex_linedraw)', () => {
  it('draws (0,0,0) to (1,-5,4)', () => {
    expect(hexLine(hex(0, 0), hex(1, -5))).toEqual([hex(0, 0), hex(0, -1), hex(0, -2), hex(1, -3), hex(1, -4), hex(1, -5)]);
  });
  it.each([[hex(0, 0), hex(0, 0)], [hex(-3, 2), hex(4, -1)], [hex(7, -7), hex(-2, 9)]])('is a chain of neighbours from %o to %o', (a, b) => {
    const line = hexLine(a, b);
    expect(line).toHaveLength(hexDistance(a, b) + 1);
    expect(line[0]).toEqual(a);
    expect(line[line.length - 1]).toEqual(b);
    for (let i = 1; i < line.length; i++) expect(hexDistance(line[i - 1]!, line[i]!)).toBe(1);
  });
});

describe('rings and ranges', () => {
  it('ring 1 is the six neighbours, in Red Blob order', () => {
    expect(hexRing(hex(0, 0), 1)).toEqual([hex(-1, 1), hex(0, 1), hex(1, 0), hex(1, -1), hex(0, -1), hex(-1, 0)]);
    expect(new Set(hexRing(hex(2, 3), 1).map(hexKey))).toEqual(new Set(hexNeighbors(hex(2, 3)).map(hexKey)));
  });
  it.each([0, 1, 2, 3, 5])('ring %i has 6r hexes, all at distance r', (r) => {
    const ring = hexRing(hex(2, -1), r);
    expect(ring).toHaveLength(r === 0 ? 1 : 6 * r);
    expect(new Set(ring.map(hexKey)).size).toBe(ring.length);
    for (const h of ring) expect(hexDistance(h, hex(2, -1))).toBe(r);
  });
  it.each([[0, 1], [1, 7], [2, 19], [3, 37]])('range %i holds %i hexes', (r, n) => {
    const range = hexRange(hex(-4, 1), r);
    expect(range).toHaveLength(n);
    for (const h of range) expect(hexDistance(h, hex(-4, 1))).toBeLessThanOrEqual(r);
  });
});

describe('odd-r offset coordinates (Red Blob test_offset_roundtrip, worked by hand for odd-r)', () => {
  it.each([
    [hex(0, 0), 0, 0], [hex(1, 2), 2, 2], [hex(0, 3), 1, 3], [hex(-1, 3), 0, 3], [hex(3, 4), 5, 4], [hex(-2, -3), -4, -3],
  ])('%o is col %i row %i', (h, col, row) => {
    expect(axialToOffset(h)).toEqual({ col, row });
    expect(offsetToAxial(col, row)).toEqual(h);
  });
  it('round-trips every hex of a 9x9 block', () => {
    for (let row = -4; row <= 4; row++) for (let col = -4; col <= 4; col++) expect(axialToOffset(offsetToAxial(col, row))).toEqual({ col, row });
  });
  it('keys round-trip', () => expect(parseHexKey(hexKey(hex(-12, 7)))).toEqual(hex(-12, 7)));
});
