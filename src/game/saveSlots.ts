// Save slots, so that nothing which starts a game destroys a save: the game being played and the
// last EARLIER games before it, each in a slot of its own. A game keeps its slot for its autosaves;
// a new game takes an empty slot, else one whose save is damaged, else the one saved longest ago.
// Slot 0 is the old single autosave key (so saves from before slots stay), slots 1…EARLIER that key
// with ".1" to ".3". Only these keys are ever read or written.
import type { Scenario } from '../engine';
import { type LoadResult, type SaveStorage, parseSave, saveKey } from './saves';

import { SLOTS } from './saveWrite';
import { storageProblem } from './saveErrors';

export { EARLIER, SLOTS } from './saveWrite';

/** `slot` is -1 when the storage could not be read at all. */
export interface SaveSlot { slot: number; result: Exclude<LoadResult, { kind: 'none' }> }

const savedAt = (s: SaveSlot): number => (s.result.kind === 'ok' ? Date.parse(s.result.save.savedAt) || 0 : -1);

/** Every filled slot, checked (a bad one says why): the most recently saved first, damaged ones last. Never throws. */
export function listSaves(storage: SaveStorage, scenario: Scenario): SaveSlot[] {
  const out: SaveSlot[] = [];
  for (let slot = 0; slot < SLOTS; slot++) {
    let text: string | null;
    try {
      text = storage.getItem(saveKey(scenario.id, slot));
    } catch (e) {
      return [{ slot: -1, result: storageProblem('cannot_read', e) }];
    }
    if (text !== null) out.push({ slot, result: parseSave(text, scenario) });
  }
  return out.sort((a, b) => savedAt(b) - savedAt(a) || a.slot - b.slot);
}

/**
 * The saves of every scenario in one list, the most recent first. `slot` numbers them across the
 * scenarios (the scenario's index × SLOTS + its own slot): slotOf reads one back.
 */
export function listAllSaves(storage: SaveStorage, scenarios: readonly Scenario[]): SaveSlot[] {
  const all: SaveSlot[] = [];
  for (const [i, scenario] of scenarios.entries()) {
    const list = listSaves(storage, scenario);
    if (list.some((s) => s.slot < 0)) return list; // the storage cannot be read: one entry says why
    all.push(...list.map((s) => ({ ...s, slot: i * SLOTS + s.slot })));
  }
  return all.sort((a, b) => savedAt(b) - savedAt(a) || a.slot - b.slot);
}

/** The scenario (an index into listAllSaves' list) and its own slot of a slot numbered by listAllSaves. */
export const slotOf = (n: number): { scenario: number; slot: number } => ({ scenario: Math.floor(n / SLOTS), slot: n % SLOTS });

/** The game Continue resumes: the most recently saved one that is not over. */
export function newestUnfinished(saves: readonly SaveSlot[]): SaveSlot | undefined {
  return saves.find((s) => s.result.kind === 'ok' && s.result.save.state.status !== 'over');
}

/** The slot a new game saves into: an empty one, else a damaged one, else the one saved longest ago; none when the storage cannot be read. */
export function slotForNewGame(storage: SaveStorage, scenario: Scenario): number | undefined {
  const saves = listSaves(storage, scenario);
  if (saves.some((s) => s.slot < 0)) return undefined;
  for (let slot = 0; slot < SLOTS; slot++) if (!saves.some((s) => s.slot === slot)) return slot;
  return saves.at(-1)!.slot;
}
