// Travel distance to each objective, ignoring units: lets a policy steer round the river instead of
// walking into the bank. Cached by pontoon set, since pontoons are the only thing that changes it,
// and by the hexes a policy keeps off (the far side of a deconfliction line). Fields live in flat
// arrays indexed by hex: a new line or pontoon brings nine new fields in one AI step, and the
// browser runs AI steps between frames.
import { type Grid, type Hex, ISLAND_STEP, SIDE_STEP, type Scenario, gridOf } from '../engine';

/** Hexes a policy will not enter; `key` names exactly that set of hexes, for the cache. */
export interface Avoid { key: string; blocked: (h: Hex) => boolean }

/** A step onto or off an island, by boat: dearer than any land step, so paths use bridges and fords first. */
const ISLAND_COST = 8;

/** Travel distance from every hex to one objective. */
export class DistanceField {
  constructor(private readonly grid: Grid, private readonly dist: Int32Array) {}

  /** The distance from `h`, or undefined when the objective cannot be reached from it. */
  at(h: Hex): number | undefined {
    const i = this.grid.cellOf(h);
    const d = i < 0 ? -1 : this.dist[i]!;
    return d < 0 ? undefined : d;
  }
}

/** Steps cost as the engine's (its grid), islands ISLAND_COST; a river cell only over a pontoon. */
function field(grid: Grid, start: number, pontoons: ReadonlySet<number>, blocked: Uint8Array | undefined): Int32Array {
  const dist = new Int32Array(grid.size).fill(-1);
  dist[start] = 0;
  // Small integer costs: a bucket queue is exact and quick.
  const buckets: number[][] = [[start]];
  for (let d = 0; d < buckets.length; d++) {
    for (const i of buckets[d] ?? []) {
      if (dist[i] !== d) continue;
      for (let dir = 0; dir < 6; dir++) {
        const ni = grid.next[i * 6 + dir]!;
        if (ni < 0 || (grid.river[ni] && !pontoons.has(ni)) || blocked?.[ni]) continue;
        const cost = grid.cost[i * 6 + dir]!;
        if (cost === SIDE_STEP) continue;
        const nd = d + (cost === ISLAND_STEP ? ISLAND_COST : cost);
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
      b = new Uint8Array(grid.size);
      for (let i = 0; i < grid.size; i++) if (grid.hexes[i] && avoid.blocked(grid.hexes[i]!)) b[i] = 1;
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
    return this.fieldTo(id, this.scenario.objectives.find((o) => o.id === id)!.hex, pontoons, avoid);
  }

  /** Distance field to any hex (a bridge site), cached like an objective's. */
  toHex(h: Hex, pontoons: readonly string[], avoid?: Avoid): DistanceField {
    return this.fieldTo(`@${h.q},${h.r}`, h, pontoons, avoid);
  }

  private fieldTo(id: string, goal: Hex, pontoons: readonly string[], avoid?: Avoid): DistanceField {
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
      const blocked = avoid ? this.blockedBy(avoid) : undefined;
      const start = grid.cellOf(goal);
      const dist = blocked?.[start]
        ? new Int32Array(grid.size).fill(-1)
        : field(grid, start, new Set(pontoons.map((k) => grid.cellByKey.get(k) ?? -1)), blocked);
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
