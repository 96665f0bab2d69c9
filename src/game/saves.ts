// Autosaves in localStorage: a versioned JSON envelope around the engine's GameState, in one of a
// scenario's save slots (saveSlots.ts). Loading never throws: every way a save can be bad comes back
// as a message for the start menu, and the bad save stays where it is until a new game takes its
// slot. Only the slots' own keys are ever read or written. Reading checks with zod (saveSchema.ts);
// writing (saveWrite.ts) does not, so the game page loads zod only once there are saves to read.
import { RULES_VERSION, type Scenario, hashState, jsonFault, parseCommand, turnDate } from '../engine';
import { formatGameDate } from '../i18n/format';
import { envelopeSchema, describeIssue, stateProblem } from './saveSchema';
import { badSave, storageProblem } from './saveErrors';
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
    return storageProblem('cannot_read', e);
  }
  return text === null ? { kind: 'none' } : parseSave(text, scenario);
}

/** Checks a save's text against the scenario and the rules of this build. */
export function parseSave(text: string, scenario: Scenario): Exclude<LoadResult, { kind: 'none' }> {
  try {
    return check(text, scenario) as Exclude<LoadResult, { kind: 'none' }>;
  } catch (e) {
    const bad = badSave('unchecked', { detail: e instanceof Error ? e.message : String(e) });
    console.warn(bad.message, e);
    return bad;
  }
}

function check(text: string, scenario: Scenario): LoadResult {
  if (text.length > MAX_SAVE_BYTES) return badSave('too_large', { mb: mb(text.length) });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return badSave('not_json', { detail: e instanceof Error ? e.message : String(e), fault: jsonFault(text, e) });
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return badSave('not_object', {});
  const obj = raw as Record<string, unknown>;
  if (obj.format !== SAVE_FORMAT) return badSave('not_save', {});
  if (obj.version !== SAVE_VERSION) {
    return badSave('version', { version: JSON.stringify(obj.version), reads: SAVE_VERSION });
  }
  if (obj.scenarioId !== scenario.id) {
    return badSave('other_scenario', { found: JSON.stringify(obj.scenarioId), want: scenario.id });
  }
  if (obj.rulesVersion !== RULES_VERSION) {
    return badSave('rules', { made: JSON.stringify(obj.rulesVersion), has: RULES_VERSION });
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return badSave('field', describeIssue(raw, envelope.error.issues[0]!, ''));
  const problem = stateProblem(obj.state);
  if (problem) return badSave('field', problem);
  const save = raw as SaveEnvelope;
  for (const [i, c] of (save.commands ?? []).entries()) {
    const parsed = parseCommand(c);
    if (!parsed.ok) return badSave('command', { path: `commands[${i}]${parsed.error.field ? `.${parsed.error.field}` : ''}`, detail: parsed.error.message, refusal: parsed.error.refusal });
  }
  if (save.state.scenarioId !== scenario.id) return badSave('state_scenario', { found: save.state.scenarioId, want: scenario.id });
  if (save.state.seed !== save.seed) return badSave('state_seed', {});
  if (hashState(save.state) !== save.hash) return badSave('hash', {});
  return {
    kind: 'ok', save,
    summary: { scenario: scenario.data.title, camp: save.camp, turn: save.state.turn, date: formatGameDate(turnDate(scenario, save.state.turn)), savedAt: save.savedAt, result: save.state.result },
  };
}

