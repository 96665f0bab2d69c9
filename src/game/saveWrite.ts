// Writing autosaves, and the save's types: what the game page needs while it plays, without the zod
// checks that reading a save runs (saves.ts).
import { type Command, type Doctrine, type GameState, type Power, type VictoryReport, RULES_VERSION, hashState } from '../engine/core';
import type { Difficulty } from './difficulty';
import { type SaveProblem, badSave, storageProblem } from './saveErrors';

/** A new game's slot and the last EARLIER games' (saveSlots.ts). */
export const EARLIER = 3;
export const SLOTS = EARLIER + 1;

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
  | { kind: 'bad'; message: string; problem?: SaveProblem };

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
export function writeSave(storage: SaveStorage, save: SaveEnvelope, slot = 0): { ok: true } | { ok: false; message: string; problem: SaveProblem } {
  try {
    const text = JSON.stringify(save);
    if (text.length > MAX_SAVE_BYTES) return notWritten(badSave('not_written_size', { mb: mb(text.length) }));
    storage.setItem(saveKey(save.scenarioId, slot), text);
    return { ok: true };
  } catch (e) {
    return notWritten(storageProblem('not_written', e));
  }
}
const notWritten = (b: ReturnType<typeof badSave>): { ok: false; message: string; problem: SaveProblem } => ({ ok: false, message: b.message, problem: b.problem });

/** Whether any of these scenarios has a filled save slot (no save is read, let alone checked); false if the storage cannot be read. */
export function hasSaves(storage: SaveStorage, scenarioIds: readonly string[]): boolean {
  try {
    return scenarioIds.some((id) => Array.from({ length: SLOTS }, (_, slot) => slot).some((slot) => storage.getItem(saveKey(id, slot)) !== null));
  } catch {
    return false;
  }
}

/** The scenario's first empty slot, without reading any save; undefined when every slot is filled or the storage cannot be read. */
export function emptySlot(storage: SaveStorage, scenarioId: string): number | undefined {
  try {
    for (let slot = 0; slot < SLOTS; slot++) if (storage.getItem(saveKey(scenarioId, slot)) === null) return slot;
  } catch {
    return undefined;
  }
  return undefined;
}

export const mb = (chars: number): string => `${(chars / 1024 / 1024).toFixed(1)} MB`;
