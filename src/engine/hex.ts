// Axial hex grid maths after Red Blob Games' guide: {q, r} with s = -q - r.
// Integer-only, so every result is identical on every machine. Pixels live elsewhere (src/scenes/layout.ts).

export interface Hex {
  readonly q: number;
  readonly r: number;
}

/** The six axial directions, counter-clockwise from east (pointy-top: E, NE, NW, W, SW, SE). */
export const HEX_DIRECTIONS: readonly Hex[] = [
  { q: 1, r: 0 }, { q: 1, r: -1 }, { q: 0, r: -1 },
  { q: -1, r: 0 }, { q: -1, r: 1 }, { q: 0, r: 1 },
];

export type HexKey = string;

export const hex = (q: number, r: number): Hex => ({ q, r });
export const hexKey = (h: Hex): HexKey => `${h.q},${h.r}`;

export function parseHexKey(key: HexKey): Hex {
  const [q, r] = key.split(',').map(Number);
  return { q: q ?? NaN, r: r ?? NaN };
}

export const hexEquals = (a: Hex, b: Hex): boolean => a.q === b.q && a.r === b.r;
export const hexAdd = (a: Hex, b: Hex): Hex => ({ q: a.q + b.q, r: a.r + b.r });
export const hexSubtract = (a: Hex, b: Hex): Hex => ({ q: a.q - b.q, r: a.r - b.r });
export const hexScale = (a: Hex, k: number): Hex => ({ q: a.q * k, r: a.r * k });

export function hexNeighbor(h: Hex, direction: number): Hex {
  const d = HEX_DIRECTIONS[((direction % 6) + 6) % 6]!;
  return { q: h.q + d.q, r: h.r + d.r };
}

export const hexNeighbors = (h: Hex): Hex[] => HEX_DIRECTIONS.map((d) => hexAdd(h, d));

/** Direction index 0..5 from a to its neighbour b, or -1 when they are not neighbours. */
export function hexDirectionTo(a: Hex, b: Hex): number {
  const dq = b.q - a.q;
  const dr = b.r - a.r;
  return HEX_DIRECTIONS.findIndex((d) => d.q === dq && d.r === dr);
}

export function hexDistance(a: Hex, b: Hex): number {
  const dq = a.q - b.q;
  const dr = a.r - b.r;
  return (Math.abs(dq) + Math.abs(dr) + Math.abs(dq + dr)) / 2;
}

/** Hexes at exactly `radius` from center, starting west-south-west and going counter-clockwise as in Red Blob's ring. */
export function hexRing(center: Hex, radius: number): Hex[] {
  if (radius === 0) return [center];
  const results: Hex[] = [];
  let h = hexAdd(center, hexScale(HEX_DIRECTIONS[4]!, radius));
  for (let side = 0; side < 6; side++) {
    for (let step = 0; step < radius; step++) {
      results.push(h);
      h = hexNeighbor(h, side);
    }
  }
  return results;
}

/** Every hex within `radius` of center, center included, in q-then-r order. */
export function hexRange(center: Hex, radius: number): Hex[] {
  const results: Hex[] = [];
  for (let dq = -radius; dq <= radius; dq++) {
    const lo = Math.max(-radius, -dq - radius);
    const hi = Math.min(radius, -dq + radius);
    for (let dr = lo; dr <= hi; dr++) results.push({ q: center.q + dq, r: center.r + dr });
  }
  return results;
}

/** Integer division that rounds half up, exact for |values| < 2^53 / 2. */
const divRound = (num: number, den: number): number => Math.floor((2 * num + den) / (2 * den));

/**
 * The hexes a straight line from a to b passes through (Red Blob's line drawing), computed in
 * rationals instead of floats. The nudge (1, 2, -3 millionths) breaks ties on hex edges the same way
 * Red Blob's epsilon does.
 */
export function hexLine(a: Hex, b: Hex): Hex[] {
  const n = hexDistance(a, b);
  if (n === 0) return [a];
  const scale = 1_000_000;
  const den = n * scale;
  const results: Hex[] = [];
  const as = -a.q - a.r;
  const bs = -b.q - b.r;
  for (let i = 0; i <= n; i++) {
    const xq = (a.q * (n - i) + b.q * i) * scale + 1;
    const xr = (a.r * (n - i) + b.r * i) * scale + 2;
    const xs = (as * (n - i) + bs * i) * scale - 3;
    let q = divRound(xq, den);
    let r = divRound(xr, den);
    const s = divRound(xs, den);
    const dq = Math.abs(q * den - xq);
    const dr = Math.abs(r * den - xr);
    const ds = Math.abs(s * den - xs);
    if (dq > dr && dq > ds) q = -r - s;
    else if (dr > ds) r = -q - s;
    results.push({ q, r });
  }
  return results;
}

/** Offset (col, row) with odd rows shoved right, for pointy-top rectangular maps. */
export function offsetToAxial(col: number, row: number): Hex {
  return { q: col - (row - (row & 1)) / 2, r: row };
}

export function axialToOffset(h: Hex): { col: number; row: number } {
  return { col: h.q + (h.r - (h.r & 1)) / 2, row: h.r };
}
