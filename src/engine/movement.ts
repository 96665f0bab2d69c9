// Where a unit can go: terrain and road costs, rivers and pontoons, islands, stacking and zones of control.
import { type Board, typeOf, unitById } from './board';
import { type Hex, type HexKey, hexKey, hexNeighbors } from './hex';
import { type NumReach, numKey, pathToByNumber, reachableByNumber } from './pathfinding';
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
    if (terrain === 'island' || map.terrainAt(from) === 'island') return allowance;
    return map.hasRoad(from, to) ? ROAD_COST : MOVE_COST[terrain];
  };
}


function reachFor(scenario: Scenario, board: Board, unit: Unit): Map<number, NumReach> {
  const zoc = new Set<number>();
  for (const u of board.units) {
    if (!hostile(u.camp, unit.camp)) continue;
    for (const n of hexNeighbors(u.hex)) zoc.add(numKey(n));
  }
  return reachableByNumber(unit.hex, unit.mp, stepCostFor(scenario, board, unit), (h) => !zoc.has(numKey(h)));
}

/**
 * Ranges found lately, by what they depend on (units, pontoons) and unit: the AI asks for a unit's
 * range on its view, and the engine for the same range on the same board when it applies the move.
 */
const RANGES = new WeakMap<Scenario, Map<string, Map<HexKey, Destination>>>();
const MAX_RANGES = 64;

function rangeKey(board: Board, unit: Unit): string {
  let key = `${unit.id}@${unit.hex.q},${unit.hex.r}:${unit.mp}|${board.pontoons.join(';')}|`;
  for (const u of board.units) key += `${u.camp[0]}${u.hex.q},${u.hex.r};`;
  return key;
}

/**
 * Every hex the unit can end its move in this phase, with cost and path (start hex excluded). The
 * map may be shared with other callers: read it, do not change it.
 */
export function movementRange(scenario: Scenario, board: Board, unitId: string): Map<HexKey, Destination> {
  const unit = unitById(board, unitId);
  if (!unit || unit.mp <= 0 || unit.acted) return new Map();
  let cache = RANGES.get(scenario);
  if (!cache) RANGES.set(scenario, (cache = new Map()));
  const key = rangeKey(board, unit);
  let out = cache.get(key);
  if (!out) {
    out = findRange(scenario, board, unit);
    if (cache.size >= MAX_RANGES) cache.delete(cache.keys().next().value!);
    cache.set(key, out);
  }
  return out;
}

function findRange(scenario: Scenario, board: Board, unit: Unit): Map<HexKey, Destination> {
  const out = new Map<HexKey, Destination>();
  const reach = reachFor(scenario, board, unit);
  // Units per hex (occupancy, by number).
  const occ = new Map<number, number>();
  for (const u of board.units) {
    const n = numKey(u.hex);
    occ.set(n, (occ.get(n) ?? 0) + 1);
  }
  const limit = scenario.data.stackLimit;
  const startN = numKey(unit.hex);
  for (const [n, r] of reach) {
    if (n === startN) continue;
    if ((occ.get(n) ?? 0) >= limit) continue;
    out.set(hexKey(r.hex), new Reached(r.hex, r.cost, reach));
  }
  return out;
}

/** A destination whose path is walked back only when asked for: most destinations are only looked at. */
class Reached implements Destination {
  private walked: Hex[] | undefined;
  constructor(readonly hex: Hex, readonly cost: number, private readonly reach: Map<number, NumReach>) {}
  get path(): Hex[] { return (this.walked ??= pathToByNumber(this.reach, this.hex)!); }
}
