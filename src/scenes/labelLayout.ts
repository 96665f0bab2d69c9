// Where the map's text goes: boxes in, placements out. Greedy by priority (units, then objective flags
// and names, odds, crisis tags, minor place names): each label takes the first of its candidate spots
// that touches nothing placed before it, or is left out (the scene hides it or lists it in the key).
// Pure maths: no Phaser, so it is unit-tested alone.
import type { Point } from './layout';

export interface Rect { x: number; y: number; width: number; height: number }

/** Lower goes first. Units are never moved or dropped: everything else keeps off them. */
export const LABEL_PRIORITY = { unit: 0, flag: 1, objective: 1, odds: 2, tag: 3, place: 4 } as const;
export type LabelKind = keyof typeof LABEL_PRIORITY;

export interface LabelRequest {
  kind: LabelKind;
  width: number;
  height: number;
  /** Top-left corners to try, best first (made as they are tried: most labels take the first). A unit's first is where it is. */
  spots: Iterable<Point>;
  /** A shorter form, tried only where the label itself finds no room (odds tags: the odds and hit chance alone). */
  fallback?: { width: number; height: number; spots: Iterable<Point> };
  /**
   * In its first `within` spots, the label keeps `gap` from labels of its own kind (two town names
   * stacked edge to edge read as one block); past them it keeps the plain gap, so it stays near its place.
   */
  apart?: { gap: number; within: number };
}

/** A placed box; `fallback` when it holds the request's shorter form. */
export type Placed = Rect & { fallback?: true };

/** Do two boxes come closer than `gap`? */
export function collide(a: Rect, b: Rect, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/**
 * The box each request gets (null: no spot was free), in the requests' order. Requests of equal
 * priority are placed in the order given. `gap` keeps labels that far apart (units may touch units).
 */
export function layoutLabels(requests: readonly LabelRequest[], gap = 0): (Placed | null)[] {
  const order = requests.map((r, i) => ({ r, i })).sort((a, b) => LABEL_PRIORITY[a.r.kind] - LABEL_PRIORITY[b.r.kind] || a.i - b.i);
  const out: (Placed | null)[] = requests.map(() => null);
  const placed = new BoxGrid(cellSize(requests));
  for (const { r, i } of order) {
    const box = (p: Point): Rect => ({ x: p.x, y: p.y, width: r.width, height: r.height });
    if (r.kind === 'unit') {
      const first = r.spots[Symbol.iterator]().next();
      if (!first.done) placed.add((out[i] = box(first.value)), r.kind);
      continue;
    }
    const plain = { kind: r.kind, gap };
    const rest = r.spots[Symbol.iterator]();
    const tried: Point[] = [];
    if (r.apart) {
      const kin = { kind: r.kind, gap: Math.max(gap, r.apart.gap) };
      while (tried.length < r.apart.within) {
        const n = rest.next();
        if (n.done) break;
        tried.push(n.value);
        const b = box(n.value);
        if (placed.hits(b, gap, kin)) continue;
        placed.add((out[i] = b), r.kind);
        break;
      }
    }
    if (!out[i]) {
      for (const p of chain(tried, { [Symbol.iterator]: () => rest })) {
        const b = box(p);
        if (placed.hits(b, gap, plain)) continue;
        placed.add((out[i] = b), r.kind);
        break;
      }
    }
    if (out[i] || !r.fallback) continue;
    for (const p of r.fallback.spots) {
      const b = { x: p.x, y: p.y, width: r.fallback.width, height: r.fallback.height };
      if (placed.hits(b, gap, plain)) continue;
      placed.add(b, r.kind);
      out[i] = { ...b, fallback: true };
      break;
    }
  }
  return out;
}

function* chain<T>(a: Iterable<T>, b: Iterable<T>): Generator<T> {
  yield* a;
  yield* b;
}

/** Grid cells about four labels high: a box is checked only against boxes in the cells it touches. */
function cellSize(requests: readonly LabelRequest[]): number {
  const heights = requests.map((r) => r.height).filter((h) => h > 0).sort((a, b) => a - b);
  return Math.max(1, 4 * (heights[heights.length >> 1] ?? 1));
}

type Kept = Rect & { kind: LabelKind };

class BoxGrid {
  private readonly cells = new Map<number, Kept[]>();
  constructor(private readonly size: number) {}

  /** Calls `fn` with the key of each cell `r` (grown by `pad`) touches, until it returns true. */
  private some(r: Rect, pad: number, fn: (key: number) => boolean): boolean {
    const s = this.size;
    const i1 = Math.floor((r.x + r.width + pad) / s), j0 = Math.floor((r.y - pad) / s), j1 = Math.floor((r.y + r.height + pad) / s);
    for (let i = Math.floor((r.x - pad) / s); i <= i1; i++) {
      for (let j = j0; j <= j1; j++) if (fn(i * 0x100000 + j)) return true;
    }
    return false;
  }

  add(r: Rect, kind: LabelKind): void {
    const kept = { ...r, kind };
    this.some(r, 0, (k) => {
      const cell = this.cells.get(k);
      if (cell) cell.push(kept);
      else this.cells.set(k, [kept]);
      return false;
    });
  }

  /** Whether `r` comes within `gap` of a placed box, or within `kin.gap` of one of kind `kin.kind`. */
  hits(r: Rect, gap: number, kin: { kind: LabelKind; gap: number }): boolean {
    const pad = Math.max(gap, kin.gap);
    return this.some(r, pad, (k) => this.cells.get(k)?.some((q) => collide(r, q, q.kind === kin.kind ? kin.gap : gap)) ?? false);
  }
}

/**
 * Top-left corners for a `width` × `height` label whose centre is on a grid `step` apart round
 * `centre`, within `rings` steps, nearest first (above before below, left before right).
 */
export function* spotsNear(centre: Point, width: number, height: number, step: number, rings: number): Generator<Point> {
  for (const [i, j] of gridOffsets(rings)) yield { x: centre.x + i * step - width / 2, y: centre.y + j * step - height / 2 };
}

/** The grid steps within `rings` of 0,0 in spotsNear's order; kept, as every label asks for the same few. */
const OFFSETS = new Map<number, readonly (readonly [number, number])[]>();
function gridOffsets(rings: number): readonly (readonly [number, number])[] {
  let out = OFFSETS.get(rings);
  if (!out) {
    const all: [number, number][] = [];
    for (let j = -rings; j <= rings; j++) for (let i = -rings; i <= rings; i++) if (i * i + j * j <= rings * rings) all.push([i, j]);
    out = all.sort((a, b) => a[0] ** 2 + a[1] ** 2 - (b[0] ** 2 + b[1] ** 2) || a[1] - b[1] || a[0] - b[0]);
    OFFSETS.set(rings, out);
  }
  return out;
}

/**
 * Spots for a label of `width` × `height` beside a thing occupying `around`: centred below it, above
 * it, right and left of it, `gap` away; then on a grid round its centre, nearest first.
 */
export function* spotsAround(around: Rect, width: number, height: number, gap: number, step: number, rings: number): Generator<Point> {
  const mid = { x: around.x + around.width / 2, y: around.y + around.height / 2 };
  const cx = mid.x - width / 2, cy = mid.y - height / 2;
  yield { x: cx, y: around.y + around.height + gap };
  yield { x: cx, y: around.y - height - gap };
  yield { x: around.x + around.width + gap, y: cy };
  yield { x: around.x - width - gap, y: cy };
  yield* spotsNear(mid, width, height, step, rings);
}
