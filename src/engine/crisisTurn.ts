// The crisis between phases and turns: unanswered calls, contact and firefights, kept agreements,
// quiet-turn decay, expiry, and face-to-face meetings. All functions mutate `state`.
import { activeAgreements } from './areas';
import { checkWithdrawals } from './agreements';
import { ownIncident, ownMessage } from './clone';
import { damage } from './combat';
import { FIREFIGHT, HONOURED_CAP, LOWER, RAISE, TRUST } from './crisisRules';
import { adjustTrust, isPower, lower, raise, recordIncident } from './escalation';
import { firefightChance } from './firefight';
import { lineIsDown } from './hotline';
import { exposeAtMeeting, proxyFireCheck } from './proxies';
import { hexDistance } from './hex';
import type { Dice } from './rng';
import type { Scenario } from './scenario';
import type { Camp, GameEvent, GameState, Power, Unit } from './types';

/**
 * After `camp`'s phase: calls to it left pending go unanswered (the inject's, if its line is down);
 * withdrawals are checked; its proxies near the other power's may open fire on their own.
 */
export function crisisEndOfPhase(scenario: Scenario, state: GameState, camp: Camp, dice: Dice, events: GameEvent[]): void {
  if (!isPower(camp)) return;
  leaveUnanswered(state, camp, events, lineIsDown(state, camp) ? state.crisis.lineDown?.inject : undefined);
  checkWithdrawals(scenario, state, camp, events);
  if (state.status === 'playing') proxyFireCheck(scenario, state, camp, dice, events);
}

/**
 * Calls to `camp` still pending go unanswered, each at TRUST.unanswered. With `inject`, that inject took
 * the line down: the silence is its doing, not the team's.
 */
export function leaveUnanswered(state: GameState, camp: Power, events: GameEvent[], inject?: string): void {
  const messages = state.crisis.messages;
  for (let k = 0; k < messages.length; k++) {
    if (messages[k]!.status !== 'pending' || messages[k]!.to !== camp) continue;
    const m = ownMessage(state.crisis, k);
    m.status = 'unanswered';
    if (m.body.kind === 'protest') {
      const incident = ownIncident(state.crisis, m.body.incident);
      if (incident) incident.status = 'open'; // it may be protested again
    }
    if (inject === undefined) {
      events.push({ type: 'message_unanswered', message: m.id, from: m.from, to: m.to });
      adjustTrust(state, events, TRUST.unanswered, `${camp} left ${m.id} unanswered`);
    } else {
      events.push({ type: 'message_unanswered', message: m.id, from: m.from, to: m.to, inject });
      adjustTrust(state, events, TRUST.unanswered, `inject ${inject} (${camp}'s line down) left ${m.id} unanswered`);
    }
  }
}

/** Pairs of the two powers' units in contact, in a stable order. */
export function contacts(scenario: Scenario, units: readonly Unit[]): [Unit, Unit][] {
  const reach = scenario.data.crisis.contactDistance;
  const coalition = units.filter((u) => u.camp === 'coalition');
  const pairs: [Unit, Unit][] = [];
  for (const r of units) {
    if (r.camp !== 'russia') continue;
    for (const c of coalition) if (hexDistance(c.hex, r.hex) <= reach) pairs.push([c, r]);
  }
  return pairs;
}


/** At the end of a turn, before the next begins or the game ends. */
export function crisisEndOfTurn(scenario: Scenario, state: GameState, dice: Dice, events: GameEvent[]): void {
  contactCheck(scenario, state, dice, events);
  if (state.status !== 'playing') return;
  const crisis = state.crisis;
  const kept = activeAgreements(crisis.agreements, state.turn)
    .filter((a) => (a.kind === 'line' || a.kind === 'hold_fire' || a.kind === 'withdrawal') && !a.violations.includes(state.turn))
    .slice(0, HONOURED_CAP);
  if (kept.length > 0) {
    lower(state, events, LOWER.honoured * kept.length, { cause: `agreements kept (${kept.map((a) => a.id).join(', ')})`, by: null });
    adjustTrust(state, events, TRUST.honoured * kept.length, 'agreements kept');
  }
  const talked = crisis.sentThisTurn.coalition + crisis.sentThisTurn.russia > 0;
  if (!crisis.escalation.raisedThisTurn && talked) lower(state, events, LOWER.quietTurn, { cause: 'a quiet turn, managed on the hotline', by: null });
  for (const a of crisis.agreements) {
    if (a.until === state.turn) events.push({ type: 'agreement_ended', agreement: a.id, reason: 'expired' });
  }
  crisis.escalation.raisedThisTurn = false;
  crisis.sentThisTurn = { coalition: 0, russia: 0 };
}

function contactCheck(scenario: Scenario, state: GameState, dice: Dice, events: GameEvent[]): void {
  const pairs = contacts(scenario, state.units);
  if (pairs.length === 0) return;
  // Where one side of every contact holds its fire on its patron's orders, the line is calmer.
  const held = pairs.every(([c, r]) => c.restrained === true || r.restrained === true);
  const cause = `${pairs.length} contact${pairs.length > 1 ? 's' : ''} between the two camps${held ? ', one side holding its fire' : ''}`;
  raise(scenario, state, events, held ? RAISE.contactHeld : RAISE.contact, { cause, by: null });
  if (state.status !== 'playing') return;
  const chance = firefightChance(state);
  const roll = dice.roll(100);
  if (roll > chance) return;
  const [c, r] = pairs[dice.int(pairs.length)]!;
  const initiator: Power = dice.int(2) === 0 ? 'coalition' : 'russia';
  const [opener, target] = initiator === 'coalition' ? [c, r] : [r, c];
  // A proxy its patron restrained holds its fire as it does on its own (PROXY_FIRE.restrainedPct):
  // the patron who pays restraint's price has fewer firefights started on its side.
  if (opener.restrained && dice.roll(100) > FIREFIGHT.restrainedPct) return;
  const hitEvents: GameEvent[] = [];
  damage(state, target, 1, hitEvents);
  events.push(...hitEvents);
  const losses = [{ unit: target.id, camp: target.camp, steps: 1, greatPower: target.greatPower }];
  recordIncident(scenario, state, events, {
    type: 'firefight', hex: target.hex, cause: initiator, victim: target.camp as Power, victimKnows: false, losses,
    roll: { value: roll, chance },
  });
}

/** At the start of a turn: a face-to-face meeting set for it takes place; the maps shared there expose denied proxy fire. */
export function crisisStartOfTurn(scenario: Scenario, state: GameState, events: GameEvent[]): void {
  for (const a of state.crisis.agreements) {
    if (a.kind !== 'meeting' || a.from !== state.turn) continue;
    lower(state, events, LOWER.meeting, { cause: 'face-to-face meeting of generals', by: null });
    adjustTrust(state, events, TRUST.meeting, 'face-to-face meeting: maps, graphics and information shared');
    exposeAtMeeting(scenario, state, events);
  }
}
