// Scenario and map data files: their schema, and loading them into a checked Scenario. A bad file
// gives a list of errors, each naming the JSON path and the reason; nothing throws.
import { z } from 'zod';
import { type Hex, hexDistance, hexKey } from './hex';
import { DOCTRINES, type Doctrine } from './crisisTypes';
import type { InjectUnit, ScenarioInject } from './injectTypes';
import { type GameMap, type MapData, TERRAIN_CODES, compileMap } from './map';
import { CAMPS, POWERS, type Camp } from './types';

const MAX_ID = 64;

/** The crisis settings a scenario that names none gets (unannotated: the schema, which checks it, is built from it). */
export const DEFAULT_CRISIS = {
  escalation: 10, trust: 40, contactDistance: 1, dangerRadius: 1, messagesPerTurn: 6,
  doctrine: { coalition: 'balanced' as Doctrine, russia: 'balanced' as Doctrine },
};

/**
 * The data files' schemas, built on first use: building them all as the engine module loads was most
 * of its evaluation, a long task on a slow machine for pages that never load a data file (the review).
 */
function buildSchemas() {
  const id = z.string().min(1).max(MAX_ID).regex(/^[A-Za-z0-9_.-]+$/, 'use letters, digits, _ . or -');
  const axial = z.tuple([z.number().int(), z.number().int()]);
  const camp = z.enum(CAMPS);

  const mapSchema = z.strictObject({
    id,
    name: z.string().min(1),
    hexSizeKm: z.number().positive(),
    projection: z.string().min(1),
    cols: z.number().int().min(1).max(200),
    rows: z.number().int().min(1).max(200),
    terrain: z.array(z.string().regex(new RegExp(`^[${Object.keys(TERRAIN_CODES).join('')}]*$`), 'unknown terrain code')),
    roads: z.array(z.strictObject({ name: z.string(), hexes: z.array(axial).min(2) })),
    bridges: z.array(z.strictObject({ name: z.string(), hex: axial, state: z.enum(['destroyed', 'intact']) })),
    khabur: z.array(axial),
    riverSides: z.array(z.tuple([axial, axial])).optional(),
    places: z.array(z.strictObject({
      name: z.string().min(1), kind: z.string(), hex: axial, lat: z.number(), lon: z.number(),
      bank: z.enum(['W', 'E', '-']), source: z.string(),
    })),
    offMap: z.array(z.strictObject({ name: z.string(), kind: z.string(), lat: z.number(), lon: z.number(), edgeHex: axial })),
    credits: z.array(z.string()),
  });

  const unitType = z.strictObject({
    name: z.string().min(1),
    /** APP-6 / MIL-STD-2525 symbol identification code, for drawing. */
    sidc: z.string().min(10).max(30),
    movement: z.number().int().min(0).max(40),
    attack: z.number().int().min(0).max(40),
    defence: z.number().int().min(1).max(40),
    range: z.number().int().min(1).max(10),
    sight: z.number().int().min(1).max(10),
    steps: z.number().int().min(1).max(10),
    greatPower: z.boolean().default(false),
    engineer: z.boolean().default(false),
    /** A car bomb (VBIED): its assault expends it, and it never takes an objective. */
    carBomb: z.boolean().default(false),
  });

  const campData = z.strictObject({
    name: z.string().min(1),
    sortiesPerTurn: z.number().int().min(0).max(20),
    airAttack: z.number().int().min(0).max(40),
  });

  const doctrine = z.enum(DOCTRINES);

  /** The crisis settings: where escalation and trust start, what counts as contact, the line's capacity. */
  const crisisData = z.strictObject({
    escalation: z.number().int().min(0).max(99),
    trust: z.number().int().min(0).max(100),
    /** Units of the two powers this many hexes apart or closer at the end of a turn are in contact. */
    contactDistance: z.number().int().min(1).max(5),
    /** A strike this many hexes or closer to the other power's units risks hitting them. */
    dangerRadius: z.number().int().min(0).max(3),
    /** Hotline messages each power may send per turn. */
    messagesPerTurn: z.number().int().min(1).max(30),
    /** The reply doctrine of each power when the AI answers for it. */
    doctrine: z.strictObject({ coalition: doctrine, russia: doctrine }),
  });

  const power = z.enum(POWERS);
  const injectUnit = z.strictObject({ id, name: z.string().min(1), type: id, hex: axial });
  const injectUnits = z.array(injectUnit).min(1).max(6);

  /** What a scenario inject does (src/engine/injectTypes.ts), with hexes as [q, r] like the rest of the file. */
  const injectEffect = z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('unattributed_strike'), victim: power, by: power, hex: axial }),
    z.strictObject({ kind: z.literal('public_warning'), by: power, area: z.strictObject({ centre: axial, radius: z.number().int().min(0).max(3) }) }),
    z.strictObject({ kind: z.literal('is_counterattack'), target: axial, units: injectUnits }),
    z.strictObject({ kind: z.literal('irregular_assault'), sponsor: power, target: axial, units: injectUnits }),
    z.strictObject({ kind: z.literal('unanswered_call'), power, turns: z.number().int().min(1).max(6) }),
  ]);

  /** An inject the facilitator can fire (see docs/escalation.md, "Injects"). */
  const scenarioInject = z.strictObject({
    id,
    title: z.string().trim().min(1).max(80),
    turn: z.number().int().min(1).max(200),
    text: z.string().trim().min(1).max(500),
    history: z.string().trim().min(1),
    effect: injectEffect,
  });

  const scenarioSchema = z.strictObject({
    id,
    title: z.string().min(1),
    summary: z.string(),
    map: id,
    startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'),
    daysPerTurn: z.number().int().min(1).max(7),
    turns: z.number().int().min(1).max(200),
    phaseOrder: z.array(camp).length(3),
    stackLimit: z.number().int().min(1).max(5),
    crisis: crisisData.default(DEFAULT_CRISIS),
    camps: z.strictObject({ coalition: campData, russia: campData, is: campData }),
    unitTypes: z.record(id, unitType),
    objectives: z.array(z.strictObject({
      id, name: z.string().min(1), hex: axial, points: z.number().int().min(0).max(100), owner: camp.nullable(),
    })).min(1),
    units: z.array(z.strictObject({
      id, name: z.string().min(1), camp, type: id, hex: axial,
      strength: z.number().int().min(1).optional(),
      greatPower: z.boolean().optional(),
      arrives: z.number().int().min(1).optional(),
    })).min(1),
    injects: z.array(scenarioInject).optional(),
    /** IS minefields at the start (hidden from the powers) and how many more IS may lay. */
    mines: z.strictObject({ hexes: z.array(axial).max(100), stock: z.number().int().min(0).max(50) }).optional(),
    /** Intended class time in minutes, for the menu and the teacher (metadata: no rule reads it). */
    classMinutes: z.number().int().min(5).max(600).optional(),
    /** Each power's starting bank: the validator refuses a unit of that power on the other (metadata: no rule reads it). */
    banks: z.strictObject({ coalition: z.enum(['E', 'W']).optional(), russia: z.enum(['E', 'W']).optional() }).optional(),
  });
  return { mapSchema, scenarioSchema, unitType, crisisData, injectUnits, scenarioInject };
}

type Schemas = ReturnType<typeof buildSchemas>;
let schemas: Schemas | undefined;
const schemasNow = (): Schemas => (schemas ??= buildSchemas());

export type ScenarioData = z.infer<Schemas['scenarioSchema']>;
export type UnitType = z.infer<Schemas['unitType']>;
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

export interface DataError { path: string; message: string }
export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; errors: DataError[] };

/** Formats a JSON path as `units[3].hex[0]`. */
export function formatPath(root: string, path: readonly PropertyKey[]): string {
  let out = root;
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p)}`;
  return out || '(root)';
}

function zodErrors(root: string, error: z.ZodError): DataError[] {
  return error.issues.map((i) => ({ path: formatPath(root, i.path), message: i.message }));
}

/** The files read and checked: the errors, and the parsed data and compiled map once their shapes are right. */
export interface CheckedFiles { errors: DataError[]; data?: ScenarioData; map?: GameMap }

/** Checks a scenario and its map: shape (zod), then the cross-checks; the data and map come back once the shapes pass. */
export function checkScenarioFiles(rawScenario: unknown, rawMap: unknown): CheckedFiles {
  const { mapSchema, scenarioSchema } = schemasNow();
  const mapParsed = mapSchema.safeParse(rawMap);
  const scenParsed = scenarioSchema.safeParse(rawScenario);
  const errors: DataError[] = [];
  if (!mapParsed.success) errors.push(...zodErrors('map', mapParsed.error));
  if (!scenParsed.success) errors.push(...zodErrors('', scenParsed.error));
  if (!mapParsed.success || !scenParsed.success) return { errors };

  const data = scenParsed.data;
  const mapData: MapData = mapParsed.data;
  const map = compileMap(mapData);
  checkMapShape(mapData, errors);
  checkRiverSides(mapData, map, errors);
  if (data.map !== mapData.id) errors.push({ path: 'map', message: `scenario wants map "${data.map}" but was given "${mapData.id}"` });
  checkScenario(data, map, errors);
  return { errors, data, map };
}

export function loadScenario(rawScenario: unknown, rawMap: unknown): LoadResult {
  const { errors, data, map } = checkScenarioFiles(rawScenario, rawMap);
  if (errors.length > 0 || !data || !map) return { ok: false, errors };

  const objectives = data.objectives.map((o) => ({ ...o, hex: { q: o.hex[0], r: o.hex[1] } }));
  return {
    ok: true,
    scenario: {
      id: data.id,
      data,
      map,
      unitTypes: data.unitTypes,
      objectives,
      objectiveAt: new Map(objectives.map((o) => [hexKey(o.hex), o])),
      // In turn order (stable), as every list of them shows them: the file's order may be any.
      injects: (data.injects ?? []).map(toInject).sort((a, b) => a.turn - b.turn),
    },
  };
}

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
  if (m.terrain.length !== m.rows) errors.push({ path: 'map.terrain', message: `expected ${m.rows} rows, found ${m.terrain.length}` });
  m.terrain.forEach((row, i) => {
    if (row.length !== m.cols) errors.push({ path: `map.terrain[${i}]`, message: `expected ${m.cols} columns, found ${row.length}` });
  });
}

/** A river side joins two neighbouring land hexes (not river, not island). */
function checkRiverSides(m: MapData, map: GameMap, errors: DataError[]): void {
  (m.riverSides ?? []).forEach((side, i) => {
    const [a, b] = side.map(hexOf) as [Hex, Hex];
    const land = (h: Hex): boolean => { const t = map.terrainAt(h); return t !== undefined && t !== 'river' && t !== 'island'; };
    const path = `map.riverSides[${i}]`;
    if (!land(a) || !land(b)) errors.push({ path, message: `${hexKey(a)} and ${hexKey(b)} must both be land hexes on the map` });
    else if (hexDistance(a, b) !== 1) errors.push({ path, message: `${hexKey(a)} and ${hexKey(b)} are not neighbours` });
  });
}

function checkScenario(data: ScenarioData, map: GameMap, errors: DataError[]): void {
  const order = new Set(data.phaseOrder);
  if (order.size !== CAMPS.length) errors.push({ path: 'phaseOrder', message: 'must name each camp exactly once' });

  const onLand = (h: [number, number], path: string): void => {
    const t = map.terrainAt({ q: h[0], r: h[1] });
    if (!t) errors.push({ path, message: `hex ${h[0]},${h[1]} is off the map` });
    else if (t === 'river') errors.push({ path, message: `hex ${h[0]},${h[1]} is river` });
  };

  const objIds = new Set<string>();
  const objHexes = new Set<string>();
  data.objectives.forEach((o, i) => {
    if (objIds.has(o.id)) errors.push({ path: `objectives[${i}].id`, message: `duplicate id "${o.id}"` });
    objIds.add(o.id);
    const k = `${o.hex[0]},${o.hex[1]}`;
    if (objHexes.has(k)) errors.push({ path: `objectives[${i}].hex`, message: `another objective is already at ${k}` });
    objHexes.add(k);
    onLand(o.hex, `objectives[${i}].hex`);
  });

  const unitIds = new Set<string>();
  const occupants = new Map<string, { camp: Camp; count: number }>();
  data.units.forEach((u, i) => {
    if (unitIds.has(u.id)) errors.push({ path: `units[${i}].id`, message: `duplicate id "${u.id}"` });
    unitIds.add(u.id);
    const type = Object.hasOwn(data.unitTypes, u.type) ? data.unitTypes[u.type] : undefined;
    if (!type) {
      errors.push({ path: `units[${i}].type`, message: `unknown unit type "${u.type}"` });
    } else if (u.strength !== undefined && u.strength > type.steps) {
      errors.push({ path: `units[${i}].strength`, message: `${u.strength} exceeds the ${type.steps} steps of ${u.type}` });
    }
    onLand(u.hex, `units[${i}].hex`);
    if (u.arrives !== undefined && u.arrives > data.turns) {
      errors.push({ path: `units[${i}].arrives`, message: `turn ${u.arrives} is after the last turn (${data.turns})` });
    }
    if (u.arrives !== undefined && u.arrives > 1) return;
    const k = `${u.hex[0]},${u.hex[1]}`;
    const occ = occupants.get(k);
    if (occ && occ.camp !== u.camp) errors.push({ path: `units[${i}].hex`, message: `${k} already holds a ${occ.camp} unit` });
    else if (occ && occ.count >= data.stackLimit) errors.push({ path: `units[${i}].hex`, message: `${k} exceeds the stack limit of ${data.stackLimit}` });
    occupants.set(k, { camp: u.camp, count: (occ?.count ?? 0) + 1 });
  });
  checkInjects(data, map, unitIds, onLand, errors);
  const mined = new Set<string>();
  data.mines?.hexes.forEach((h, i) => {
    const k = `${h[0]},${h[1]}`;
    if (mined.has(k)) errors.push({ path: `mines.hexes[${i}]`, message: `${k} is already mined` });
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
    if (ids.has(j.id)) errors.push({ path: `${at}.id`, message: `duplicate inject id "${j.id}"` });
    ids.add(j.id);
    if (j.turn > data.turns) errors.push({ path: `${at}.turn`, message: `turn ${j.turn} is after the last turn (${data.turns})` });
    const onMap = (h: [number, number], path: string): void => {
      if (!map.isOnMap({ q: h[0], r: h[1] })) errors.push({ path, message: `hex ${h[0]},${h[1]} is off the map` });
    };
    const e = j.effect;
    switch (e.kind) {
      case 'unattributed_strike':
        onMap(e.hex, `${at}.effect.hex`);
        if (e.victim === e.by) errors.push({ path: `${at}.effect.by`, message: 'the striker must be the other power, not the victim' });
        return;
      case 'public_warning': onMap(e.area.centre, `${at}.effect.area.centre`); return;
      case 'unanswered_call': return;
      case 'is_counterattack': case 'irregular_assault':
        onLand(e.target, `${at}.effect.target`);
        e.units.forEach((u, k) => {
          const up = `${at}.effect.units[${k}]`;
          if (scenarioUnitIds.has(u.id)) errors.push({ path: `${up}.id`, message: `unit id "${u.id}" is already a scenario unit's` });
          else if (unitIds.has(u.id)) errors.push({ path: `${up}.id`, message: `unit id "${u.id}" is already brought by another inject` });
          unitIds.add(u.id);
          if (!Object.hasOwn(data.unitTypes, u.type)) errors.push({ path: `${up}.type`, message: `unknown unit type "${u.type}"` });
          onLand(u.hex, `${up}.hex`);
        });
    }
  });
}
