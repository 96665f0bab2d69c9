// Travel distance to each objective, ignoring units: lets a policy steer round the river instead of
// walking into the bank. Cached by pontoon set, since pontoons are the only thing that changes it.
import { type Hex, type HexKey, type Scenario, MOVE_COST, hexKey, hexNeighbors } from '../engine';

export type DistanceField = ReadonlyMap<HexKey, number>;

const ISLAND_COST = 8;

function field(scenario: Scenario, goal: Hex, pontoons: ReadonlySet<string>): DistanceField {
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

export class ObjectiveDistances {
  private cacheKey = '';
  private fields = new Map<string, DistanceField>();

  constructor(private readonly scenario: Scenario) {}

  /** Distance field to objective `id` given the pontoons in place. */
  get(id: string, pontoons: readonly string[]): DistanceField {
    const key = [...pontoons].sort().join(';');
    if (key !== this.cacheKey) {
      this.cacheKey = key;
      this.fields.clear();
    }
    let f = this.fields.get(id);
    if (!f) {
      const obj = this.scenario.objectives.find((o) => o.id === id)!;
      f = field(this.scenario, obj.hex, new Set(pontoons));
      this.fields.set(id, f);
    }
    return f;
  }
}
