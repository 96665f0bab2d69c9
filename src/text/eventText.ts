// Engine events in plain English for the log. Works only from the filtered events the session hands
// out, so an unseen unit is never named.
import { type Camp, type CombatResult, type GameEvent, type Hex, type Incident, type IncidentLoss, type Power, type Scenario, RUNGS, formatDate } from '../engine';
import { INCIDENT_NAME, POWER_NAME, agreementText, causeText, clashSetOff, injectAuthor, isIncidentType, rulingText, senderText, signed } from './crisisText';
import { formatMessage } from './messageText';
import { t } from '../i18n/messages';
import { CAMP_SHORT, hexName } from './places';
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

const RESULT_TEXT: Readonly<Record<CombatResult, string>> = {
  AL2: 'attacker loses 2 steps',
  AL: 'attacker loses a step',
  NE: 'no effect',
  EX: 'both sides lose a step',
  DL: 'defender loses a step',
  DL2: 'defender loses 2 steps',
};

export function describeEvent(e: GameEvent, ctx: EventContext): string | null {
  const { scenario } = ctx;
  const name = ctx.unitName;
  const at = (h: Hex): string => hexName(scenario, h);
  const short = (c: Camp): string => CAMP_SHORT[c];
  switch (e.type) {
    case 'turn_started': return `Turn ${e.turn} begins: ${formatDate(e.date)}.`;
    case 'phase_started': return `${short(e.camp)} phase.`;
    case 'unit_moved': {
      const last = e.path[e.path.length - 1];
      return last ? `${name(e.unit)} moved to ${at(last)}.` : `${name(e.unit)} moved out of sight.`;
    }
    case 'move_interrupted': return `${name(e.unit)} ran into an unseen enemy near ${at(e.contact)} and stopped.`;
    case 'combat': {
      const who = e.inject !== undefined ? `An air strike set off by ${injectAuthor(e.inject)}`
        : e.kind === 'air' ? `${short(e.camp)} air strike`
        : e.attacker ? name(e.attacker) : `An unseen ${short(e.camp)} unit`;
      const verb = e.kind === 'assault' ? 'assaulted' : e.kind === 'fire' ? 'fired on' : e.kind === 'car_bomb' ? 'blew up against' : 'hit';
      const target = e.defenders.length > 0 ? e.defenders.map(name).join(', ') : at(e.target);
      return `${who} ${verb} ${target} at ${e.odds} (${e.attack} vs ${e.defence}), roll ${e.roll}: ${RESULT_TEXT[e.result]}.`;
    }
    case 'unit_hit': return e.steps > 0 ? `${name(e.unit)} lost ${e.steps} step${e.steps > 1 ? 's' : ''} (${e.strength} left).` : null;
    case 'unit_destroyed': return `${name(e.unit)} was destroyed at ${at(e.hex)}${e.greatPower ? ' (great-power troops killed)' : ''}.`;
    case 'unit_advanced': return `${name(e.unit)} advanced into ${at(e.to)}.`;
    case 'objective_captured': {
      const obj = scenario.objectives.find((o) => o.id === e.objective);
      const from = e.from ? ` from ${short(e.from)}` : '';
      return `${short(e.camp)} took ${obj?.name ?? e.objective}${from}.`;
    }
    case 'pontoon_built': return `${short(e.camp)} engineers bridged the river at ${at(e.hex)}.`;
    case 'mine_laid': return `${name(e.unit)} laid a minefield at ${at(e.hex)}.`;
    case 'mine_exploded': return `${name(e.unit)} ran onto a minefield at ${at(e.hex)} and stopped (roll ${e.roll}: ${e.steps === 0 ? 'no loss' : `${e.steps} step${e.steps > 1 ? 's' : ''} lost`}). The field is spent.`;
    case 'car_bomb_detonated': return `Car bomb detonated at ${at(e.target)}.`;
    case 'proxy_order': return e.order === 'restrain'
      ? `${name(e.unit)} restrained: it holds its fire (no attacks while restrained).`
      : `${name(e.unit)} freed: it may attack again, and is readier to fire on its own.`;
    case 'reinforcements_arrived': return `Reinforcements for ${short(e.camp)}: ${e.units.map(name).join(', ')}.`;
    case 'game_over': {
      const w = e.report.winner;
      if (w === 'none') {
        const s = e.report.score;
        return `Game over: a direct US-Russian clash${clashSetOff(e.report)}. Both camps lose (scores: Coalition ${s.coalition}, Russia ${s.russia}).`;
      }
      return `Game over: ${w === 'draw' ? 'a draw' : `${short(w)} wins`}.`;
    }
    default: return describeCrisis(e, ctx);
  }
}


/** An engine cause with its author when the cause is an incident type ("misidentified strike by Russia"), or the inject's. */
function causeBy(cause: string, by: Power | null, inject?: string): string {
  if (inject !== undefined && !cause.startsWith(`inject ${inject}`)) return `${isIncidentType(cause) ? INCIDENT_NAME[cause] : causeText(cause)} by ${injectAuthor(inject)}`;
  return by && isIncidentType(cause) ? `${INCIDENT_NAME[cause]} by ${POWER_NAME[by]}` : causeText(cause);
}

function lossText(losses: readonly IncidentLoss[], ctx: EventContext): string {
  if (losses.length === 0) return ' No losses.';
  const known = (id: string): boolean => ctx.knowsUnit?.(id) ?? true;
  const parts = losses.map((l) => `${known(l.unit) ? ctx.unitName(l.unit) : `an unseen ${CAMP_SHORT[l.camp]} unit`} ${l.steps} step${l.steps > 1 ? 's' : ''}${l.greatPower ? ' (great-power troops)' : ''}`);
  return ` Losses: ${parts.join(', ')}.`;
}

/** Proxy fire, as its patron (who learns at once), its victim (who may only suspect) or Control sees it. */
function proxyFireText(i: Incident, ctx: EventContext): string {
  const place = hexName(ctx.scenario, i.hex);
  const firer = i.unit !== undefined && (ctx.knowsUnit?.(i.unit) ?? true) ? ctx.unitName(i.unit) : undefined;
  if (i.cause !== null && i.cause === ctx.camp) {
    const who = firer === undefined ? 'one of your proxies' : `your proxy ${firer}`;
    return `Incident ${i.id} at ${place}: ${who} opened fire on its own on ${i.victim ? POWER_NAME[i.victim] : 'the other power'}'s forces.`;
  }
  if (i.cause === null) return `Incident ${i.id} at ${place}: fire on ${i.victim ? POWER_NAME[i.victim] : 'a power'}'s forces from the other camp's lines (author disputed: you only suspect who fired).`;
  return `Incident ${i.id} at ${place}: proxy fire: ${firer ?? `a ${POWER_NAME[i.cause]} proxy`} opened fire on its own${i.victim ? ` on ${POWER_NAME[i.victim]}'s forces` : ''}.`;
}

/** The great-power crisis: escalation, trust, incidents, the hotline and its agreements. */
function describeCrisis(e: GameEvent, ctx: EventContext): string | null {
  const { scenario } = ctx;
  switch (e.type) {
    case 'escalation_changed': {
      const rung = e.rungTo !== e.rungFrom ? `, ${e.rungTo > e.rungFrom ? 'up' : 'down'} to ${RUNGS[e.rungTo]?.name ?? e.rungTo}` : '';
      const cause = causeBy(e.cause, e.by, e.inject);
      const ref = e.incident && !cause.includes(e.incident) ? ` (${e.incident})` : '';
      const where = e.incident ? ctx.incidentAt?.(e.incident) : undefined;
      const place = where ? ` at ${hexName(scenario, where)}` : '';
      return `Escalation ${signed(e.delta)} (${e.from} → ${e.to}${rung}): ${cause}${place}${ref}.`;
    }
    case 'trust_changed': return `Trust ${signed(e.delta)} (${e.from} → ${e.to}): ${causeText(e.cause)}.`;
    case 'incident': {
      const i = e.incident;
      const author = i.inject !== undefined ? ` by ${injectAuthor(i.inject)}` : i.cause ? ` by ${POWER_NAME[i.cause]}` : ' (author disputed: you only suspect who did it)';
      const victim = i.victim ? ` against ${POWER_NAME[i.victim]}` : '';
      const roll = i.roll ? ` Roll ${i.roll.value} against ${i.roll.chance}%.` : '';
      if (i.type === 'proxy_fire') return proxyFireText(i, ctx) + `${lossText(i.losses, ctx)}${roll}`;
      return `Incident ${i.id} at ${hexName(scenario, i.hex)}: ${INCIDENT_NAME[i.type]}${author}${victim}.${lossText(i.losses, ctx)}${roll}`;
    }
    case 'message_sent': {
      const m = e.message;
      const { title } = formatMessage(scenario, m, { crisis: { messages: [m], incidents: [] } });
      const line = t().hotline_event_sent({ id: m.id, sender: senderText(m), receiver: POWER_NAME[m.to], title });
      return m.status === 'pending' && m.to === ctx.camp ? `${line} ${t().hotline_event_answer_needed()}` : line;
    }
    case 'message_unanswered': return e.inject !== undefined
      ? `Hotline call ${e.message} from ${POWER_NAME[e.from]} went unanswered: ${injectAuthor(e.inject)} has ${POWER_NAME[e.to]}'s end of the line down.`
      : `${POWER_NAME[e.to]} left hotline call ${e.message} from ${POWER_NAME[e.from]} unanswered.`;
    case 'agreement_made': return `Agreement ${e.agreement.id}: ${agreementText(scenario, e.agreement)}.`;
    case 'agreement_violated': return `${POWER_NAME[e.by]} broke agreement ${e.agreement} (incident ${e.incident}).`;
    case 'agreement_ended': return `Agreement ${e.agreement} ${e.reason === 'expired' ? 'has expired' : 'was replaced by a new line'}.`;
    case 'denial_exposed': return e.inject !== undefined
      ? `The disowning of incident ${e.incident}, ${injectAuthor(e.inject)} in ${POWER_NAME[e.by]}'s name, was exposed.`
      : `${POWER_NAME[e.by]}'s denial of incident ${e.incident} was exposed.`;
    // The inject's notes say where units came in: Control's to read from the record, not the players' log.
    case 'inject_fired': {
      const j = localInject(scenario, e.inject);
      return `Control inject ${e.inject.id}: ${j.title}. ${j.text}`;
    }
    case 'incident_ruled': return `Control's ruling on incident ${e.incident}: ${rulingText(e.finding)}.`;
    default: return null;
  }
}
