// The structural check of a saved GameState: the top-level fields and their types, every unit and
// reinforcement, the crisis record's top level. It says what is wrong and where ("state.units[3].hex
// is missing"); deeper consistency is left to the hash stored beside the state.
import { z } from 'zod';
import { CAMPS, DOCTRINES, POWERS } from '../engine';
import { DIFFICULTIES } from './difficulty';
import type { SaveParams } from './saveErrors';

const camp = z.enum(CAMPS);
const power = z.enum(POWERS);
const int = z.number().int();
const hex = z.object({ q: int, r: int });
const perCamp = z.object({ coalition: int, russia: int, is: int });
const record = z.record(z.string(), z.unknown());

export const unitSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  camp,
  type: z.string().min(1),
  hex,
  strength: int.min(1),
  greatPower: z.boolean(),
  mp: z.number().min(0),
  acted: z.boolean(),
});

const crisisSchema = z.object({
  escalation: z.object({
    points: z.number(),
    peak: z.number(),
    raisedThisTurn: z.boolean(),
    last: record.nullable(),
  }),
  trust: z.number(),
  incidents: z.array(record),
  messages: z.array(record),
  agreements: z.array(record),
  sentThisTurn: z.object({ coalition: int, russia: int }),
  serial: z.object({ message: int, incident: int, agreement: int }),
});

export const gameStateSchema = z.object({
  scenarioId: z.string(),
  seed: z.string(),
  turn: int.min(1),
  phase: camp,
  status: z.enum(['playing', 'over']),
  units: z.array(unitSchema),
  reinforcements: z.array(z.object({ turn: int, unit: unitSchema })),
  control: z.record(z.string(), camp.nullable()),
  pontoons: z.array(z.string()),
  mines: z.object({ hidden: z.array(z.string()), known: z.array(z.string()), stock: int.min(0) }),
  sortiesLeft: perCamp,
  rng: z.object({ c: z.number(), s0: z.number(), s1: z.number(), s2: z.number() }),
  rngDraws: int.min(0),
  result: record.nullable(),
  crisis: crisisSchema,
});

export const envelopeSchema = z.object({
  format: z.literal('deconfliction-save'),
  version: z.literal(1),
  scenarioId: z.string(),
  rulesVersion: z.number(),
  camp: power,
  seed: z.string(),
  savedAt: z.string(),
  hash: z.string(),
  state: z.unknown(),
  names: z.record(z.string(), z.string()).optional(),
  /** The AI opponent's doctrine; absent in saves made before the menu offered it (the scenario's then). */
  opponentDoctrine: z.enum(DOCTRINES).optional(),
  /** The AI opponent's level; absent in saves made before the menu offered it, and at normal. */
  opponentDifficulty: z.enum(DIFFICULTIES).optional(),
  /** Every command applied so far (the replay's record); absent in older saves. Each is checked in saves.ts. */
  commands: z.array(z.unknown()).optional(),
});

/** "units[3].hex" from a path of keys and indices. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p)}`;
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** What is wrong with `value` as a GameState, or null if its structure is sound. */
export function stateProblem(value: unknown, prefix = 'state'): FieldProblem | null {
  const parsed = gameStateSchema.safeParse(value);
  if (parsed.success) return null;
  return describeIssue(value, parsed.error.issues[0]!, prefix);
}

/** Where a save's field is wrong and how, as data (saveErrors.ts words it). */
export type FieldProblem = SaveParams<'field'>;

export function describeIssue(root: unknown, issue: z.core.$ZodIssue, prefix: string): FieldProblem {
  const rel = formatIssuePath(issue.path);
  const where = !prefix ? rel || 'the save' : !rel ? prefix : `${prefix}${rel.startsWith('[') ? '' : '.'}${rel}`;
  const actual = valueAt(root, issue.path);
  const base = { where, expected: '', actual: '', detail: '' };
  if (actual === undefined) return { ...base, issue: 'missing' };
  switch (issue.code) {
    case 'invalid_type': return { ...base, issue: 'type', expected: issue.expected, actual: kindOf(actual) };
    case 'invalid_value': return { ...base, issue: 'value', actual: JSON.stringify(actual) };
    case 'too_small': case 'too_big': return { ...base, issue: 'range', actual: JSON.stringify(actual) };
    default: return { ...base, issue: 'invalid', detail: issue.message };
  }
}

const kindOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'an array' : `${/^[aeiou]/.test(typeof v) ? 'an' : 'a'} ${typeof v}`);
