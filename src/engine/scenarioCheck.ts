// The scenario validator for authors (npm run scenario -- validate, and a file loaded in the browser):
// the loader's checks, and what a playable scenario needs beyond them (units on their power's bank,
// objectives some power can reach). Errors make a file unplayable; warnings do not. Pure: no I/O.
import { type Hex, hexKey } from './hex';
import type { GameMap } from './map';
import type { DataError, Scenario, ScenarioData } from './scenario';
import { checkScenarioFiles, loadScenario } from './scenarioLoad';
import { type StepCost, reachable } from './pathfinding';
import { MOVE_COST, ROAD_COST } from './rules';
import { POWERS, type Power } from './sides';
import { dataError } from './dataErrors';

export interface ScenarioReport {
  errors: DataError[];
  warnings: DataError[];
  /** The loaded scenario, when there are no errors. */
  scenario?: Scenario;
}

/** The most turns a scenario may have (the schema's limit): the reach search looks that far, to say how late a unit would come. */
const MAX_TURNS = 200;

/**
 * Validates a scenario (parsed JSON) against the maps it may name (`maps`: map id -> map JSON).
 * Every error and warning names its JSON path and the reason.
 */
export function validateScenario(raw: unknown, maps: Readonly<Record<string, unknown>>): ScenarioReport {
  const warnings: DataError[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { errors: [dataError('(root)', 'not_object', {})], warnings };
  }
  const mapId = (raw as Record<string, unknown>).map;
  if (typeof mapId === 'string' && !Object.hasOwn(maps, mapId)) {
    return { errors: [dataError('map', 'unknown_map', { map: mapId, known: Object.keys(maps) })], warnings };
  }
  const rawMap = typeof mapId === 'string' ? maps[mapId] : Object.values(maps)[0];
  const { errors, data, map } = checkScenarioFiles(raw, rawMap);
  if (data && map) {
    checkBanks(data, map, errors, warnings);
    checkReach(data, map, errors);
    if (data.classMinutes === undefined) warnings.push(dataError('classMinutes', 'warn_no_class_time', {}));
    const used = new Set([...data.units.map((u) => u.type), ...(data.injects ?? []).flatMap((j) => 'units' in j.effect ? j.effect.units.map((u) => u.type) : [])]);
    for (const type of Object.keys(data.unitTypes)) {
      if (!used.has(type)) warnings.push(dataError(`unitTypes.${type}`, 'warn_unused_type', {}));
    }
  }
  if (errors.length > 0) return { errors, warnings };
  const loaded = loadScenario(raw, rawMap);
  return loaded.ok ? { errors, warnings, scenario: loaded.scenario } : { errors: loaded.errors, warnings };
}

const hexOf = (h: readonly [number, number]): Hex => ({ q: h[0], r: h[1] });
const isPowerCamp = (c: string): c is Power => (POWERS as readonly string[]).includes(c);

/** A power that states its bank has every unit on it (islands are on neither bank, and allowed). */
function checkBanks(data: ScenarioData, map: GameMap, errors: DataError[], warnings: DataError[]): void {
  for (const p of POWERS) {
    if (data.banks?.[p] === undefined) warnings.push(dataError(`banks.${p}`, 'warn_no_bank', { camp: p }));
  }
  data.units.forEach((u, i) => {
    const want = isPowerCamp(u.camp) ? data.banks?.[u.camp] : undefined;
    const bank = map.bankOf(hexOf(u.hex));
    if (want === undefined || bank === undefined || bank === want) return;
    errors.push(dataError(`units[${i}].hex`, 'wrong_bank', { unit: u.id, arrives: u.arrives ?? 1, bank, camp: u.camp, want }));
  });
}

/**
 * Every objective must be reachable by some power's unit (at the start or as a reinforcement) by the
 * last turn, even unopposed: a lower bound that ignores zones of control and enemies. A unit moves
 * its movement points a turn (roads 1, terrain MOVE_COST); reaching or leaving an island takes a
 * whole turn (by boat), and so does a river hex, which only a power with engineers may bridge; a
 * river side is never crossed.
 */
function checkReach(data: ScenarioData, map: GameMap, errors: DataError[]): void {
  const best = new Map<string, { turn: number; unit: string }>();
  // Units stacked at the start share a search: the same hex, allowance and engineers reach the same hexes.
  const searches = new Map<string, Map<string, { cost: number }>>();
  for (const p of POWERS) {
    const units = data.units.filter((u) => u.camp === p && Object.hasOwn(data.unitTypes, u.type) && map.isOnMap(hexOf(u.hex)));
    const engineers = units.some((u) => data.unitTypes[u.type]!.engineer);
    for (const u of units) {
      const type = data.unitTypes[u.type]!;
      if (type.movement <= 0 || type.carBomb) continue;
      const arrives = Math.max(1, u.arrives ?? 1);
      const key = `${u.hex[0]},${u.hex[1]}|${type.movement}|${engineers}`;
      let reach = searches.get(key);
      if (!reach) searches.set(key, (reach = reachable(hexOf(u.hex), type.movement * MAX_TURNS, stepCost(map, type.movement, engineers))));
      for (const [k, r] of reach) {
        const turn = arrives + Math.max(0, Math.ceil(r.cost / type.movement) - 1);
        const had = best.get(k);
        if (!had || turn < had.turn) best.set(k, { turn, unit: u.id });
      }
    }
  }
  data.objectives.forEach((o, i) => {
    if (!map.isOnMap(hexOf(o.hex))) return;
    const b = best.get(hexKey(hexOf(o.hex)));
    if (b && b.turn <= data.turns) return;
    const at = { id: o.id, hex: `${o.hex[0]},${o.hex[1]}` };
    errors.push(b
      ? dataError(`objectives[${i}].hex`, 'objective_late', { ...at, last: data.turns, unit: b.unit, turn: b.turn })
      : dataError(`objectives[${i}].hex`, 'objective_unreachable', at));
  });
}

/** An unopposed unit's step cost, in movement points (a whole allowance for an island or a river hex). */
function stepCost(map: GameMap, mp: number, engineers: boolean): StepCost {
  return (from, to) => {
    const t = map.terrainAt(to);
    const f = map.terrainAt(from);
    if (t === undefined || map.riverBetween(from, to)) return undefined;
    if (t === 'river') return engineers ? mp : undefined;
    if (t === 'island' || f === 'island') return mp;
    return map.hasRoad(from, to) ? ROAD_COST : MOVE_COST[t];
  };
}
