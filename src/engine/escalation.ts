// Moving the escalation ladder and trust, and recording incidents. Every change emits an event with
// its cause; reaching the top rung ends the game in a direct clash. All functions mutate `state`.
import { cloneJson, ownList } from './clone';
import { CLASH_SCORE, ESCALATION_MAX, RAISE, RETALIATION_PCT, RETALIATION_RUNG, TRUST_MAX, clamp, rungOf } from './crisisRules';
import type { CrisisState, Incident, IncidentLoss, IncidentType, Knowledge } from './crisisTypes';
import type { Hex } from './hex';
import type { Scenario } from './scenario';
import { POWERS, type Camp, type GameEvent, type GameState, type Power } from './types';
import { victoryReport } from './victory';

export const otherPower = (p: Power): Power => (p === 'coalition' ? 'russia' : 'coalition');
export const isPower = (c: Camp): c is Power => c === 'coalition' || c === 'russia';

export function newCrisis(scenario: Scenario): CrisisState {
  const c = scenario.data.crisis;
  return {
    escalation: { points: c.escalation, peak: rungOf(c.escalation), raisedThisTurn: false, last: null },
    trust: c.trust,
    incidents: [],
    messages: [],
    agreements: [],
    sentThisTurn: { coalition: 0, russia: 0 },
    serial: { message: 1, incident: 1, agreement: 1 },
  };
}

/** What moved the ladder: `by` is the power to blame, null for none; `inject` names the inject whose effect it is. */
export interface Change { cause: string; by: Power | null; incident?: string | null; inject?: string }

/** Raises escalation by `delta` (more from Confrontation up). Returns the points actually added. */
export function raise(scenario: Scenario, state: GameState, events: GameEvent[], delta: number, change: Change): number {
  const esc = state.crisis.escalation;
  const scaled = rungOf(esc.points) >= RETALIATION_RUNG ? Math.floor((delta * RETALIATION_PCT) / 100) : delta;
  const added = shift(state, events, scaled, change);
  if (added > 0) esc.raisedThisTurn = true;
  if (esc.points >= ESCALATION_MAX && state.status === 'playing') directClash(scenario, state, events, change.by, change.inject);
  return added;
}

export function lower(state: GameState, events: GameEvent[], delta: number, change: Change): void {
  shift(state, events, -delta, change);
}

function shift(state: GameState, events: GameEvent[], delta: number, change: Change): number {
  const esc = state.crisis.escalation;
  const from = esc.points;
  const to = clamp(from + delta, 0, ESCALATION_MAX);
  if (to === from) return 0;
  esc.points = to;
  esc.peak = Math.max(esc.peak, rungOf(to));
  const inject = change.inject === undefined ? {} : { inject: change.inject };
  esc.last = { turn: state.turn, delta: to - from, cause: change.cause, by: change.by, incident: change.incident ?? null, ...inject };
  events.push({
    type: 'escalation_changed', from, to, delta: to - from, rungFrom: rungOf(from), rungTo: rungOf(to),
    cause: change.cause, by: change.by, incident: change.incident ?? null, ...inject,
  });
  return to - from;
}

export function adjustTrust(state: GameState, events: GameEvent[], delta: number, cause: string): void {
  const from = state.crisis.trust;
  const to = clamp(from + delta, 0, TRUST_MAX);
  if (to === from) return;
  state.crisis.trust = to;
  events.push({ type: 'trust_changed', from, to, delta: to - from, cause });
}

function directClash(scenario: Scenario, state: GameState, events: GameEvent[], by: Power | null, inject?: string): void {
  const report = victoryReport(scenario, state);
  const score = Object.fromEntries(POWERS.map((p) => [p, by === null || p === by ? CLASH_SCORE.culprit : CLASH_SCORE.other])) as Record<Power, number>;
  state.status = 'over';
  state.result = { ...report, reason: 'direct_clash', winner: 'none', clashBy: by, score, ...(inject === undefined ? {} : { clashInject: inject }) };
  events.push({ type: 'game_over', report: state.result });
}

/** Escalation weight of losses the other power inflicted. */
export function lossWeight(losses: readonly IncidentLoss[]): number {
  return losses.reduce((sum, l) => sum + l.steps * (l.greatPower ? RAISE.greatPowerStep : RAISE.proxyStep), 0);
}

export interface IncidentSpec {
  type: IncidentType;
  hex: Hex;
  cause: Power | null;
  victim: Power | null;
  /** Whether the victim knows who did it, or only suspects. */
  victimKnows?: boolean;
  losses?: IncidentLoss[];
  roll?: Incident['roll'];
  /** Escalation before the weight of losses; RAISE[type] unless given. */
  base?: number;
  /** The inject that caused it: then `cause` is null and nobody is blamed. */
  inject?: string;
  /** The proxy that fired on its own (proxy_fire). */
  unit?: string;
}

/** Records an incident, raises escalation by its weight and emits it. */
export function recordIncident(scenario: Scenario, state: GameState, events: GameEvent[], spec: IncidentSpec): Incident {
  const crisis = state.crisis;
  const losses = spec.losses ?? [];
  const knowledge = {} as Record<Power, Knowledge>;
  for (const p of POWERS) {
    knowledge[p] = p === spec.cause ? 'caused' : p === spec.victim && spec.victimKnows === false ? 'suspects' : 'knows';
  }
  const incident: Incident = {
    id: `I${crisis.serial.incident++}`,
    turn: state.turn, hex: spec.hex, type: spec.type, cause: spec.cause, victim: spec.victim,
    knowledge, losses, escalation: 0, roll: spec.roll ?? null, status: 'open',
    ...(spec.inject === undefined ? {} : { inject: spec.inject }),
    ...(spec.unit === undefined ? {} : { unit: spec.unit }),
  };
  ownList(crisis, 'incidents').push(incident);
  const base = spec.base ?? (spec.type in RAISE ? RAISE[spec.type as keyof typeof RAISE] : 0);
  const at = events.length;
  incident.escalation = raise(scenario, state, events, base + lossWeight(losses), {
    cause: spec.type, by: spec.cause, incident: incident.id, ...(spec.inject === undefined ? {} : { inject: spec.inject }),
  });
  // The incident is reported before the escalation it caused.
  events.splice(at, 0, { type: 'incident', incident: cloneJson(incident) });
  return incident;
}

/** Losses among `victim`'s units found in a run of events (from a strike or assault). */
export function lossesIn(events: readonly GameEvent[], victim: Camp, greatPowerIds: ReadonlySet<string>): IncidentLoss[] {
  const out: IncidentLoss[] = [];
  for (const e of events) {
    if (e.type === 'unit_hit' && e.camp === victim && e.steps > 0) {
      out.push({ unit: e.unit, camp: e.camp, steps: e.steps, greatPower: greatPowerIds.has(e.unit) });
    }
  }
  return out;
}
