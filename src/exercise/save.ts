// The exercise's autosave: its code, every command so far (injects included) and Control's notes.
// Read back defensively: anything that does not replay is ignored, never thrown.
import { type Command, type GameState, type Scenario, parseCommand } from '../engine';
import { replayGame } from '../match/fold';
import { NOTES_LIMIT, type TurnNote } from '../replay/format';
import { parseExerciseCode } from './code';
import type { ExerciseConfig } from './config';
import { type ControlLock, parseLock } from './passcode';

export const EXERCISE_SAVE_KEY = 'deconfliction.exercise';

export interface ExerciseSave { config: ExerciseConfig; commands: Command[]; notes: TurnNote[]; state: GameState }

export function writeExerciseSave(storage: Pick<Storage, 'setItem'>, code: string, commands: readonly Command[], notes: readonly TurnNote[], controlLock?: ControlLock): void {
  try {
    storage.setItem(EXERCISE_SAVE_KEY, JSON.stringify({ code, commands, notes, ...(controlLock ? { controlLock } : {}) }));
  } catch {
    // A full or blocked store: the exercise goes on, unsaved.
  }
}

/** The saved exercise if it is whole and replays; the state it reaches comes with it. */
export function readExerciseSave(storage: Pick<Storage, 'getItem'>, findScenario: (id: string) => Scenario | undefined): ExerciseSave | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(EXERCISE_SAVE_KEY) ?? 'null');
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as { code?: unknown; commands?: unknown; notes?: unknown; controlLock?: unknown };
  const parsed = typeof r.code === 'string' ? parseExerciseCode(r.code, findScenario) : undefined;
  if (!parsed?.ok || !Array.isArray(r.commands)) return undefined;
  // A damaged lock must not turn into an open Control: such a save is not offered.
  const controlLock = r.controlLock === undefined ? undefined : parseLock(r.controlLock);
  if (r.controlLock !== undefined && !controlLock) return undefined;
  const scenario = findScenario(parsed.config.scenario)!;
  const commands: Command[] = [];
  for (const c of r.commands) {
    const p = parseCommand(c);
    if (!p.ok) return undefined;
    commands.push(p.command);
  }
  const { state, refused } = replayGame(scenario, parsed.config.seed, commands);
  if (refused || state.status !== 'playing') return undefined;
  const notes = Array.isArray(r.notes) ? r.notes.filter((n): n is TurnNote =>
    typeof n === 'object' && n !== null && Number.isInteger(n.turn) && typeof n.text === 'string' && n.text.length > 0 && n.text.length <= NOTES_LIMIT.chars).slice(0, NOTES_LIMIT.count) : [];
  return { config: controlLock ? { ...parsed.config, controlLock } : parsed.config, commands, notes, state };
}
