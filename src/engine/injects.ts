// Injects: the events Control (the exercise's facilitator) sets off, from the scenario's list or
// written on the spot. Each fires at once, in whatever phase it is, through the ordinary rules: the
// incident machinery, the hotline's warning, combat, trust and the ladder. Mutates `state`. What an
// inject does is Control's, never a team's: its incidents have no cause but the inject, its message
// and denial are marked as the inject's, and its escalation is nobody's (by null). The contract is in
// injectTypes.ts; docs/escalation.md ("Injects") has the rules in words.
import { refuse } from './refusals';
import { occupancy, typeOf, unitById, unitsAt } from './board';
import { cloneJson, ownList } from './clone';
import { resolveAttack } from './combat';
import { EXPOSURE_PCT, TRUST } from './crisisRules';
import type { Incident } from './crisisTypes';
import { adjustTrust, lossesIn, lower, otherPower, raise, recordIncident } from './escalation';
import { type Hex, hexDistance, hexKey, hexRange } from './hex';
import { sendOnBehalf } from './hotline';
import { leaveUnanswered } from './crisisTurn';
import type { FiredInject, InjectBody, InjectEffect, InjectUnit } from './injectTypes';
import type { Dice } from './rng';
import type { Scenario } from './scenario';
import type { Camp, EngineError, GameEvent, GameState, Power, Unit } from './types';

/** An unattributed strike falls on the victim's units at its hex, or on the nearest within this many hexes. */
export const INJECT_STRIKE_REACH = 2;
/** A unit an inject brings that cannot stand on its hex comes in within this many hexes of its target. */
export const INJECT_PLACE_REACH = 3;

const where = (h: Hex): string => `${h.q},${h.r}`;

/** Fires `body`. Returns an error and changes nothing if the scenario inject is unknown or has fired. */
export function fireInject(scenario: Scenario, state: GameState, body: InjectBody, dice: Dice, events: GameEvent[]): EngineError | undefined {
  const crisis = state.crisis;
  let source: string | null = null;
  let title: string;
  let text: string;
  let effect: InjectEffect;
  if (body.kind === 'scenario') {
    const j = scenario.injects.find((i) => i.id === body.id);
    if (!j) {
      const known = scenario.injects.map((i) => i.id);
      return refuse('unknown_inject', 'unknown_inject', { inject: body.id, known }, 'inject.id');
    }
    const earlier = crisis.injects?.find((f) => f.source === j.id);
    if (earlier) return refuse('invalid_inject', 'inject_fired', { inject: j.id, fired: earlier.id, turn: earlier.turn }, 'inject.id');
    ({ title, text, effect } = j);
    source = j.id;
  } else {
    ({ title, text } = body);
    effect = { kind: 'custom', escalation: body.escalation, trust: body.trust };
  }
  crisis.injects ??= [];
  if (crisis.lineDown === undefined) crisis.lineDown = null;
  const fired: FiredInject = {
    id: `J${crisis.injects.length + 1}`, source, turn: state.turn, title, text, effect: effect.kind, incident: null, notes: [],
  };
  ownList(crisis, 'injects').push(fired);
  const at = events.length;
  const cause = `inject ${fired.id}: ${title}`;
  switch (effect.kind) {
    case 'unattributed_strike': unattributedStrike(scenario, state, effect, fired, dice, events); break;
    case 'public_warning': {
      const before = crisis.incidents.length;
      sendOnBehalf(scenario, state, effect.by, { kind: 'warn', area: effect.area, consequence: 'suppress_fire', public: true }, events, fired.id);
      fired.incident = crisis.incidents[before]?.id ?? null;
      break;
    }
    case 'is_counterattack': assault(scenario, state, 'is', effect.target, effect.units, fired, dice, events); break;
    case 'irregular_assault': irregularAssault(scenario, state, effect, fired, dice, events); break;
    case 'unanswered_call':
      crisis.lineDown = { power: effect.power, until: state.turn + effect.turns - 1, inject: fired.id };
      leaveUnanswered(state, effect.power, events, fired.id);
      break;
    case 'custom':
      if (effect.trust !== 0) adjustTrust(state, events, effect.trust, cause);
      if (effect.escalation > 0) raise(scenario, state, events, effect.escalation, { cause, by: null, inject: fired.id });
      else if (effect.escalation < 0) lower(state, events, -effect.escalation, { cause, by: null, inject: fired.id });
      break;
  }
  // The inject is reported before what it caused, as it stands at the end.
  events.splice(at, 0, { type: 'inject_fired', inject: cloneJson(fired) });
  return undefined;
}

const greatPowerIds = (state: GameState): Set<string> => new Set(state.units.filter((u) => u.greatPower).map((u) => u.id));

/** `by` strikes `victim`'s units at the hex (or the nearest ones) with its air attack; the victim only suspects who. */
function unattributedStrike(
  scenario: Scenario, state: GameState, e: Extract<InjectEffect, { kind: 'unattributed_strike' }>, fired: FiredInject, dice: Dice, events: GameEvent[],
): void {
  const near = state.units
    .filter((u) => u.camp === e.victim && hexDistance(u.hex, e.hex) <= INJECT_STRIKE_REACH)
    .sort((a, b) => hexDistance(a.hex, e.hex) - hexDistance(b.hex, e.hex) || a.hex.q - b.hex.q || a.hex.r - b.hex.r);
  const target = near[0]?.hex;
  if (!target) {
    fired.notes.push(`no ${e.victim} unit was within ${INJECT_STRIKE_REACH} hexes of ${where(e.hex)}: the strike hit nothing and caused no incident`);
    return;
  }
  if (hexKey(target) !== hexKey(e.hex)) fired.notes.push(`nothing of ${e.victim}'s stood at ${where(e.hex)}: the strike fell on its nearest position, ${where(target)}`);
  const gp = greatPowerIds(state);
  const start = events.length;
  resolveAttack(scenario, state, dice, e.by, null, 'air', scenario.data.camps[e.by].airAttack, { ...target }, events);
  for (const ev of events.slice(start)) if (ev.type === 'combat') ev.inject = fired.id;
  const losses = lossesIn(events.slice(start), e.victim, gp);
  const incident = recordIncident(scenario, state, events, {
    type: 'misidentified_strike', hex: { ...target }, cause: null, inject: fired.id, victim: e.victim, victimKnows: false, losses,
  });
  fired.incident = incident.id;
}

/** Irregulars on `sponsor`'s side assault the target; if they hit the other power, the sponsor disowns them (a false denial). */
function irregularAssault(
  scenario: Scenario, state: GameState, e: Extract<InjectEffect, { kind: 'irregular_assault' }>, fired: FiredInject, dice: Dice, events: GameEvent[],
): void {
  const rival = otherPower(e.sponsor);
  const gp = greatPowerIds(state);
  const start = events.length;
  const hitRival = assault(scenario, state, e.sponsor, e.target, e.units, fired, dice, events, rival);
  if (!hitRival) return;
  const losses = lossesIn(events.slice(start), rival, gp);
  const incident = recordIncident(scenario, state, events, {
    type: 'deliberate_attack', hex: { ...e.target }, cause: null, inject: fired.id, victim: rival, victimKnows: false, losses,
  });
  fired.incident = incident.id;
  disown(scenario, state, e.sponsor, incident, fired, dice, events);
}

/**
 * The sponsor disowns the irregulars, as a false denial would (trust, and exposure on an EXPOSURE_PCT
 * roll), but as part of the inject: the trust causes, the exposure and its incident are the inject's.
 */
/** `incident` was recorded by this command, so it is the state's own to change. */
function disown(scenario: Scenario, state: GameState, sponsor: Power, incident: Incident, fired: FiredInject, dice: Dice, events: GameEvent[]): void {
  incident.status = 'denied';
  adjustTrust(state, events, TRUST.falseDenial, `inject ${fired.id}: ${sponsor} disowned the irregulars of incident ${incident.id}`);
  const victim = incident.victim!;
  if (dice.roll(100) > EXPOSURE_PCT) return;
  incident.knowledge[victim] = 'knows';
  events.push({ type: 'denial_exposed', incident: incident.id, by: sponsor, inject: fired.id });
  adjustTrust(state, events, TRUST.exposed, `inject ${fired.id}: ${sponsor}'s disowning of incident ${incident.id} was exposed`);
  recordIncident(scenario, state, events, { type: 'false_denial', hex: incident.hex, cause: null, inject: fired.id, victim });
}

/** Can a unit of `camp` come in at `h`: land, not an island, and empty or held by its own camp below the stack limit? */
function canStand(scenario: Scenario, occ: ReturnType<typeof occupancy>, camp: Camp, h: Hex): boolean {
  const t = scenario.map.terrainAt(h);
  if (!t || t === 'river' || t === 'island') return false;
  const o = occ.get(hexKey(h));
  return !o || (o.camp === camp && o.count < scenario.data.stackLimit);
}

/**
 * Where a unit wanting `wanted` comes in: there if it can stand there; else the nearest hex to the
 * target (then to `wanted`, then by q and r) within INJECT_PLACE_REACH on the target's bank.
 */
function placeFor(scenario: Scenario, state: GameState, camp: Camp, wanted: Hex, target: Hex): Hex | undefined {
  const occ = occupancy(state);
  const isTarget = (h: Hex): boolean => h.q === target.q && h.r === target.r;
  if (!isTarget(wanted) && canStand(scenario, occ, camp, wanted)) return { ...wanted };
  const bank = scenario.map.bankOf(target);
  return hexRange(target, INJECT_PLACE_REACH)
    .filter((h) => !isTarget(h) && canStand(scenario, occ, camp, h) && (bank === undefined || scenario.map.bankOf(h) === bank))
    .sort((a, b) => hexDistance(a, target) - hexDistance(b, target) || hexDistance(a, wanted) - hexDistance(b, wanted) || a.q - b.q || a.r - b.r)[0];
}

/** Takes an objective at `h` for `unit`'s camp. */
function capture(scenario: Scenario, state: GameState, unit: Unit, h: Hex, events: GameEvent[]): void {
  const obj = scenario.objectiveAt.get(hexKey(h));
  if (!obj || state.control[obj.id] === unit.camp) return;
  events.push({ type: 'objective_captured', objective: obj.id, camp: unit.camp, from: state.control[obj.id] ?? null });
  state.control = { ...state.control, [obj.id]: unit.camp }; // shared with the earlier state: replaced (copyState)
}

/**
 * Brings `specs` in for `camp` and has each, in order, assault `target` at once with the combat
 * rules, advancing into it once it is empty. Inject units are never great-power troops, and they
 * have acted for this phase. Returns whether any assault fell on `rival`'s units.
 */
function assault(
  scenario: Scenario, state: GameState, camp: Camp, target: Hex, specs: readonly InjectUnit[], fired: FiredInject, dice: Dice, events: GameEvent[],
  rival?: Power,
): boolean {
  const placed: Unit[] = [];
  for (const spec of specs) {
    if (unitById(state, spec.id) || state.reinforcements.some((r) => r.unit.id === spec.id)) {
      fired.notes.push(`${spec.name} (${spec.id}) was left out: a unit with that id is already in the game`);
      continue;
    }
    const hex = placeFor(scenario, state, camp, spec.hex, target);
    if (!hex) {
      fired.notes.push(`${spec.name} (${spec.id}) was left out: no free land hex within ${INJECT_PLACE_REACH} of ${where(target)} on its bank`);
      continue;
    }
    if (hexKey(hex) !== hexKey(spec.hex)) fired.notes.push(`${spec.name} (${spec.id}) could not stand at ${where(spec.hex)} and came in at ${where(hex)}`);
    const type = scenario.unitTypes[spec.type]!;
    const unit: Unit = { id: spec.id, name: spec.name, camp, type: spec.type, hex, strength: type.steps, greatPower: false, mp: 0, acted: true };
    state.units.push(unit);
    placed.push(unit);
  }
  if (placed.length > 0) events.push({ type: 'reinforcements_arrived', camp, units: placed.map((u) => u.id) });
  let hitRival = false;
  for (const unit of placed) {
    if (!state.units.includes(unit)) continue;
    if (hexDistance(unit.hex, target) !== 1) {
      fired.notes.push(`${unit.name} is not next to ${where(target)} and did not assault`);
      continue;
    }
    const there = unitsAt(state, target);
    if (there.length === 0) {
      advance(scenario, state, unit, target, events);
      continue;
    }
    if (there.every((u) => u.camp === camp)) {
      fired.notes.push(`${unit.name} found ${where(target)} held by its own side and did not assault`);
      continue;
    }
    if (rival && there.some((u) => u.camp === rival)) hitRival = true;
    resolveAttack(scenario, state, dice, camp, unit, 'assault', typeOf(scenario, unit).attack * unit.strength, { ...target }, events);
    if (state.units.includes(unit) && unitsAt(state, target).length === 0) advance(scenario, state, unit, target, events);
  }
  return hitRival;
}

function advance(scenario: Scenario, state: GameState, unit: Unit, target: Hex, events: GameEvent[]): void {
  unit.hex = { ...target };
  events.push({ type: 'unit_advanced', unit: unit.id, camp: unit.camp, to: { ...target } });
  capture(scenario, state, unit, target, events);
}
