// Engine events in the page's language for the log. Works only from the filtered events the session
// hands out, so an unseen unit is never named. Each line is one whole message (messages/*.json,
// `panel_log_*`), built from the event's fields, never from English text.
import type { Camp, GameEvent, Hex, Incident, IncidentLoss, Power, Scenario } from '../engine/core';
import { INCIDENT_NAME, POWER_NAME, agreementText, causeText, clashAuthor, injectAuthor, isIncidentType, rulingText, senderText, signed } from './crisisText';
import { combatResultText } from './combatText';
import { formatMessage } from './messageText';
import { t } from '../i18n/messages';
import { CAMP_SHORT, hexName } from './places';
import { gameDate } from './gameDate';
import { rungName } from './localNames';
import { localInject } from './scenarioText';

export interface EventContext {
  scenario: Scenario;
  unitName(id: string): string;
  /** Has the player ever seen this unit? Unseen units are not named. */
  knowsUnit?(id: string): boolean;
  /** The player's power, to point out calls that need its answer. */
  camp?: Power;
  /** Where an incident happened, to place the escalation it caused. */
  incidentAt?(id: string): Hex | undefined;
}


/** A list of names (units, powers) in the language's own way: "a, b and c", "a, b и c". */
export const nameList = (names: readonly string[]): string => names.join(t().panel_log_list_separator());

export function describeEvent(e: GameEvent, ctx: EventContext): string | null {
  const { scenario } = ctx;
  const m = t();
  const name = ctx.unitName;
  const at = (h: Hex): string => hexName(scenario, h);
  const short = (c: Camp): string => CAMP_SHORT[c];
  switch (e.type) {
    case 'turn_started': return m.panel_log_turn_started({ turn: e.turn, date: gameDate(e.date) });
    case 'phase_started': return m.panel_log_phase({ camp: short(e.camp) });
    case 'unit_moved': {
      const last = e.path[e.path.length - 1];
      return last ? m.panel_log_moved({ unit: name(e.unit), place: at(last) }) : m.panel_log_moved_unseen({ unit: name(e.unit) });
    }
    case 'move_interrupted': return m.panel_log_interrupted({ unit: name(e.unit), place: at(e.contact) });
    case 'combat': {
      const who = e.inject !== undefined ? m.panel_log_who_inject({ author: injectAuthor(e.inject) })
        : e.kind === 'air' ? m.panel_log_who_air({ camp: short(e.camp) })
        : e.attacker ? name(e.attacker) : m.panel_log_who_unseen({ camp: short(e.camp) });
      const target = e.defenders.length > 0 ? nameList(e.defenders.map(name)) : at(e.target);
      return m.panel_log_combat({ kind: e.kind, who, target, odds: e.odds, attack: e.attack, defence: e.defence, roll: e.roll, result: combatResultText(e.result) });
    }
    case 'unit_hit': return e.steps > 0 ? m.panel_log_unit_hit({ unit: name(e.unit), steps: e.steps, strength: e.strength }) : null;
    case 'unit_destroyed': return (e.greatPower ? m.panel_log_destroyed_great_power : m.panel_log_destroyed)({ unit: name(e.unit), place: at(e.hex) });
    case 'unit_advanced': return m.panel_log_advanced({ unit: name(e.unit), place: at(e.to) });
    case 'objective_captured': {
      const objective = scenario.objectives.find((o) => o.id === e.objective)?.name ?? e.objective;
      return e.from ? m.panel_log_captured_from({ camp: short(e.camp), objective, from: short(e.from) }) : m.panel_log_captured({ camp: short(e.camp), objective });
    }
    case 'pontoon_built': return m.panel_log_pontoon({ camp: short(e.camp), place: at(e.hex) });
    case 'mine_laid': return m.panel_log_mine_laid({ unit: name(e.unit), place: at(e.hex) });
    case 'mine_exploded': return (e.steps === 0 ? m.panel_log_mine_no_loss : m.panel_log_mine_exploded)({ unit: name(e.unit), place: at(e.hex), roll: e.roll, steps: e.steps });
    case 'car_bomb_detonated': return m.panel_log_car_bomb({ place: at(e.target) });
    case 'proxy_order': return (e.order === 'restrain' ? m.panel_log_restrained : m.panel_log_freed)({ unit: name(e.unit) });
    case 'reinforcements_arrived': return m.panel_log_reinforcements({ camp: short(e.camp), units: nameList(e.units.map(name)) });
    case 'game_over': {
      const w = e.report.winner;
      if (w === 'none') {
        const s = e.report.score;
        const by = clashAuthor(e.report);
        return by === undefined ? m.panel_log_game_over_clash({ coalition: s.coalition, russia: s.russia })
          : m.panel_log_game_over_clash_by({ by, coalition: s.coalition, russia: s.russia });
      }
      return w === 'draw' ? m.panel_log_game_over_draw() : m.panel_log_game_over_win({ camp: short(w) });
    }
    default: return describeCrisis(e, ctx);
  }
}

/** An engine cause with its author when the cause is an incident type ("misidentified strike by Russia"), or the inject's. */
function causeBy(cause: string, by: Power | null, inject?: string): string {
  if (inject !== undefined && !cause.startsWith(`inject ${inject}`)) return t().panel_log_cause_by({ cause: causeText(cause), who: injectAuthor(inject) });
  return by && isIncidentType(cause) ? t().panel_log_cause_by({ cause: INCIDENT_NAME[cause], who: POWER_NAME[by] }) : causeText(cause);
}

function lossText(losses: readonly IncidentLoss[], ctx: EventContext): string {
  const m = t();
  if (losses.length === 0) return m.panel_log_no_losses();
  const known = (id: string): boolean => ctx.knowsUnit?.(id) ?? true;
  const parts = losses.map((l) => {
    const unit = known(l.unit) ? ctx.unitName(l.unit) : m.panel_log_unseen_unit({ camp: CAMP_SHORT[l.camp] });
    return (l.greatPower ? m.panel_log_loss_great_power : m.panel_log_loss)({ unit, steps: l.steps });
  });
  return m.panel_log_losses({ list: parts.join(m.panel_log_list_separator()) });
}

/** Proxy fire, as its patron (who learns at once), its victim (who may only suspect) or Control sees it. */
function proxyFireText(i: Incident, ctx: EventContext): string {
  const m = t();
  const place = hexName(ctx.scenario, i.hex);
  const firer = i.unit !== undefined && (ctx.knowsUnit?.(i.unit) ?? true) ? ctx.unitName(i.unit) : undefined;
  if (i.cause !== null && i.cause === ctx.camp) {
    const victim = i.victim ? POWER_NAME[i.victim] : m.panel_log_proxy_other_power();
    return firer === undefined ? m.panel_log_proxy_own({ id: i.id, place, victim }) : m.panel_log_proxy_own_named({ id: i.id, place, unit: firer, victim });
  }
  if (i.cause === null) return m.panel_log_proxy_disputed({ id: i.id, place, victim: i.victim ? POWER_NAME[i.victim] : m.panel_log_proxy_disputed_power() });
  const who = firer ?? m.panel_log_proxy_of({ power: POWER_NAME[i.cause] });
  return i.victim ? m.panel_log_proxy_fire_on({ id: i.id, place, firer: who, victim: POWER_NAME[i.victim] }) : m.panel_log_proxy_fire({ id: i.id, place, firer: who });
}

/** The great-power crisis: escalation, trust, incidents, the hotline and its agreements. */
function describeCrisis(e: GameEvent, ctx: EventContext): string | null {
  const { scenario } = ctx;
  const m = t();
  switch (e.type) {
    case 'escalation_changed': {
      let cause = causeBy(e.cause, e.by, e.inject);
      const where = e.incident ? ctx.incidentAt?.(e.incident) : undefined;
      if (where) cause = m.panel_log_cause_at({ cause, place: hexName(scenario, where) });
      if (e.incident && !cause.includes(e.incident)) cause = m.panel_log_cause_ref({ cause, incident: e.incident });
      const numbers = { delta: signed(e.delta), from: e.from, to: e.to, cause };
      return e.rungTo === e.rungFrom ? m.panel_log_escalation(numbers)
        : m.panel_log_escalation_rung({ ...numbers, way: e.rungTo > e.rungFrom ? 'up' : 'down', rung: rungName(e.rungTo) });
    }
    case 'trust_changed': return m.panel_log_trust({ delta: signed(e.delta), from: e.from, to: e.to, cause: causeText(e.cause) });
    case 'incident': {
      const i = e.incident;
      const against = i.victim ? m.panel_log_against({ power: POWER_NAME[i.victim] }) : '';
      const roll = i.roll ? m.panel_log_roll({ value: i.roll.value, chance: i.roll.chance }) : '';
      const losses = lossText(i.losses, ctx);
      if (i.type === 'proxy_fire') return proxyFireText(i, ctx) + losses + roll;
      const common = { id: i.id, place: hexName(scenario, i.hex), type: INCIDENT_NAME[i.type], against, losses, roll };
      const author = i.inject !== undefined ? injectAuthor(i.inject) : i.cause ? POWER_NAME[i.cause] : undefined;
      return author === undefined ? m.panel_log_incident_disputed(common) : m.panel_log_incident({ ...common, author });
    }
    case 'message_sent': {
      const msg = e.message;
      const { title } = formatMessage(scenario, msg, { crisis: { messages: [msg], incidents: [] } });
      const line = m.hotline_event_sent({ id: msg.id, sender: senderText(msg), receiver: POWER_NAME[msg.to], title });
      return msg.status === 'pending' && msg.to === ctx.camp ? `${line} ${m.hotline_event_answer_needed()}` : line;
    }
    case 'message_unanswered': return e.inject !== undefined
      ? m.panel_log_unanswered_inject({ id: e.message, from: POWER_NAME[e.from], author: injectAuthor(e.inject), to: POWER_NAME[e.to] })
      : m.panel_log_unanswered({ id: e.message, from: POWER_NAME[e.from], to: POWER_NAME[e.to] });
    case 'agreement_made': return m.panel_log_agreement({ id: e.agreement.id, text: agreementText(scenario, e.agreement) });
    case 'agreement_violated': return m.panel_log_agreement_violated({ power: POWER_NAME[e.by], agreement: e.agreement, incident: e.incident });
    case 'agreement_ended': return (e.reason === 'expired' ? m.panel_log_agreement_expired : m.panel_log_agreement_replaced)({ agreement: e.agreement });
    case 'denial_exposed': return e.inject !== undefined
      ? m.panel_log_disowning_exposed({ incident: e.incident, author: injectAuthor(e.inject), power: POWER_NAME[e.by] })
      : m.panel_log_denial_exposed({ power: POWER_NAME[e.by], incident: e.incident });
    // The inject's notes say where units came in: Control's to read from the record, not the players' log.
    case 'inject_fired': {
      const j = localInject(scenario, e.inject);
      return m.panel_log_inject({ id: e.inject.id, title: j.title, text: j.text });
    }
    case 'incident_ruled': return m.panel_log_ruling({ incident: e.incident, finding: rulingText(e.finding) });
    default: return null;
  }
}
