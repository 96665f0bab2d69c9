// The copy of the state each command makes, sharing what it does not change (copy on write), and a
// deep copy of plain JSON data (objects, arrays, primitives), several times quicker than structuredClone.
import type { Agreement, CrisisState, HotlineMessage, Incident } from './crisisTypes';
import type { GameState, Unit } from './types';

/**
 * The state for a command to change. Hotline messages, agreements and incidents are the lists that
 * grow all game, and units the most copied objects: they are shared with `state` instead of copied,
 * and the engine replaces one (ownMessage, ownAgreement, ownIncident, mutableUnit) before changing
 * it, so `state` itself never changes. Fields the engine only ever replaces, never changes in place
 * (reinforcements, control, mines, rng, result, lineDown), are shared as they are; the small records
 * it changes in place are copied one level deep. Written out field by field: a generic deep copy,
 * or a loop over the keys, costs several times more on every command.
 */
export function copyState(state: GameState): GameState {
  // Keys in the order the generic copy gave them (units and crisis, messages and agreements last):
  // saves keep their text.
  const crisis = state.crisis;
  // The lists themselves are shared too, until the command adds to one or replaces an entry
  // (ownList): copying them on every command cost more the longer the game.
  const nextCrisis: CrisisState = {
    escalation: { ...crisis.escalation },
    trust: crisis.trust,
    incidents: crisis.incidents,
    sentThisTurn: { ...crisis.sentThisTurn },
    serial: { ...crisis.serial },
  } as CrisisState;
  // Absent until the first inject, so that games without one keep their hashes.
  if (crisis.injects !== undefined) nextCrisis.injects = crisis.injects;
  if (crisis.lineDown !== undefined) nextCrisis.lineDown = crisis.lineDown;
  nextCrisis.messages = crisis.messages;
  nextCrisis.agreements = crisis.agreements;
  Object.defineProperty(nextCrisis, SHARED_LISTS, { value: crisis });
  const next: GameState = {
    scenarioId: state.scenarioId, seed: state.seed, turn: state.turn, phase: state.phase, status: state.status,
    reinforcements: state.reinforcements, control: state.control, pontoons: state.pontoons.slice(), mines: state.mines,
    sortiesLeft: { ...state.sortiesLeft }, rng: state.rng, rngDraws: state.rngDraws, result: state.result,
    units: state.units.slice(), crisis: nextCrisis,
  };
  // A hidden (non-enumerable, symbol-keyed) field, not a WeakMap entry: a WeakMap entry per command
  // costs more to set and burdens the garbage collector. JSON, copies and hashes never see it.
  Object.defineProperty(next, SHARED_UNITS, { value: state.units });
  return next;
}

/** On a crisis made by copyState: the crisis it was copied from, whose lists it shares until ownList copies one. */
const SHARED_LISTS = Symbol('sharedLists');

type CrisisList = 'messages' | 'agreements' | 'incidents' | 'injects';

/**
 * The crisis's list `key` as this command may change it (push to it, replace an entry): a list still
 * shared with the earlier state is replaced by a copy of its own first. Take the list from here, not
 * from an earlier reference, whenever it is to be changed.
 */
export function ownList<K extends CrisisList>(crisis: CrisisState, key: K): NonNullable<CrisisState[K]> {
  const from = (crisis as unknown as { [SHARED_LISTS]?: CrisisState })[SHARED_LISTS];
  const list = crisis[key];
  if (from !== undefined && list !== undefined && list === from[key]) {
    const copy = list.slice() as NonNullable<CrisisState[K]>;
    crisis[key] = copy;
    return copy;
  }
  return list as NonNullable<CrisisState[K]>;
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
  const agreements = ownList(crisis, 'agreements');
  const i = agreements.findIndex((a) => a.id === id);
  const a = agreements[i]!;
  const copy = { ...a, violations: a.violations.slice() };
  agreements[i] = copy;
  return copy;
}

/**
 * Replaces the incident with `id` in `crisis.incidents` with a copy of its own, to be changed (its
 * status, knowledge and ruling change; its hex and losses never do); returns it, or undefined when
 * there is no such incident. Use the copy from then on, not an earlier reference.
 */
export function ownIncident(crisis: CrisisState, id: string): Incident | undefined {
  const i = crisis.incidents.findIndex((x) => x.id === id);
  if (i < 0) return undefined;
  const incidents = ownList(crisis, 'incidents');
  const x = incidents[i]!;
  const copy = { ...x, knowledge: { ...x.knowledge } };
  incidents[i] = copy;
  return copy;
}

/** Replaces `crisis.messages[i]` with a copy of its own, to be changed; returns the copy. */
export function ownMessage(crisis: CrisisState, i: number): HotlineMessage {
  const messages = ownList(crisis, 'messages');
  const copy = { ...messages[i]! };
  messages[i] = copy;
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
