// A deep copy of plain JSON data (objects, arrays, primitives), several times quicker than
// structuredClone on the game state, which is copied on every command and for every view.
import type { Agreement, CrisisState, HotlineMessage } from './crisisTypes';
import type { GameState, Unit } from './types';

/**
 * The state for a command to change. Hotline messages and agreements are the lists that grow all
 * game, and units the most copied objects: they are shared with `state` instead of copied, and the
 * engine replaces one (ownMessage, ownAgreement, mutableUnit) before changing it, so `state` itself
 * never changes. Reinforcements and `control` are shared too: they are only ever replaced (a unit
 * copied as it arrives, control as an objective changes hands).
 */
export function copyState(state: GameState): GameState {
  // Loops, not object rest patterns: V8 copies a rest pattern by a slow path. Keys keep the order
  // the rest patterns gave them (the others, then units, then crisis).
  const next: Record<string, unknown> = {};
  for (const k in state) {
    if (k === 'crisis' || k === 'units') continue;
    next[k] = k === 'reinforcements' || k === 'control' ? state[k] : cloneJson(state[k as keyof GameState]);
  }
  next.units = state.units.slice();
  const crisis = state.crisis;
  const nextCrisis: Record<string, unknown> = {};
  for (const k in crisis) if (k !== 'messages' && k !== 'agreements') nextCrisis[k] = cloneJson(crisis[k as keyof CrisisState]);
  nextCrisis.messages = crisis.messages.slice();
  nextCrisis.agreements = crisis.agreements.slice();
  next.crisis = nextCrisis;
  // A hidden (non-enumerable, symbol-keyed) field, not a WeakMap entry: a WeakMap entry per command
  // costs more to set and burdens the garbage collector. JSON, copies and hashes never see it.
  Object.defineProperty(next, SHARED_UNITS, { value: state.units });
  return next as unknown as GameState;
}

/** On a state made by copyState: the units array of the state it was copied from (their units are shared). */
const SHARED_UNITS = Symbol('sharedUnits');

/** A unit is flat but for its hex. Written out field by field: units come from several places, and a spread of them is slower. */
const copyUnit = (u: Unit): Unit => {
  const copy: Unit = {
    id: u.id, name: u.name, camp: u.camp, type: u.type, hex: { q: u.hex.q, r: u.hex.r },
    strength: u.strength, greatPower: u.greatPower, mp: u.mp, acted: u.acted,
  };
  if (u.restrained) copy.restrained = true;
  return copy;
};

/**
 * The unit as `state` may change it: a unit still shared with the earlier state is replaced in
 * `state.units` by a copy of its own, which is returned; a unit of the state's own (made or copied
 * during this command) is returned as it is. Change only what this returns, and use it from then
 * on: the reference passed in may be to the earlier state's unit.
 */
export function mutableUnit(state: GameState, unit: Unit): Unit {
  const shared = (state as unknown as { [SHARED_UNITS]?: readonly Unit[] })[SHARED_UNITS];
  if (!shared || !shared.includes(unit)) return unit;
  // The unit as it stands in this state: it may already have been copied, through another reference.
  // Ids are unique, so where the object itself stands is where its id does (most callers pass the state's own entry).
  let i = state.units.indexOf(unit);
  if (i < 0) i = state.units.findIndex((u) => u.id === unit.id);
  if (i < 0) return copyUnit(unit); // off the map: a change to it changes nothing (as before), and never the earlier state
  const current = state.units[i]!;
  if (current !== unit && !shared.includes(current)) return current;
  const copy = copyUnit(current);
  state.units[i] = copy;
  return copy;
}

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
