// A deep copy of plain JSON data (objects, arrays, primitives), several times quicker than
// structuredClone on the game state, which is copied on every command and for every view.
import type { CrisisState, HotlineMessage } from './crisisTypes';
import type { GameState, Unit } from './types';

/**
 * The state for a command to change. Hotline messages are the one list that grows all game: they
 * are shared with `state` instead of copied, and the engine replaces one (ownMessage) before
 * changing it, so `state` itself never changes.
 */
export function copyState(state: GameState): GameState {
  const { crisis, units, ...rest } = state;
  const { messages, ...crisisRest } = crisis;
  return { ...cloneJson(rest), units: units.map(copyUnit), crisis: { ...cloneJson(crisisRest), messages: messages.slice() } };
}

/** A unit is flat but for its hex (the quickest copy of the most copied objects). */
const copyUnit = (u: Unit): Unit => ({ ...u, hex: { q: u.hex.q, r: u.hex.r } });

/** Replaces `crisis.messages[i]` with a copy of its own, to be changed; returns the copy. */
export function ownMessage(crisis: CrisisState, i: number): HotlineMessage {
  const copy = { ...crisis.messages[i]! };
  crisis.messages[i] = copy;
  return copy;
}

export function cloneJson<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = cloneJson(value[i]);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const k in value) out[k] = cloneJson((value as Record<string, unknown>)[k]);
  return out as T;
}
