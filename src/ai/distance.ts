// Travel distance to each objective, ignoring units: lets a policy steer round the river instead of
// walking into the bank. Cached by pontoon set, since pontoons are the only thing that changes it,
// and by the hexes a policy keeps off (the far side of a deconfliction line).
import { type Hex, type HexKey, type Scenario, MOVE_COST, hexKey, hexNeighbors } from '../engine';

export type DistanceField = ReadonlyMap<HexKey, number>;

/** Hexes a policy will not enter; `key` names exactly that set of hexes, for the cache. */
export interface Avoid { key: string; blocked: (h: Hex) => boolean }

const ISLAND_COST = 8;

function field(scenario: Scenario, goal: Hex, pontoons: ReadonlySet<string>, avoid: Avoid | undefined): DistanceField {
  const map = scenario.map;
  const dist = new Map<HexKey, number>([[hexKey(goal), 0]]);
  // Small integer costs: a bucket queue is exact and quick.
  const buckets: Hex[][] = [[goal]];
  for (let d = 0; d < buckets.length; d++) {
    for (const h of buckets[d] ?? []) {
      if (dist.get(hexKey(h)) !== d) continue;
      for (const n of hexNeighbors(h)) {
        const t = map.terrainAt(n);
        if (!t || (t === 'river' && !pontoons.has(hexKey(n)))) continue;
        if (avoid?.blocked(n)) continue;
        const from = map.terrainAt(h);
        const step = t === 'island' || from === 'island' ? ISLAND_COST : map.hasRoad(h, n) ? 1 : MOVE_COST[t];
        const nd = d + step;
        const k = hexKey(n);
        if ((dist.get(k) ?? Infinity) <= nd) continue;
        dist.set(k, nd);
        (buckets[nd] ??= []).push(n);
      }
    }
  }
  return dist;
}

/** Fields are pure functions of the scenario, the goal, the pontoons and the avoided hexes: shared by every game. */
const FIELDS = new WeakMap<Scenario, Map<string, DistanceField>>();
const MAX_CACHED = 4000;

export class ObjectiveDistances {
  private readonly fields: Map<string, DistanceField>;

  constructor(private readonly scenario: Scenario) {
    let cache = FIELDS.get(scenario);
    if (!cache) FIELDS.set(scenario, (cache = new Map()));
    this.fields = cache;
  }

  /**
   * Distance field to objective `id` given the pontoons in place. With `avoid`, the avoided hexes are
   * impassable (an objective standing on one is then unreachable).
   */
  get(id: string, pontoons: readonly string[], avoid?: Avoid): DistanceField {
    const key = `${id}|${pontoons.length > 1 ? [...pontoons].sort().join(';') : pontoons.join(';')}|${avoid?.key ?? ''}`;
    let f = this.fields.get(key);
    if (!f) {
      const obj = this.scenario.objectives.find((o) => o.id === id)!;
      f = avoid?.blocked(obj.hex) ? new Map() : field(this.scenario, obj.hex, new Set(pontoons), avoid);
      if (this.fields.size >= MAX_CACHED) this.fields.clear();
      this.fields.set(key, f);
    }
    return f;
  }
}
