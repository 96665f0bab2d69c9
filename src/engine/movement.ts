// Where a unit can go: terrain and road costs, rivers (hexes and sides) and pontoons, islands, stacking and zones of control.
import { type Board, typeOf, unitById } from './board';
import { type Hex, type HexKey, hexKey, hexNeighbors, parseHexKey } from './hex';
import { type Grid, ISLAND_STEP, SIDE_STEP, gridOf, kept } from './grid';
import { numKey } from './pathfinding';
import { MOVE_COST, ROAD_COST, hostile } from './rules';
import type { Scenario } from './scenario';
import type { Camp, Unit } from './types';

export interface Destination { hex: Hex; cost: number; path: Hex[] }

/** Hexes in the zone of control of any camp hostile to `camp`: entering one ends a move. */
export function hostileZoc(board: Board, camp: Camp): Set<HexKey> {
  const zoc = new Set<HexKey>();
  for (const u of board.units) {
    if (!hostile(u.camp, camp)) continue;
    for (const n of hexNeighbors(u.hex)) zoc.add(hexKey(n));
  }
  return zoc;
}

/**
 * Cost for `unit` to step between neighbouring hexes, or undefined when it cannot. Islands are
 * reached and left only by boat: that step takes the unit's whole movement allowance.
 */
export function stepCostFor(scenario: Scenario, board: Board, unit: Unit) {
  const map = scenario.map;
  const allowance = typeOf(scenario, unit).movement;
  // Numbers, not "q,r" strings, for the hexes other camps stand on: this runs for every step searched.
  const others = new Set<number>();
  for (const u of board.units) if (u.camp !== unit.camp) others.add(numKey(u.hex));
  const pontoons = new Set(board.pontoons);
  return (from: Hex, to: Hex): number | undefined => {
    const terrain = map.terrainAt(to);
    if (!terrain) return undefined;
    if (others.has(numKey(to))) return undefined;
    if (terrain === 'river' && !pontoons.has(hexKey(to))) return undefined;
    if (map.riverBetween(from, to)) return undefined;
    if (terrain === 'island' || map.terrainAt(from) === 'island') return allowance;
    return map.hasRoad(from, to) ? ROAD_COST : MOVE_COST[terrain];
  };
}


/**
 * Ranges found lately, per unit, by what they depend on (its cell and movement left, the pontoons,
 * every unit's camp and cell): the AI asks for a unit's range on its view, and the engine for the
 * same range on the same board when it applies the move.
 */
interface CachedRange { sig: readonly number[]; range: Map<HexKey, Destination> }
const RANGES = new WeakMap<Scenario, Map<string, CachedRange[]>>();
const PER_UNIT = 2;
const CAMP_CODE: Readonly<Record<string, number>> = { coalition: 1, russia: 2, is: 3 };
let sigScratch = new Int32Array(64);

/** The signature of the range's inputs in sigScratch, its length returned; -1 when something is off the map. */
function rangeSig(grid: Grid, board: Board, unit: Unit): number {
  const need = 4 + board.pontoons.length + board.units.length;
  if (sigScratch.length < need) sigScratch = new Int32Array(2 * need);
  const sig = sigScratch;
  let n = 0;
  sig[n++] = grid.cellOf(unit.hex);
  sig[n++] = unit.mp;
  sig[n++] = board.pontoons.length;
  for (const k of board.pontoons) sig[n++] = pontoonCell(grid, k);
  sig[n++] = board.units.length;
  for (const u of board.units) {
    const c = grid.cellOf(u.hex);
    const camp = CAMP_CODE[u.camp];
    if (c < 0 || camp === undefined) return -1;
    sig[n++] = c * 4 + camp;
  }
  for (let i = 0; i < n; i++) if (sig[i]! < 0) return -1;
  return n;
}

/** A pontoon's cell by its key, without parsing it (every search asks; a key not in the grid's form is parsed). */
function pontoonCell(grid: Grid, key: HexKey): number {
  return grid.cellByKey.get(key) ?? grid.cellOf(parseHexKey(key));
}

function sameSig(a: readonly number[], b: Int32Array, n: number): boolean {
  if (a.length !== n) return false;
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Every hex the unit can end its move in this phase, with cost and path (start hex excluded). The
 * map may be shared with other callers: read it, do not change it.
 */
export function movementRange(scenario: Scenario, board: Board, unitId: string): Map<HexKey, Destination> {
  const unit = unitById(board, unitId);
  if (!unit || unit.mp <= 0 || unit.acted) return new Map();
  const grid = gridOf(scenario);
  const n = rangeSig(grid, board, unit);
  if (n < 0) return findRange(scenario, board, unit);
  const recent = recentRanges(scenario, unit.id);
  for (const e of recent) if (sameSig(e.sig, sigScratch, n)) return e.range;
  const sig = kept(sigScratch, n);
  const range = findRange(scenario, board, unit);
  if (recent.length >= PER_UNIT) recent.shift();
  recent.push({ sig, range });
  return range;
}

function recentRanges(scenario: Scenario, unitId: string): CachedRange[] {
  let cache = RANGES.get(scenario);
  if (!cache) RANGES.set(scenario, (cache = new Map()));
  let recent = cache.get(unitId);
  if (!recent) cache.set(unitId, (recent = []));
  return recent;
}

/**
 * movementRange(scenario, board, unitId).get(hexKey(to)), the same destination and path, without
 * working out the rest of the range: the search stops once it settles `to`. Applying a move needs
 * only this (a replay verified applies hundreds, and nobody asked for their ranges).
 */
export function destinationOf(scenario: Scenario, board: Board, unitId: string, to: Hex): Destination | undefined {
  const unit = unitById(board, unitId);
  if (!unit || unit.mp <= 0 || unit.acted) return undefined;
  const grid = gridOf(scenario);
  const n = rangeSig(grid, board, unit);
  if (n < 0) return findRange(scenario, board, unit).get(hexKey(to));
  // The range asked for on the same board (by the AI choosing this move) has it already.
  for (const e of recentRanges(scenario, unit.id)) if (sameSig(e.sig, sigScratch, n)) return e.range.get(hexKey(to));
  return searchDestination(scenario, board, unit, to);
}

/** destinationOf's search, for a unit on the map that may move (exported for its test: it skips the cache). */
export function searchDestination(scenario: Scenario, board: Board, unit: Unit, to: Hex): Destination | undefined {
  const grid = gridOf(scenario);
  const startCell = grid.cellOf(unit.hex);
  const target = grid.cellOf(to);
  if (startCell < 0 || target < 0 || target === startCell) return undefined;
  const s = scratchFor(grid);
  searchRange(scenario, grid, board, unit, startCell, target);
  if (s.stamp[target] !== s.gen) return undefined;
  // A full stack at `to` leaves no room (findRange's occupancy test, for the one hex).
  let here = 0;
  for (const u of board.units) if (u.hex.q === to.q && u.hex.r === to.r) here++;
  if (here >= scenario.data.stackLimit) return undefined;
  const path: Hex[] = [];
  for (let c = target; c >= 0; c = s.prev[c]!) {
    const h = grid.hexes[c]!;
    path.push({ q: h.q, r: h.r });
  }
  path.reverse();
  const h = grid.hexes[target]!;
  return { hex: h, cost: s.cost[target]!, path };
}

function findRange(scenario: Scenario, board: Board, unit: Unit): Map<HexKey, Destination> {
  const grid = gridOf(scenario);
  const startCell = grid.cellOf(unit.hex);
  if (startCell < 0) return new Map();
  const trail = searchRange(scenario, grid, board, unit, startCell, -1);
  // Units per hex (occupancy): a destination must have room left in its stack.
  const s = scratchFor(grid);
  const gen = ++s.gen;
  for (const u of board.units) {
    const c = grid.cellOf(u.hex);
    if (c < 0) continue;
    if (s.occStamp[c] !== gen) { s.occStamp[c] = gen; s.occ[c] = 0; }
    s.occ[c]!++;
  }
  const limit = scenario.data.stackLimit;
  const out = new Map<HexKey, Destination>();
  for (let k = 1; k < trail.cells.length; k++) {
    const c = trail.cells[k]!;
    if (s.occStamp[c] === gen && s.occ[c]! >= limit) continue;
    out.set(grid.keys[c]!, new Reached(grid.hexes[c]!, trail.costs[k]!, trail, k));
  }
  return out;
}

/** A search's result: the hexes reached in order of discovery (the start first), with cost and predecessor (by position). */
interface Trail { grid: Grid; cells: readonly number[]; costs: readonly number[]; prev: readonly number[] }

/** Work arrays of one grid, reused by every search (the engine runs one at a time); `gen` stamps what is current. */
interface Scratch {
  gen: number;
  stamp: Uint32Array; cost: Int32Array; pos: Int32Array; prev: Int32Array;
  blockStamp: Uint32Array; zocStamp: Uint32Array; pontoonStamp: Uint32Array;
  occStamp: Uint32Array; occ: Int32Array;
  order: Int32Array; heapKey: Float64Array; heapCell: Int32Array;
}
const SCRATCH = new WeakMap<Grid, Scratch>();

function scratchFor(grid: Grid): Scratch {
  let s = SCRATCH.get(grid);
  if (!s) {
    const n = grid.size;
    // Every push follows a strict improvement along one of a cell's six edges, so 6n + 1 bounds the heap.
    s = {
      gen: 0, stamp: new Uint32Array(n), cost: new Int32Array(n), pos: new Int32Array(n), prev: new Int32Array(n),
      blockStamp: new Uint32Array(n), zocStamp: new Uint32Array(n), pontoonStamp: new Uint32Array(n),
      occStamp: new Uint32Array(n), occ: new Int32Array(n),
      order: new Int32Array(n), heapKey: new Float64Array(6 * n + 1), heapCell: new Int32Array(6 * n + 1),
    };
    SCRATCH.set(grid, s);
  }
  return s;
}

/** Heap keys order by (cost, insertion) as one number: cost * SEQ_SPAN + sequence. */
const SEQ_SPAN = 2 ** 24;

/**
 * The search of reachableByNumber with stepCostFor's costs and the hostile zones of control, on the
 * grid's arrays: the same hexes, costs, predecessors and order of discovery. With a `target` cell
 * (not -1) it stops as the target is settled (taken from the heap at its least cost: its cost and
 * predecessor change no more) and returns no trail; the scratch arrays hold the result.
 */
function searchRange(scenario: Scenario, grid: Grid, board: Board, unit: Unit, startCell: number, target: -1): Trail;
function searchRange(scenario: Scenario, grid: Grid, board: Board, unit: Unit, startCell: number, target: number): Trail | undefined;
function searchRange(scenario: Scenario, grid: Grid, board: Board, unit: Unit, startCell: number, target: number): Trail | undefined {
  const s = scratchFor(grid);
  const gen = ++s.gen;
  const { stamp, cost, pos, prev, blockStamp, zocStamp, pontoonStamp, order, heapKey, heapCell } = s;
  const allowance = typeOf(scenario, unit).movement;
  const budget = unit.mp;
  for (const u of board.units) {
    const c = grid.cellOf(u.hex);
    if (c < 0) continue;
    if (u.camp !== unit.camp) blockStamp[c] = gen;
    if (hostile(u.camp, unit.camp)) for (let d = 0; d < 6; d++) { const n = grid.next[c * 6 + d]!; if (n >= 0) zocStamp[n] = gen; }
  }
  for (const k of board.pontoons) {
    const c = pontoonCell(grid, k);
    if (c >= 0) pontoonStamp[c] = gen;
  }
  const { next, cost: stepCost, river } = grid;
  let found = 0;
  stamp[startCell] = gen; cost[startCell] = 0; prev[startCell] = -1; pos[startCell] = found; order[found++] = startCell;
  let seq = 0;
  heapKey[0] = seq++;
  heapCell[0] = startCell;
  let size = 1;
  while (size > 0) {
    const key = heapKey[0]!;
    const cell: number = heapCell[0]!;
    size--;
    if (size > 0) {
      const lk = heapKey[size]!;
      const lc = heapCell[size]!;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= size) break;
        const r = l + 1;
        const m = r < size && heapKey[r]! < heapKey[l]! ? r : l;
        if (heapKey[m]! >= lk) break;
        heapKey[i] = heapKey[m]!; heapCell[i] = heapCell[m]!;
        i = m;
      }
      heapKey[i] = lk; heapCell[i] = lc;
    }
    const g = Math.floor(key / SEQ_SPAN);
    if (g > cost[cell]!) continue;
    if (cell === target) return undefined;
    if (cell !== startCell && zocStamp[cell] === gen) continue;
    const base: number = cell * 6;
    for (let d = 0; d < 6; d++) {
      const n = next[base + d]!;
      if (n < 0) continue;
      const known = stamp[n] === gen;
      if (known && cost[n]! <= g) continue;
      if (blockStamp[n] === gen) continue;
      if (river[n] && pontoonStamp[n] !== gen) continue;
      const c = stepCost[base + d]!;
      if (c === SIDE_STEP) continue;
      const ng = g + (c === ISLAND_STEP ? allowance : c);
      if (ng > budget) continue;
      if (known && cost[n]! <= ng) continue;
      if (!known) { stamp[n] = gen; pos[n] = found; order[found++] = n; }
      cost[n] = ng;
      prev[n] = cell;
      const nk = ng * SEQ_SPAN + seq++;
      let i = size++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (heapKey[p]! <= nk) break;
        heapKey[i] = heapKey[p]!; heapCell[i] = heapCell[p]!;
        i = p;
      }
      heapKey[i] = nk; heapCell[i] = n;
    }
  }
  if (target >= 0) return undefined;
  // Plain arrays, not typed: a few small typed arrays per search cost more to make than they save.
  const cells: number[] = [];
  const costs: number[] = [];
  const prevs: number[] = [];
  for (let k = 0; k < found; k++) {
    const c = order[k]!;
    cells.push(c);
    costs.push(cost[c]!);
    prevs.push(prev[c]! < 0 ? -1 : pos[prev[c]!]!);
  }
  return { grid, cells, costs, prev: prevs };
}

/** A destination whose path is walked back only when asked for: most destinations are only looked at. */
class Reached implements Destination {
  private walked: Hex[] | undefined;
  constructor(readonly hex: Hex, readonly cost: number, private readonly trail: Trail, private readonly at: number) {}
  get path(): Hex[] { return (this.walked ??= walkTrail(this.trail, this.at)); }
}

function walkTrail(trail: Trail, at: number): Hex[] {
  const path: Hex[] = [];
  for (let k = at; k >= 0; k = trail.prev[k]!) {
    const h = trail.grid.hexes[trail.cells[k]!]!;
    path.push({ q: h.q, r: h.r });
  }
  return path.reverse();
}
