// A deep copy of plain JSON data (objects, arrays, primitives), several times quicker than
// structuredClone on the game state, which is copied on every command and for every view.
import type { Agreement, CrisisState, HotlineMessage } from './crisisTypes';
import type { GameState, Unit } from './types';

/**
 * The state for a command to change. Hotline messages and agreements are the lists that grow all
 * game: they are shared with `state` instead of copied, and the engine replaces one (ownMessage,
 * ownAgreement) before changing it, so `state` itself never changes.
 */
export function copyState(state: GameState): GameState {
  const { crisis, units, ...rest } = state;
  const { messages, agreements, ...crisisRest } = crisis;
  return {
    ...cloneJson(rest),
    units: units.map(copyUnit),
    crisis: { ...cloneJson(crisisRest), messages: messages.slice(), agreements: agreements.slice() },
  };
}

/**
 * A unit is flat but for its hex (the quickest copy of the most copied objects). Written out field
 * by field, not spread: units come from several places, and a spread of them is several times slower.
 */
const copyUnit = (u: Unit): Unit => ({
  id: u.id, name: u.name, camp: u.camp, type: u.type, hex: { q: u.hex.q, r: u.hex.r },
  strength: u.strength, greatPower: u.greatPower, mp: u.mp, acted: u.acted,
});

/**
 * Replaces the agreement with `id` in `crisis.agreements` with a copy of its own, to be changed
 * (only its `until` and `violations` ever are); returns the copy. Look agreements up again after
 * this: an earlier reference is to the old object, which may belong to an earlier state.
 */
export function ownAgreement(crisis: CrisisState, id: string): Agreement {
  const i = crisis.agreements.findIndex((a) => a.id === id);
  const a = crisis.agreements[i]!;
  const copy = { ...a, violations: a.violations.slice() };
  crisis.agreements[i] = copy;
  return copy;
}

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
