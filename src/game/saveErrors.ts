// Why a saved game cannot be loaded (or written): a stable code and its data for the menu to word in the player's
// language; the English sentence stays the message.
import type { JsonFault, Refusal } from '../engine/core';

/** How a field of the save is wrong (saveSchema.ts describeIssue). */
export type FieldIssue = 'missing' | 'type' | 'value' | 'range' | 'invalid';
const FIELD_TEXT: Readonly<Record<FieldIssue, (p: { where: string; expected: string; actual: string; detail: string }) => string>> = {
  missing: (p) => `${p.where} is missing`,
  type: (p) => `${p.where} should be ${/^[aeiou]/.test(p.expected) ? 'an' : 'a'} ${p.expected}, not ${p.actual}`,
  value: (p) => `${p.where} has an unknown value ${p.actual}`,
  range: (p) => `${p.where} is out of range (${p.actual})`,
  invalid: (p) => `${p.where} is invalid (${p.detail})`,
};

/**
 * What the browser's storage said when it refused, from the DOMException's name: its message is the
 * browser's own words, in the browser's language, so the screen words the name and the console keeps
 * the message.
 */
export type StorageFault = 'quota' | 'security' | 'other';
export function storageFault(e: unknown): StorageFault {
  const name = typeof e === 'object' && e !== null && 'name' in e ? String(e.name) : '';
  // Firefox once named a full storage NS_ERROR_DOM_QUOTA_REACHED.
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'quota';
  return name === 'SecurityError' ? 'security' : 'other';
}

/** The English of each code. A code added here needs a wording (src/text/saveErrorText.ts). */
export const SAVE_TEXT = {
  cannot_read: (p: { detail: string; fault: StorageFault }) => `Saved games cannot be read here: ${p.detail}`,
  too_large: (p: { mb: string }) => `Saved game is too large to load (${p.mb}; the limit is 5 MB).`,
  unchecked: (p: { detail: string }) => `Saved game is damaged: it could not be checked (${p.detail}).`,
  not_json: (p: { detail: string; fault: JsonFault }) => `Saved game is damaged: it is not valid JSON (${p.detail}).`,
  not_object: (_: Record<never, never>) => 'Saved game is damaged: it is not a JSON object.',
  not_save: (_: Record<never, never>) => 'Saved game is not a Deconfliction save (its format field is wrong).',
  version: (p: { version: string; reads: number }) => `Saved game has save format version ${p.version}; this game reads version ${p.reads}.`,
  other_scenario: (p: { found: string; want: string }) => `Saved game belongs to another scenario (${p.found}, not "${p.want}").`,
  rules: (p: { made: string; has: number }) => `Saved game was made with rules version ${p.made}; this game has rules version ${p.has} and cannot continue it.`,
  field: (p: { issue: FieldIssue; where: string; expected: string; actual: string; detail: string }) => `Saved game is damaged: ${FIELD_TEXT[p.issue](p)}.`,
  command: (p: { path: string; detail: string; refusal?: Refusal }) => `Saved game is damaged: ${p.path} is invalid (${p.detail}).`,
  state_scenario: (p: { found: string; want: string }) => `Saved game is damaged: state.scenarioId is "${p.found}", not "${p.want}".`,
  state_seed: (_: Record<never, never>) => 'Saved game is damaged: state.seed differs from the save\'s seed.',
  hash: (_: Record<never, never>) => 'Saved game is damaged: the state does not match its stored hash.',
  not_written_size: (p: { mb: string }) => `The game was not saved: the save would be ${p.mb}, more than the 5 MB limit.`,
  not_written: (p: { detail: string; fault: StorageFault }) => `The game was not saved: ${p.detail}`,
} as const;

export type SaveCode = keyof typeof SAVE_TEXT;
export type SaveParams<C extends SaveCode> = Parameters<(typeof SAVE_TEXT)[C]>[0];
export type SaveProblem = { [C in SaveCode]: { code: C; params: SaveParams<C> } }[SaveCode];

export function badSave<C extends SaveCode>(code: C, params: SaveParams<C>): { kind: 'bad'; message: string; problem: SaveProblem } {
  return { kind: 'bad', message: (SAVE_TEXT[code] as (p: SaveParams<C>) => string)(params), problem: { code, params } as SaveProblem };
}

/** A storage that threw on reading or writing: the problem, with the browser's detail also in the console. */
export function storageProblem(code: 'cannot_read' | 'not_written', e: unknown): ReturnType<typeof badSave> {
  const bad = badSave(code, { detail: e instanceof Error ? e.message : String(e), fault: storageFault(e) });
  console.warn(bad.message, e);
  return bad;
}
