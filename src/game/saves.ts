// Autosaves in localStorage: a versioned JSON envelope around the engine's GameState, in one of a
// scenario's save slots (saveSlots.ts). Loading never throws: every way a save can be bad comes back
// as a message for the start menu, and the bad save stays where it is until a new game takes its
// slot. Only the slots' own keys are ever read or written. Reading checks with zod (saveSchema.ts);
// writing (saveWrite.ts) does not, so the game page loads zod only once there are saves to read.
import { RULES_VERSION, type Scenario, hashState, parseCommand, turnDate } from '../engine';
import { formatGameDate } from '../i18n/format';
import { envelopeSchema, describeIssue, stateProblem } from './saveSchema';
import { type LoadResult, MAX_SAVE_BYTES, SAVE_FORMAT, SAVE_VERSION, type SaveEnvelope, type SaveStorage, mb, saveKey } from './saveWrite';

export {
  MAX_SAVE_BYTES, SAVE_FORMAT, SAVE_VERSION, type LoadResult, type SaveEnvelope, type SaveStorage, type SaveSummary, makeSave, saveKey, writeSave,
} from './saveWrite';

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

