// Travel distance to each objective, ignoring units: lets a policy steer round the river instead of
// walking into the bank. Cached by pontoon set, since pontoons are the only thing that changes it,
// and by the hexes a policy keeps off (the far side of a deconfliction line). Fields live in flat
// arrays indexed by hex: a new line or pontoon brings nine new fields in one AI step, and the
// browser runs AI steps between frames.
import { HEX_DIRECTIONS, type Hex, type Scenario, type Terrain, MOVE_COST, parseHexKey } from '../engine';

/** Hexes a policy will not enter; `key` names exactly that set of hexes, for the cache. */
export interface Avoid { key: string; blocked: (h: Hex) => boolean }

const ISLAND_COST = 8;

/** The map's hexes in a flat array: index = r * width + q - minQ. */
interface Grid { minQ: number; maxQ: number; rows: number; width: number; hexes: (Hex | undefined)[]; terrain: (Terrain | undefined)[] }

function gridOf(scenario: Scenario): Grid {
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
  const hexes = new Array<Hex | undefined>(width * rows);
  const terrain = new Array<Terrain | undefined>(width * rows);
  for (const h of map.hexes) {
    const i = h.r * width + h.q - minQ;
    hexes[i] = h;
    terrain[i] = map.terrainAt(h);
  }
  return { minQ, maxQ, rows, width, hexes, terrain };
}

const indexOf = (g: Grid, h: Hex): number =>
  h.q < g.minQ || h.q > g.maxQ || h.r < 0 || h.r >= g.rows ? -1 : h.r * g.width + h.q - g.minQ;

/** Travel distance from every hex to one objective. */
export class DistanceField {
  constructor(private readonly grid: Grid, private readonly dist: Int32Array) {}

  /** The distance from `h`, or undefined when the objective cannot be reached from it. */
  at(h: Hex): number | undefined {
    const i = indexOf(this.grid, h);
    const d = i < 0 ? -1 : this.dist[i]!;
    return d < 0 ? undefined : d;
  }
}

function field(scenario: Scenario, grid: Grid, goal: Hex, pontoons: ReadonlySet<number>, blocked: Uint8Array | undefined): Int32Array {
  const map = scenario.map;
  const dist = new Int32Array(grid.hexes.length).fill(-1);
  const start = indexOf(grid, goal);
  dist[start] = 0;
  // Small integer costs: a bucket queue is exact and quick.
  const buckets: number[][] = [[start]];
  for (let d = 0; d < buckets.length; d++) {
    for (const i of buckets[d] ?? []) {
      if (dist[i] !== d) continue;
      const h = grid.hexes[i]!;
      const from = grid.terrain[i];
      for (const dir of HEX_DIRECTIONS) {
        const n = { q: h.q + dir.q, r: h.r + dir.r };
        const ni = indexOf(grid, n);
        if (ni < 0) continue;
        const t = grid.terrain[ni];
        if (!t || (t === 'river' && !pontoons.has(ni))) continue;
        if (blocked?.[ni]) continue;
        const step = t === 'island' || from === 'island' ? ISLAND_COST : map.hasRoad(h, n) ? 1 : MOVE_COST[t];
        const nd = d + step;
        if (dist[ni]! >= 0 && dist[ni]! <= nd) continue;
        dist[ni] = nd;
        (buckets[nd] ??= []).push(ni);
      }
    }
  }
  return dist;
}

/** Fields are pure functions of the scenario, the goal, the pontoons and the avoided hexes: shared by every game. */
/** Fields by objective id, then pontoons built (sorted, joined), then the avoided hexes' key. */
interface Cache { grid: Grid; fields: Map<string, Map<string, Map<string, DistanceField>>>; count: number; blocked: Map<string, Uint8Array> }
const CACHES = new WeakMap<Scenario, Cache>();
const MAX_CACHED = 4000;
const MAX_BLOCKED = 200;

export class ObjectiveDistances {
  private readonly cache: Cache;

  constructor(private readonly scenario: Scenario) {
    let cache = CACHES.get(scenario);
    if (!cache) CACHES.set(scenario, (cache = { grid: gridOf(scenario), fields: new Map(), count: 0, blocked: new Map() }));
    this.cache = cache;
  }

  /** The hexes `avoid` keeps off, worked out once for all the fields that share it. */
  private blockedBy(avoid: Avoid): Uint8Array {
    let b = this.cache.blocked.get(avoid.key);
    if (!b) {
      const grid = this.cache.grid;
      b = new Uint8Array(grid.hexes.length);
      for (let i = 0; i < grid.hexes.length; i++) if (grid.hexes[i] && avoid.blocked(grid.hexes[i]!)) b[i] = 1;
      if (this.cache.blocked.size >= MAX_BLOCKED) this.cache.blocked.clear();
      this.cache.blocked.set(avoid.key, b);
    }
    return b;
  }

  /**
   * Distance field to objective `id` given the pontoons in place. With `avoid`, the avoided hexes are
   * impassable (an objective standing on one is then unreachable).
   */
  get(id: string, pontoons: readonly string[], avoid?: Avoid): DistanceField {
    // Looked up by parts (strings already hashed), not by one key joined on every call: asked per objective, unit and command.
    const built = pontoons.length === 0 ? '' : pontoons.length === 1 ? pontoons[0]! : [...pontoons].sort().join(';');
    const avoidKey = avoid?.key ?? '';
    const { grid, fields } = this.cache;
    let byBuilt = fields.get(id);
    if (!byBuilt) fields.set(id, (byBuilt = new Map()));
    let byAvoid = byBuilt.get(built);
    if (!byAvoid) byBuilt.set(built, (byAvoid = new Map()));
    let f = byAvoid.get(avoidKey);
    if (!f) {
      const obj = this.scenario.objectives.find((o) => o.id === id)!;
      const blocked = avoid ? this.blockedBy(avoid) : undefined;
      const dist = blocked?.[indexOf(grid, obj.hex)]
        ? new Int32Array(grid.hexes.length).fill(-1)
        : field(this.scenario, grid, obj.hex, new Set(pontoons.map((k) => indexOf(grid, parseHexKey(k)))), blocked);
      f = new DistanceField(grid, dist);
      if (++this.cache.count > MAX_CACHED) {
        fields.clear();
        this.cache.count = 1;
        byAvoid = new Map();
        fields.set(id, new Map([[built, byAvoid]]));
      }
      byAvoid.set(avoidKey, f);
    }
    return f;
  }

}
