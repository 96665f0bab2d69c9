// Autosaves in localStorage: a versioned JSON envelope around the engine's GameState, in one of a
// scenario's save slots (saveSlots.ts). Loading never throws: every way a save can be bad comes back
// as a message for the start menu, and the bad save stays where it is until a new game takes its
// slot. Only the slots' own keys are ever read or written.
import { type Command, type Doctrine, type GameState, type Power, type VictoryReport, RULES_VERSION, type Scenario, hashState, parseCommand, turnDate } from '../engine';
import { formatGameDate } from '../i18n/format';
import { envelopeSchema, describeIssue, stateProblem } from './saveSchema';
import type { Difficulty } from './difficulty';

export const SAVE_FORMAT = 'deconfliction-save';
export const SAVE_VERSION = 1;
/** Saves larger than this (in characters of JSON, about bytes) are refused, on writing and reading. */
export const MAX_SAVE_BYTES = 5 * 1024 * 1024;

export interface SaveEnvelope {
  format: typeof SAVE_FORMAT;
  version: typeof SAVE_VERSION;
  scenarioId: string;
  rulesVersion: number;
  camp: Power;
  seed: string;
  /** ISO time of writing: only here, never in the engine's state. */
  savedAt: string;
  /** hashState(state) when it was saved: a damaged state shows up as a mismatch. */
  hash: string;
  state: GameState;
  /** Names of units the player has seen (the log names units after they are gone). */
  names?: Record<string, string>;
  /** The doctrine chosen for the AI opponent (optional: older saves lack it and play the scenario's). */
  opponentDoctrine?: Doctrine;
  /** The AI opponent's level (optional: older saves lack it and play at normal). */
  opponentDifficulty?: Difficulty;
  /** Every command applied since the start, the AI's too, so a continued game's replay is whole (optional: older saves lack it). */
  commands?: Command[];
}

/** What the start menu says about a good save; `result` is set when its game is over. */
export interface SaveSummary { scenario: string; camp: Power; turn: number; date: string; savedAt: string; result: VictoryReport | null }

export type LoadResult =
  | { kind: 'none' }
  | { kind: 'ok'; save: SaveEnvelope; summary: SaveSummary }
  | { kind: 'bad'; message: string };

/** The part of Storage the saves use (a fake one in the tests). */
export type SaveStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** Slot 0 is the key of the single autosave there was before slots; the others add ".1" to ".3". */
export const saveKey = (scenarioId: string, slot = 0): string => `deconfliction.save.${scenarioId}${slot === 0 ? '' : `.${slot}`}`;

export function makeSave(
  scenarioId: string, camp: Power, seed: string, state: GameState, names?: Record<string, string>, now = new Date(), opponentDoctrine?: Doctrine,
  commands?: Command[], opponentDifficulty: Difficulty = 'normal',
): SaveEnvelope {
  return {
    format: SAVE_FORMAT, version: SAVE_VERSION, scenarioId, rulesVersion: RULES_VERSION, camp, seed,
    savedAt: now.toISOString(), hash: hashState(state), state, ...(names ? { names } : {}), ...(opponentDoctrine ? { opponentDoctrine } : {}),
    ...(commands ? { commands } : {}), ...(opponentDifficulty !== 'normal' ? { opponentDifficulty } : {}),
  };
}

/** Writes a slot of the save's scenario. Never throws: a full or blocked storage gives a message. */
export function writeSave(storage: SaveStorage, save: SaveEnvelope, slot = 0): { ok: true } | { ok: false; message: string } {
  try {
    const text = JSON.stringify(save);
    if (text.length > MAX_SAVE_BYTES) return { ok: false, message: `The game was not saved: the save would be ${mb(text.length)}, more than the 5 MB limit.` };
    storage.setItem(saveKey(save.scenarioId, slot), text);
    return { ok: true };
  } catch (e) {
    return { ok: false, message: `The game was not saved: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Reads and checks the scenario's slot. Never throws, never removes anything. */
export function loadSave(storage: SaveStorage, scenario: Scenario): LoadResult {
  let text: string | null;
  try {
    text = storage.getItem(saveKey(scenario.id));
  } catch (e) {
    return { kind: 'bad', message: `Saved games cannot be read here: ${e instanceof Error ? e.message : String(e)}` };
  }
  return text === null ? { kind: 'none' } : parseSave(text, scenario);
}

const damaged = (what: string): LoadResult => ({ kind: 'bad', message: `Saved game is damaged: ${what}.` });

/** Checks a save's text against the scenario and the rules of this build. */
export function parseSave(text: string, scenario: Scenario): Exclude<LoadResult, { kind: 'none' }> {
  try {
    return check(text, scenario) as Exclude<LoadResult, { kind: 'none' }>;
  } catch (e) {
    return damaged(`it could not be checked (${e instanceof Error ? e.message : String(e)})`) as Exclude<LoadResult, { kind: 'none' }>;
  }
}

function check(text: string, scenario: Scenario): LoadResult {
  if (text.length > MAX_SAVE_BYTES) return { kind: 'bad', message: `Saved game is too large to load (${mb(text.length)}; the limit is 5 MB).` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return damaged(`it is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return damaged('it is not a JSON object');
  const obj = raw as Record<string, unknown>;
  if (obj.format !== SAVE_FORMAT) return { kind: 'bad', message: 'Saved game is not a Deconfliction save (its format field is wrong).' };
  if (obj.version !== SAVE_VERSION) {
    return { kind: 'bad', message: `Saved game has save format version ${JSON.stringify(obj.version)}; this game reads version ${SAVE_VERSION}.` };
  }
  if (obj.scenarioId !== scenario.id) {
    return { kind: 'bad', message: `Saved game belongs to another scenario (${JSON.stringify(obj.scenarioId)}, not "${scenario.id}").` };
  }
  if (obj.rulesVersion !== RULES_VERSION) {
    return { kind: 'bad', message: `Saved game was made with rules version ${JSON.stringify(obj.rulesVersion)}; this game has rules version ${RULES_VERSION} and cannot continue it.` };
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return damaged(describeIssue(raw, envelope.error.issues[0]!, ''));
  const problem = stateProblem(obj.state);
  if (problem) return damaged(problem);
  const save = raw as SaveEnvelope;
  for (const [i, c] of (save.commands ?? []).entries()) {
    const parsed = parseCommand(c);
    if (!parsed.ok) return damaged(`commands[${i}]${parsed.error.field ? `.${parsed.error.field}` : ''} is invalid (${parsed.error.message})`);
  }
  if (save.state.scenarioId !== scenario.id) return damaged(`state.scenarioId is "${save.state.scenarioId}", not "${scenario.id}"`);
  if (save.state.seed !== save.seed) return damaged('state.seed differs from the save\'s seed');
  if (hashState(save.state) !== save.hash) return damaged('the state does not match its stored hash');
  return {
    kind: 'ok', save,
    summary: { scenario: scenario.data.title, camp: save.camp, turn: save.state.turn, date: formatGameDate(turnDate(scenario, save.state.turn)), savedAt: save.savedAt, result: save.state.result },
  };
}

const mb = (chars: number): string => `${(chars / 1024 / 1024).toFixed(1)} MB`;
