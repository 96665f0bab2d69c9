// The scenario and map files' schemas (zod): shapes, ranges and defaults. Only the loaders of data from
// outside import this (scenarioLoad.ts, through validation.ts); the browser's built-in scenarios were
// checked by it when the app was built.
import { z } from 'zod';
import { DOCTRINES } from './crisisTypes';
import { TERRAIN_CODES, type MapData } from './map';
import { type DataError, DEFAULT_CRISIS, type ScenarioData, formatPath } from './scenario';
import { CAMPS, POWERS } from './types';
import { DATA_TEXT, shapeProblem } from './dataErrors';

const MAX_ID = 64;

/**
 * The data files' schemas, built on first use: building them all as the engine module loads was most
 * of its evaluation, a long task on a slow machine for pages that never load a data file (the review).
 */
export function buildSchemas() {
  const id = z.string().min(1).max(MAX_ID).regex(/^[A-Za-z0-9_.-]+$/, DATA_TEXT.shape_id_chars({}));
  const axial = z.tuple([z.number().int(), z.number().int()]);
  const camp = z.enum(CAMPS);

  const mapSchema = z.strictObject({
    id,
    name: z.string().min(1),
    hexSizeKm: z.number().positive(),
    projection: z.string().min(1),
    cols: z.number().int().min(1).max(200),
    rows: z.number().int().min(1).max(200),
    terrain: z.array(z.string().regex(new RegExp(`^[${Object.keys(TERRAIN_CODES).join('')}]*$`), DATA_TEXT.shape_terrain_code({}))),
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

  const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, DATA_TEXT.shape_iso_date({}));
  const text = z.string().trim().min(1);
  const byPower = z.strictObject({ coalition: z.array(text).min(1), russia: z.array(text).min(1) });

  /**
   * The scenario's own words: each camp's situation and aims, the background the briefing packs give
   * (only what happened before the start: history goes to the debrief), "what really happened" and
   * the review's questions. See docs/scenarios/README.md.
   */
  const story = z.strictObject({
    situation: byPower,
    aims: z.strictObject({ coalition: z.array(id), russia: z.array(id) }),
    background: z.array(z.strictObject({ date: isoDate, label: text, text })).min(1),
    backgroundSources: text,
    history: z.array(z.strictObject({
      topic: text, date: isoDate, text, sources: text,
      /** The game's side of the line: who first took this objective, or the incidents, the talks, a clash. */
      compare: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('capture'), objective: id }),
        z.strictObject({ kind: z.enum(['incidents', 'talks', 'clash']) }),
      ]),
    })).min(1).optional(),
    questions: z.array(z.strictObject({ id, text })).min(1),
    sources: text,
  });

  const scenarioSchema = z.strictObject({
    id,
    title: z.string().min(1),
    summary: z.string(),
    /** The hex the map opens on; without it, the map's first city. */
    centre: axial.optional(),
    map: id,
    startDate: isoDate,
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
    story: story.optional(),
    /** Intended class time in minutes, for the menu and the teacher (metadata: no rule reads it). */
    classMinutes: z.number().int().min(5).max(600).optional(),
    /** Each power's starting bank: the validator refuses a unit of that power on the other (metadata: no rule reads it). */
    banks: z.strictObject({ coalition: z.enum(['E', 'W']).optional(), russia: z.enum(['E', 'W']).optional() }).optional(),
  });
  return { mapSchema, scenarioSchema, unitType, crisisData, injectUnits, scenarioInject };
}

export type Schemas = ReturnType<typeof buildSchemas>;
let schemas: Schemas | undefined;
const schemasNow = (): Schemas => (schemas ??= buildSchemas());

function zodErrors(root: string, error: z.ZodError): DataError[] {
  return error.issues.map((i) => ({ path: formatPath(root, i.path), message: i.message, problem: shapeProblem(i) }));
}

/** The shapes of a scenario file and its map file: their errors, or the parsed data (defaults filled in, text trimmed). */
export function parseScenarioFiles(rawScenario: unknown, rawMap: unknown): { errors: DataError[]; data?: ScenarioData; mapData?: MapData } {
  const { mapSchema, scenarioSchema } = schemasNow();
  const mapParsed = mapSchema.safeParse(rawMap);
  const scenParsed = scenarioSchema.safeParse(rawScenario);
  const errors: DataError[] = [];
  if (!mapParsed.success) errors.push(...zodErrors('map', mapParsed.error));
  if (!scenParsed.success) errors.push(...zodErrors('', scenParsed.error));
  if (!mapParsed.success || !scenParsed.success) return { errors };
  return { errors, data: scenParsed.data, mapData: mapParsed.data };
}
