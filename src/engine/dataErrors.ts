// A scenario file's errors and warnings: a stable code and its data for the UI to word in the player's
// language; the English sentence stays the error's message (npm run scenario -- validate). The JSON
// path is the file's, in every language.
import type { z } from 'zod';
import type { JsonFault } from './jsonFault';
import type { DataError } from './scenario';

/**
 * Why the browser could not read a chosen file, from its DOMException's name (src/ui/fileRead.ts):
 * gone (NotFoundError: moved or deleted since it was chosen), denied (NotReadableError: permissions,
 * or changed since), forbidden (SecurityError), other.
 */
export type FileFault = 'gone' | 'denied' | 'forbidden' | 'other';

type None = Record<never, never>;
type Hex = { hex: string };
type Turns = { turn: number; last: number };

/** The English of each code. A code added here needs a wording (src/text/dataErrorText.ts). */
export const DATA_TEXT = {
  // Shapes (the schema's checks): the message is the schema library's own English.
  shape_type: (p: { expected: string }) => `Invalid input: expected ${p.expected}`,
  shape_min_number: (p: { limit: number; inclusive: boolean }) => `Too small: expected number to be ${p.inclusive ? '>=' : '>'}${p.limit}`,
  shape_max_number: (p: { limit: number; inclusive: boolean }) => `Too big: expected number to be ${p.inclusive ? '<=' : '<'}${p.limit}`,
  shape_min_items: (p: { limit: number }) => `Too small: expected array to have >=${p.limit} items`,
  shape_max_items: (p: { limit: number }) => `Too big: expected array to have <=${p.limit} items`,
  shape_min_chars: (p: { limit: number }) => `Too small: expected string to have >=${p.limit} characters`,
  shape_max_chars: (p: { limit: number }) => `Too big: expected string to have <=${p.limit} characters`,
  shape_value: (p: { values: string }) => `Invalid option: expected one of ${p.values}`,
  shape_keys: (p: { keys: string }) => `Unrecognized key(s): ${p.keys}`,
  shape_union: (_: None) => 'Invalid input',
  shape_format: (_: None) => 'Invalid string: must match the expected pattern',
  shape_id_chars: (_: None) => 'use letters, digits, _ . or -',
  shape_terrain_code: (_: None) => 'unknown terrain code',
  shape_iso_date: (_: None) => 'expected YYYY-MM-DD',
  shape_other: (_: None) => 'Invalid input',
  // The file itself.
  file_too_big: (p: { kb: number; limit: number }) => `the file is ${p.kb} KB, more than the ${p.limit} KB limit`,
  /** `detail` is the parser's English; `fault` where it went wrong, for other languages. */
  file_not_json: (p: { detail: string; fault: JsonFault }) => `not valid JSON: ${p.detail}`,
  /** `detail` is the browser's own words (its language, not the page's); `fault` their kind, for the screen. */
  file_unreadable: (p: { detail: string; fault: FileFault }) => `the file cannot be read: ${p.detail}`,
  builtin_id: (p: { id: string }) => `"${p.id}" is a built-in scenario's id: give your scenario an id of its own`,
  not_object: (_: None) => 'a scenario must be a JSON object',
  unknown_map: (p: { map: string; known: readonly string[] }) => `unknown map "${p.map}"; known maps: ${p.known.join(', ')}`,
  // Cross-checks (scenario.ts).
  map_mismatch: (p: { wants: string; given: string }) => `scenario wants map "${p.wants}" but was given "${p.given}"`,
  terrain_rows: (p: { expected: number; found: number }) => `expected ${p.expected} rows, found ${p.found}`,
  terrain_cols: (p: { expected: number; found: number }) => `expected ${p.expected} columns, found ${p.found}`,
  river_side_land: (p: { a: string; b: string }) => `${p.a} and ${p.b} must both be land hexes on the map`,
  river_side_apart: (p: { a: string; b: string }) => `${p.a} and ${p.b} are not neighbours`,
  phase_order: (_: None) => 'must name each camp exactly once',
  hex_off_map: (p: Hex) => `hex ${p.hex} is off the map`,
  hex_river: (p: Hex) => `hex ${p.hex} is river`,
  duplicate_id: (p: { id: string }) => `duplicate id "${p.id}"`,
  duplicate_inject: (p: { id: string }) => `duplicate inject id "${p.id}"`,
  objective_there: (p: Hex) => `another objective is already at ${p.hex}`,
  unknown_type: (p: { type: string }) => `unknown unit type "${p.type}"`,
  strength_steps: (p: { strength: number; steps: number; type: string }) => `${p.strength} exceeds the ${p.steps} steps of ${p.type}`,
  turn_late: (p: Turns) => `turn ${p.turn} is after the last turn (${p.last})`,
  hex_other_camp: (p: Hex & { camp: string }) => `${p.hex} already holds a ${p.camp} unit`,
  stack_limit: (p: Hex & { limit: number }) => `${p.hex} exceeds the stack limit of ${p.limit}`,
  mined_twice: (p: Hex) => `${p.hex} is already mined`,
  striker_victim: (_: None) => 'the striker must be the other power, not the victim',
  unit_id_scenario: (p: { id: string }) => `unit id "${p.id}" is already a scenario unit's`,
  unit_id_inject: (p: { id: string }) => `unit id "${p.id}" is already brought by another inject`,
  unknown_objective: (p: { id: string }) => `no objective has the id "${p.id}"`,
  background_future: (p: { date: string; start: string }) => `${p.date} is not before the start (${p.start}): the briefing must not tell the future`,
  // The validator's checks for a playable scenario (scenarioCheck.ts).
  wrong_bank: (p: { unit: string; arrives: number; bank: 'E' | 'W'; camp: string; want: 'E' | 'W' }) =>
    `${p.unit} ${p.arrives > 1 ? `arrives on turn ${p.arrives} on` : 'starts on'} the ${bankName(p.bank)} bank, but ${p.camp}'s bank (banks.${p.camp}) is the ${bankName(p.want)}`,
  objective_late: (p: { id: string; hex: string; last: number; unit: string; turn: number }) =>
    `${p.id} at ${p.hex} is unreachable by the last turn (${p.last}): the nearest power unit, ${p.unit}, could not get there before turn ${p.turn} even unopposed`,
  objective_unreachable: (p: { id: string; hex: string }) =>
    `${p.id} at ${p.hex} is unreachable: no coalition or russia unit can get there (the river needs engineers; a river side is never crossed)`,
  warn_no_bank: (p: { camp: string }) => `no starting bank for ${p.camp}: its units' banks are not checked`,
  warn_no_class_time: (_: None) => 'no intended class time: the menu shows none',
  warn_unused_type: (_: None) => 'no unit or inject uses this type',
} as const;

function bankName(b: 'E' | 'W'): string { return b === 'E' ? 'east' : 'west'; }

export type DataCode = keyof typeof DATA_TEXT;
export type DataParams<C extends DataCode> = Parameters<(typeof DATA_TEXT)[C]>[0];
/** A data error's code and data, for wording it in another language. */
export type DataProblem = { [C in DataCode]: { code: C; params: DataParams<C> } }[DataCode];

/** An error at `path` whose message is the code's English. */
export function dataError<C extends DataCode>(path: string, code: C, params: DataParams<C>): DataError {
  const message = (DATA_TEXT[code] as (p: DataParams<C>) => string)(params);
  return { path, message, problem: { code, params } as DataProblem };
}

/** The refinements' messages, by the code the UI words them with. */
const FORMAT_CODES: Readonly<Record<string, DataCode>> = {
  [DATA_TEXT.shape_id_chars({})]: 'shape_id_chars', [DATA_TEXT.shape_terrain_code({})]: 'shape_terrain_code', [DATA_TEXT.shape_iso_date({})]: 'shape_iso_date',
};

/** A schema issue's code and data: the English stays the schema library's message. */
export function shapeProblem(i: z.core.$ZodIssue): DataProblem {
  const list = (xs: readonly unknown[]): string => xs.map((x) => JSON.stringify(x)).join('|');
  switch (i.code) {
    case 'invalid_type': return { code: 'shape_type', params: { expected: i.expected } };
    case 'too_small': case 'too_big': {
      const limit = Number(i.code === 'too_small' ? i.minimum : i.maximum);
      const small = i.code === 'too_small';
      if (i.origin === 'array' || i.origin === 'set') return { code: small ? 'shape_min_items' : 'shape_max_items', params: { limit } };
      if (i.origin === 'string') return { code: small ? 'shape_min_chars' : 'shape_max_chars', params: { limit } };
      return { code: small ? 'shape_min_number' : 'shape_max_number', params: { limit, inclusive: i.inclusive !== false } };
    }
    case 'invalid_value': return { code: 'shape_value', params: { values: list(i.values) } };
    case 'unrecognized_keys': return { code: 'shape_keys', params: { keys: list(i.keys) } };
    case 'invalid_union': return { code: 'shape_union', params: {} };
    case 'invalid_format': return { code: Object.hasOwn(FORMAT_CODES, i.message) ? FORMAT_CODES[i.message]! : 'shape_format', params: {} } as DataProblem;
    default: return { code: 'shape_other', params: {} };
  }
}
