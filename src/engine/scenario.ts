// Scenario and map data: their types, the checks across fields a schema cannot make, and the Scenario
// built from checked data. The schemas (zod) are in scenarioSchema.ts and the loader that runs both in
// scenarioLoad.ts, apart, so that pages that only play built-in scenarios load no zod. A bad file gives
// a list of errors, each naming the JSON path and the reason; nothing throws.
import type { z } from 'zod';
import type { Schemas } from './scenarioSchema';
import { type Hex, hexDistance, hexKey } from './hex';
import type { Doctrine } from './crisisTypes';
import type { InjectUnit, ScenarioInject } from './injectTypes';
import { type GameMap, type MapData, compileMap } from './map';
import { CAMPS, POWERS, type Camp } from './types';
import { type DataProblem, dataError } from './dataErrors';

/** The crisis settings a scenario that names none gets (unannotated: the schema, which checks it, is built from it). */
export const DEFAULT_CRISIS = {
  escalation: 10, trust: 40, contactDistance: 1, dangerRadius: 1, messagesPerTurn: 6,
  doctrine: { coalition: 'balanced' as Doctrine, russia: 'balanced' as Doctrine },
};


export type ScenarioData = z.infer<Schemas['scenarioSchema']>;
export type UnitType = z.infer<Schemas['unitType']>;
export type ScenarioStory = NonNullable<ScenarioData['story']>;
export interface Objective { id: string; name: string; hex: Hex; points: number; owner: Camp | null }

/** A loaded, checked scenario: static for a whole game. */
export interface Scenario {
  readonly id: string;
  readonly data: ScenarioData;
  readonly map: GameMap;
  readonly unitTypes: Readonly<Record<string, UnitType>>;
  readonly objectives: readonly Objective[];
  /** Objective at a hex key, for capture checks. */
  readonly objectiveAt: ReadonlyMap<string, Objective>;
  /** The injects Control can fire, in turn order, with hexes as {q, r}; empty when the scenario lists none. */
  readonly injects: readonly ScenarioInject[];
}

export interface DataError {
  path: string;
  message: string;
  /** The reason as a code and its data, for the UI to word in the player's language (dataErrors.ts). */
  problem?: DataProblem;
}
export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; errors: DataError[] };

/** Formats a JSON path as `units[3].hex[0]`. */
export function formatPath(root: string, path: readonly PropertyKey[]): string {
  let out = root;
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p)}`;
  return out || '(root)';
}

/** The files read and checked: the errors, and the parsed data and compiled map once their shapes are right. */
export interface CheckedFiles { errors: DataError[]; data?: ScenarioData; map?: GameMap }

/**
 * The cross-checks a scenario and its map need once their shapes are right (scenarioSchema.ts checks
 * those): the map compiled, and the errors, each naming its JSON path.
 */
export function crossCheck(data: ScenarioData, mapData: MapData): { errors: DataError[]; map: GameMap } {
  const errors: DataError[] = [];
  const map = compileMap(mapData);
  checkMapShape(mapData, errors);
  checkRiverSides(mapData, map, errors);
  if (data.map !== mapData.id) errors.push(dataError('map', 'map_mismatch', { wants: data.map, given: mapData.id }));
  checkScenario(data, map, errors);
  return { errors, map };
}

/** The Scenario of checked data and its compiled map. */
export function scenarioFromData(data: ScenarioData, map: GameMap): Scenario {
  const objectives = data.objectives.map((o) => ({ ...o, hex: { q: o.hex[0], r: o.hex[1] } }));
  return {
    id: data.id,
    data,
    map,
    unitTypes: data.unitTypes,
    objectives,
    objectiveAt: new Map(objectives.map((o) => [hexKey(o.hex), o])),
    // In turn order (stable), as every list of them shows them: the file's order may be any.
    injects: (data.injects ?? []).map(toInject).sort((a, b) => a.turn - b.turn),
  };
}

/**
 * A scenario from data the full validator (validation.ts: loadScenario) has already passed, as it
 * returned it: the built-in scenarios in the browser, checked when the app is built.
 */
export const trustedScenario = (data: ScenarioData, mapData: MapData): Scenario => scenarioFromData(data, compileMap(mapData));

const hexOf = (h: readonly [number, number]): Hex => ({ q: h[0], r: h[1] });
const unitsOf = (units: z.infer<Schemas['injectUnits']>): InjectUnit[] => units.map((u) => ({ ...u, hex: hexOf(u.hex) }));

function toInject(j: z.infer<Schemas['scenarioInject']>): ScenarioInject {
  const e = j.effect;
  const { effect: _effect, ...rest } = j;
  switch (e.kind) {
    case 'unattributed_strike': return { ...rest, effect: { ...e, hex: hexOf(e.hex) } };
    case 'public_warning': return { ...rest, effect: { ...e, area: { centre: hexOf(e.area.centre), radius: e.area.radius } } };
    case 'is_counterattack': return { ...rest, effect: { ...e, target: hexOf(e.target), units: unitsOf(e.units) } };
    case 'irregular_assault': return { ...rest, effect: { ...e, target: hexOf(e.target), units: unitsOf(e.units) } };
    case 'unanswered_call': return { ...rest, effect: { ...e } };
  }
}

function checkMapShape(m: MapData, errors: DataError[]): void {
  if (m.terrain.length !== m.rows) errors.push(dataError('map.terrain', 'terrain_rows', { expected: m.rows, found: m.terrain.length }));
  m.terrain.forEach((row, i) => {
    if (row.length !== m.cols) errors.push(dataError(`map.terrain[${i}]`, 'terrain_cols', { expected: m.cols, found: row.length }));
  });
}

/** A river side joins two neighbouring land hexes (not river, not island). */
function checkRiverSides(m: MapData, map: GameMap, errors: DataError[]): void {
  (m.riverSides ?? []).forEach((side, i) => {
    const [a, b] = side.map(hexOf) as [Hex, Hex];
    const land = (h: Hex): boolean => { const t = map.terrainAt(h); return t !== undefined && t !== 'river' && t !== 'island'; };
    const path = `map.riverSides[${i}]`;
    if (!land(a) || !land(b)) errors.push(dataError(path, 'river_side_land', { a: hexKey(a), b: hexKey(b) }));
    else if (hexDistance(a, b) !== 1) errors.push(dataError(path, 'river_side_apart', { a: hexKey(a), b: hexKey(b) }));
  });
}

function checkScenario(data: ScenarioData, map: GameMap, errors: DataError[]): void {
  const order = new Set(data.phaseOrder);
  if (order.size !== CAMPS.length) errors.push(dataError('phaseOrder', 'phase_order', {}));

  const onLand = (h: [number, number], path: string): void => {
    const t = map.terrainAt({ q: h[0], r: h[1] });
    if (!t) errors.push(dataError(path, 'hex_off_map', { hex: `${h[0]},${h[1]}` }));
    else if (t === 'river') errors.push(dataError(path, 'hex_river', { hex: `${h[0]},${h[1]}` }));
  };

  const objIds = new Set<string>();
  const objHexes = new Set<string>();
  data.objectives.forEach((o, i) => {
    if (objIds.has(o.id)) errors.push(dataError(`objectives[${i}].id`, 'duplicate_id', { id: o.id }));
    objIds.add(o.id);
    const k = `${o.hex[0]},${o.hex[1]}`;
    if (objHexes.has(k)) errors.push(dataError(`objectives[${i}].hex`, 'objective_there', { hex: k }));
    objHexes.add(k);
    onLand(o.hex, `objectives[${i}].hex`);
  });

  const unitIds = new Set<string>();
  const occupants = new Map<string, { camp: Camp; count: number }>();
  data.units.forEach((u, i) => {
    if (unitIds.has(u.id)) errors.push(dataError(`units[${i}].id`, 'duplicate_id', { id: u.id }));
    unitIds.add(u.id);
    const type = Object.hasOwn(data.unitTypes, u.type) ? data.unitTypes[u.type] : undefined;
    if (!type) {
      errors.push(dataError(`units[${i}].type`, 'unknown_type', { type: u.type }));
    } else if (u.strength !== undefined && u.strength > type.steps) {
      errors.push(dataError(`units[${i}].strength`, 'strength_steps', { strength: u.strength, steps: type.steps, type: u.type }));
    }
    onLand(u.hex, `units[${i}].hex`);
    if (u.arrives !== undefined && u.arrives > data.turns) {
      errors.push(dataError(`units[${i}].arrives`, 'turn_late', { turn: u.arrives, last: data.turns }));
    }
    if (u.arrives !== undefined && u.arrives > 1) return;
    const k = `${u.hex[0]},${u.hex[1]}`;
    const occ = occupants.get(k);
    if (occ && occ.camp !== u.camp) errors.push(dataError(`units[${i}].hex`, 'hex_other_camp', { hex: k, camp: occ.camp }));
    else if (occ && occ.count >= data.stackLimit) errors.push(dataError(`units[${i}].hex`, 'stack_limit', { hex: k, limit: data.stackLimit }));
    occupants.set(k, { camp: u.camp, count: (occ?.count ?? 0) + 1 });
  });
  checkInjects(data, map, unitIds, onLand, errors);
  checkStory(data, objIds, errors);
  if (data.centre && !map.isOnMap({ q: data.centre[0], r: data.centre[1] })) errors.push(dataError('centre', 'hex_off_map', { hex: `${data.centre[0]},${data.centre[1]}` }));
  const mined = new Set<string>();
  data.mines?.hexes.forEach((h, i) => {
    const k = `${h[0]},${h[1]}`;
    if (mined.has(k)) errors.push(dataError(`mines.hexes[${i}]`, 'mined_twice', { hex: k }));
    mined.add(k);
    onLand(h, `mines.hexes[${i}]`);
  });
}

/** The injects' own rules: unique ids, hexes on the map, known unit types, unit ids of their own. */
function checkInjects(
  data: ScenarioData, map: GameMap, scenarioUnitIds: ReadonlySet<string>,
  onLand: (h: [number, number], path: string) => void, errors: DataError[],
): void {
  const ids = new Set<string>();
  const unitIds = new Set<string>();
  (data.injects ?? []).forEach((j, i) => {
    const at = `injects[${i}]`;
    if (ids.has(j.id)) errors.push(dataError(`${at}.id`, 'duplicate_inject', { id: j.id }));
    ids.add(j.id);
    if (j.turn > data.turns) errors.push(dataError(`${at}.turn`, 'turn_late', { turn: j.turn, last: data.turns }));
    const onMap = (h: [number, number], path: string): void => {
      if (!map.isOnMap({ q: h[0], r: h[1] })) errors.push(dataError(path, 'hex_off_map', { hex: `${h[0]},${h[1]}` }));
    };
    const e = j.effect;
    switch (e.kind) {
      case 'unattributed_strike':
        onMap(e.hex, `${at}.effect.hex`);
        if (e.victim === e.by) errors.push(dataError(`${at}.effect.by`, 'striker_victim', {}));
        return;
      case 'public_warning': onMap(e.area.centre, `${at}.effect.area.centre`); return;
      case 'unanswered_call': return;
      case 'is_counterattack': case 'irregular_assault':
        onLand(e.target, `${at}.effect.target`);
        e.units.forEach((u, k) => {
          const up = `${at}.effect.units[${k}]`;
          if (scenarioUnitIds.has(u.id)) errors.push(dataError(`${up}.id`, 'unit_id_scenario', { id: u.id }));
          else if (unitIds.has(u.id)) errors.push(dataError(`${up}.id`, 'unit_id_inject', { id: u.id }));
          unitIds.add(u.id);
          if (!Object.hasOwn(data.unitTypes, u.type)) errors.push(dataError(`${up}.type`, 'unknown_type', { type: u.type }));
          onLand(u.hex, `${up}.hex`);
        });
    }
  });
}

/** The story's ids name real objectives, and the briefing's background stops before the start (no spoilers). */
function checkStory(data: ScenarioData, objectiveIds: ReadonlySet<string>, errors: DataError[]): void {
  const st = data.story;
  if (!st) return;
  for (const power of POWERS) {
    st.aims[power].forEach((aim, i) => {
      if (!objectiveIds.has(aim)) errors.push(dataError(`story.aims.${power}[${i}]`, 'unknown_objective', { id: aim }));
    });
  }
  st.background.forEach((b, i) => {
    if (b.date >= data.startDate) errors.push(dataError(`story.background[${i}].date`, 'background_future', { date: b.date, start: data.startDate }));
  });
  (st.history ?? []).forEach((h, i) => {
    if (h.compare.kind === 'capture' && !objectiveIds.has(h.compare.objective)) {
      errors.push(dataError(`story.history[${i}].compare.objective`, 'unknown_objective', { id: h.compare.objective }));
    }
  });
  const qids = new Set<string>();
  st.questions.forEach((q, i) => {
    if (qids.has(q.id)) errors.push(dataError(`story.questions[${i}].id`, 'duplicate_id', { id: q.id }));
    qids.add(q.id);
  });
}
