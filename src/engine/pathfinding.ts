// Dijkstra and A* over the hex grid with integer costs. Ties break on insertion order, so the
// same inputs always give the same path.
import { HEX_DIRECTIONS, type Hex, type HexKey, hexDistance, hexKey, hexNeighbors } from './hex';

/** Cost to step from `from` into its neighbour `to` (never negative), or undefined when that step is impossible. */
export type StepCost = (from: Hex, to: Hex) => number | undefined;

export interface Reach {
  readonly hex: Hex;
  readonly cost: number;
  readonly prev: HexKey | undefined;
}

interface Node { hex: Hex; key: HexKey; n: number; f: number; g: number; seq: number }

/** A binary min-heap ordered by (f, seq). */
class NodeHeap {
  private items: Node[] = [];
  get size(): number { return this.items.length; }

  push(node: Node): void {
    const items = this.items;
    items.push(node);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const child = items[i]!;
      if (!less(child, items[parent]!)) break;
      items[i] = items[parent]!;
      items[parent] = child;
      i = parent;
    }
  }

  pop(): Node | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && less(items[l]!, items[m]!)) m = l;
        if (r < items.length && less(items[r]!, items[m]!)) m = r;
        if (m === i) break;
        const t = items[i]!;
        items[i] = items[m]!;
        items[m] = t;
        i = m;
      }
    }
    return top;
  }
}

const less = (a: Node, b: Node): boolean => a.f < b.f || (a.f === b.f && a.seq < b.seq);

/**
 * Every hex reachable from start within `budget`, with its cheapest cost and predecessor.
 * `canLeave(hex)` is false for hexes a path may end in but not pass through (zones of control).
 */
export function reachable(
  start: Hex,
  budget: number,
  stepCost: StepCost,
  canLeave: (hex: Hex) => boolean = () => true,
): Map<HexKey, Reach> {
  const found = reachableByNumber(start, budget, stepCost, canLeave);
  const keys = new Map<number, HexKey>();
  for (const [n, e] of found) keys.set(n, hexKey(e.hex));
  const best = new Map<HexKey, Reach>();
  for (const [n, e] of found) best.set(keys.get(n)!, { hex: e.hex, cost: e.cost, prev: e.prev === undefined ? undefined : keys.get(e.prev) });
  return best;
}

/** A hex reached, keyed by numKey, its predecessor too. */
export interface NumReach { hex: Hex; cost: number; prev: number | undefined }

/**
 * The search of `reachable`, keyed by numKey: in order of discovery, the same order as `reachable`'s
 * result. Movement ranges are asked for every unit the AI moves, and need no "q,r" strings but their own.
 */
export function reachableByNumber(
  start: Hex,
  budget: number,
  stepCost: StepCost,
  canLeave: (hex: Hex) => boolean = () => true,
): Map<number, NumReach> {
  const found = new Map<number, NumReach>();
  const startN = numKey(start);
  found.set(startN, { hex: start, cost: 0, prev: undefined });
  const open = new NodeHeap();
  let seq = 0;
  open.push({ hex: start, key: '', n: startN, f: 0, g: 0, seq: seq++ });
  while (open.size > 0) {
    const node = open.pop()!;
    if (node.g > found.get(node.n)!.cost) continue;
    if (node.n !== startN && !canLeave(node.hex)) continue;
    const { q, r } = node.hex;
    for (let i = 0; i < HEX_DIRECTIONS.length; i++) {
      const d = HEX_DIRECTIONS[i]!;
      const nq = q + d.q;
      const nr = r + d.r;
      const n = nq * 65536 + nr; // numKey
      const known = found.get(n);
      // Steps never cost less than nothing: a hex already reached at no more than this node's cost
      // cannot be improved from here, so its step cost need not be asked (most neighbours, in a search).
      if (known && known.cost <= node.g) continue;
      const next = { q: nq, r: nr };
      const step = stepCost(node.hex, next);
      if (step === undefined) continue;
      const g = node.g + step;
      if (g > budget) continue;
      if (known && known.cost <= g) continue;
      if (known) { known.hex = next; known.cost = g; known.prev = node.n; } else found.set(n, { hex: next, cost: g, prev: node.n });
      open.push({ hex: next, key: '', n, f: g, g, seq: seq++ });
    }
  }
  return found;
}

/** A hex as one number, for maps searched often: unique for the map's coordinates. */
export const numKey = (h: Hex): number => h.q * 65536 + h.r;

/** Walks predecessors back from `key`: the path from the search's start to it, both included. */
function walkBack<K>(reach: ReadonlyMap<K, { readonly hex: Hex; readonly prev: K | undefined }>, key: K): Hex[] | undefined {
  let entry = reach.get(key);
  if (!entry) return undefined;
  const path: Hex[] = [];
  for (;;) {
    path.push(entry.hex);
    if (entry.prev === undefined) break;
    entry = reach.get(entry.prev)!;
  }
  return path.reverse();
}

/** pathTo for a search keyed by numKey. */
export const pathToByNumber = (reach: ReadonlyMap<number, NumReach>, to: Hex): Hex[] | undefined => walkBack(reach, numKey(to));

/** The path from the reach's start to `to`, both included. */
export const pathTo = (reach: ReadonlyMap<HexKey, Reach>, to: Hex): Hex[] | undefined => walkBack(reach, hexKey(to));

/**
 * The cheapest path from start to goal (A*), or undefined. `minStepCost` must not exceed any real
 * step cost, so the heuristic stays admissible.
 */
export function findPath(start: Hex, goal: Hex, stepCost: StepCost, minStepCost = 1): Hex[] | undefined {
  const goalKey = hexKey(goal);
  const best = new Map<HexKey, Reach>();
  const startKey = hexKey(start);
  best.set(startKey, { hex: start, cost: 0, prev: undefined });
  const open = new NodeHeap();
  let seq = 0;
  open.push({ hex: start, key: startKey, n: 0, f: hexDistance(start, goal) * minStepCost, g: 0, seq: seq++ });
  while (open.size > 0) {
    const node = open.pop()!;
    if (node.key === goalKey) return pathTo(best, goal);
    if (node.g > best.get(node.key)!.cost) continue;
    for (const next of hexNeighbors(node.hex)) {
      const step = stepCost(node.hex, next);
      if (step === undefined) continue;
      const g = node.g + step;
      const key = hexKey(next);
      const known = best.get(key);
      if (known && known.cost <= g) continue;
      best.set(key, { hex: next, cost: g, prev: node.key });
      open.push({ hex: next, key, n: 0, f: g + hexDistance(next, goal) * minStepCost, g, seq: seq++ });
    }
  }
  return undefined;
}
