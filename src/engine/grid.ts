// The map as flat arrays indexed by hex, built once per scenario: the movement search runs some
// hundreds of times a game, and typed arrays indexed by number beat maps keyed by hex there.
import { HEX_DIRECTIONS, type Hex, type HexKey, hexKey } from './hex';
import { MOVE_COST, ROAD_COST } from './rules';
import type { Scenario } from './scenario';

export interface Grid {
  /** Number of cells (map hexes and the gaps of the bounding rectangle). */
  readonly size: number;
  /** The on-map hex of each cell (shared: read only, as Hex says), undefined for a gap. */
  readonly hexes: readonly (Hex | undefined)[];
  /** "q,r" of each on-map cell. */
  readonly keys: readonly (HexKey | undefined)[];
  /** The cell of each on-map "q,r". */
  readonly cellByKey: ReadonlyMap<HexKey, number>;
  /** Cell of the neighbour in each direction (cell * 6 + direction), -1 off the map. */
  readonly next: Int32Array;
  /** Cost of that step ignoring units and pontoons: road or terrain (ISLAND_STEP when either end is an island, SIDE_STEP across a river side). */
  readonly cost: Int8Array;
  /** 1 for a river cell: entered only over a pontoon. */
  readonly river: Uint8Array;
  /** The cell of a hex, -1 off the map. */
  cellOf(h: Hex): number;
}

/** In Grid.cost: the step takes the unit's whole allowance (an island is reached and left by boat). */
export const ISLAND_STEP = -1;
/** In Grid.cost: no step, the river runs along this side (MapData.riverSides); the hexes stay neighbours for sight, fire and contact. */
export const SIDE_STEP = -2;

/** The first n of a scratch signature (a cache key), kept as a plain array: a small typed array costs more to make. */
export function kept(scratch: Int32Array, n: number): number[] {
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = scratch[i]!;
  return out;
}

const GRIDS = new WeakMap<Scenario, Grid>();

export function gridOf(scenario: Scenario): Grid {
  let grid = GRIDS.get(scenario);
  if (!grid) GRIDS.set(scenario, (grid = buildGrid(scenario)));
  return grid;
}

function buildGrid(scenario: Scenario): Grid {
  const map = scenario.map;
  let minQ = 0;
  let maxQ = 0;
  let rows = 0;
  for (const h of map.hexes) {
    minQ = Math.min(minQ, h.q);
    maxQ = Math.max(maxQ, h.q);
    rows = Math.max(rows, h.r + 1);
  }
  const width = maxQ - minQ + 1;
  const size = width * rows;
  const cellOf = (h: Hex): number => {
    if (h.q < minQ || h.q > maxQ || h.r < 0 || h.r >= rows) return -1;
    const i = h.r * width + h.q - minQ;
    return hexes[i] ? i : -1;
  };
  const hexes = new Array<Hex | undefined>(size).fill(undefined);
  const keys = new Array<HexKey | undefined>(size).fill(undefined);
  const cellByKey = new Map<HexKey, number>();
  for (const h of map.hexes) {
    const i = h.r * width + h.q - minQ;
    hexes[i] = { q: h.q, r: h.r }; // not frozen: a frozen object has its own V8 shape, and hexes of two shapes slow every reader
    keys[i] = hexKey(h);
    cellByKey.set(keys[i]!, i);
  }
  const next = new Int32Array(size * 6).fill(-1);
  const cost = new Int8Array(size * 6);
  const river = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    const from = hexes[i];
    if (!from) continue;
    const fromTerrain = map.terrainAt(from);
    if (fromTerrain === 'river') river[i] = 1;
    for (let d = 0; d < 6; d++) {
      const to = { q: from.q + HEX_DIRECTIONS[d]!.q, r: from.r + HEX_DIRECTIONS[d]!.r };
      const j = cellOf(to);
      if (j < 0) continue;
      const t = map.terrainAt(to)!;
      next[i * 6 + d] = j;
      cost[i * 6 + d] = map.riverBetween(from, to) ? SIDE_STEP
        : t === 'island' || fromTerrain === 'island' ? ISLAND_STEP : map.hasRoad(from, to) ? ROAD_COST : MOVE_COST[t];
    }
  }
  return { size, hexes, keys, cellByKey, next, cost, river, cellOf };
}
