// Hotline messages as formal text in English: a title in capitals and a body that names places,
// dates and forces. Pure (no DOM), so it is unit-tested and shared by the transcript, the compose
// preview and the event log.
import type { CrisisState, HotlineMessage, MessageBody, MessageKind, OpeningBody, Power, Scenario } from '../engine';
import { otherPower, rulesSummary } from '../engine';
import {
  CHANNEL_NAME, CONSEQUENCE_TEXT, INCIDENT_NAME, POWER_ADJ, POWER_NAME, areaText, lineText, messageTime, senderText, turnDays, turnEnd,
} from './crisisText';
import { hexRef } from './places';

export interface FormalText { title: string; body: string }

/** What a message can be checked against: the messages it answers and the incidents it protests. */
export interface MessageContext { crisis: Pick<CrisisState, 'messages' | 'incidents'> }

/** Short labels, for the compose form and the answer buttons. */
export const MESSAGE_KIND_LABEL: Readonly<Record<MessageKind, string>> = {
  notify: 'Notify a strike or operation',
  propose_line: 'Propose a deconfliction line',
  share_positions: 'Share positions',
  request_hold_fire: 'Request hold fire',
  request_withdrawal: 'Request withdrawal',
  warn: 'Warn',
  protest: 'Protest an incident',
  request_meeting: 'Request a meeting',
  accept: 'Accept',
  reject: 'Reject',
  counter: 'Counter-propose a line',
  acknowledge: 'Acknowledge',
  deny: 'Deny',
};

const turns = (n: number): string => `${n} turn${n === 1 ? '' : 's'}`;

/** "through 12 Sep 2017 (turn 2)" for an agreement of `count` turns starting on `from`. */
function through(scenario: Scenario, from: number, count: number): string {
  const last = from + count - 1;
  return `through ${turnEnd(scenario, last)} (turn ${last})`;
}

/** A short reference to an opening message, for the replies that answer it. */
function summary(scenario: Scenario, body: MessageBody): string {
  switch (body.kind) {
    case 'notify': return `notification of ${body.activity === 'strike' ? 'strike activity' : 'a ground operation'} ${areaText(scenario, body.area)}`;
    case 'propose_line': case 'counter':
      return `${body.kind === 'counter' ? 'counter-proposal' : 'proposal'} of a deconfliction line along ${body.line.kind === 'river' ? 'the Euphrates' : `a strip of ${body.line.hexes.length} hexes`}`;
    case 'share_positions': return `sharing of positions ${areaText(scenario, body.area)}`;
    case 'request_hold_fire': return `request to hold fire ${areaText(scenario, body.area)} for ${turns(body.turns)}`;
    case 'request_withdrawal': return `request for withdrawal from the area ${areaText(scenario, body.area)} for ${turns(body.turns)}`;
    case 'warn': return `warning concerning the area ${areaText(scenario, body.area)}`;
    case 'protest': return `protest of incident ${body.incident}`;
    case 'request_meeting': return 'request for a meeting of commanders';
    default: return 'message';
  }
}

function protestText(scenario: Scenario, ctx: MessageContext, id: string): string {
  const incident = ctx.crisis.incidents.find((i) => i.id === id);
  if (!incident) return `We protest incident ${id} and request your explanation.`;
  const steps = incident.losses.reduce((n, l) => n + l.steps, 0);
  const gp = incident.losses.some((l) => l.greatPower);
  const losses = steps > 0 ? ` Our forces lost ${steps} step${steps === 1 ? '' : 's'}${gp ? ', great-power personnel among them' : ''}.` : '';
  return `On ${turnDays(scenario, incident.turn)} (turn ${incident.turn}) at ${hexRef(scenario, incident.hex)}: ${INCIDENT_NAME[incident.type]} (${incident.id}).${losses} We protest this incident and request your explanation.`;
}

function opening(scenario: Scenario, from: Power, body: OpeningBody, turn: number, ctx: MessageContext): FormalText {
  const to = otherPower(from);
  switch (body.kind) {
    case 'notify': {
      const when = `on ${turnDays(scenario, body.turn)} (turn ${body.turn})`;
      return body.activity === 'strike'
        ? { title: 'NOTIFICATION OF STRIKE ACTIVITY', body: `${POWER_ADJ[from]} aircraft will strike ${areaText(scenario, body.area)} ${when}. Request your forces keep clear.` }
        : { title: 'NOTIFICATION OF GROUND OPERATION', body: `${POWER_ADJ[from]} ground forces will operate ${areaText(scenario, body.area)} ${when}. Request your forces keep clear.` };
    }
    case 'propose_line':
      return { title: 'PROPOSAL OF DECONFLICTION LINE', body: `We propose as the deconfliction line ${lineText(scenario, body.line)}. Forces of either side that cross it will be in breach. Request your acceptance.` };
    case 'share_positions':
      return {
        title: 'SHARING OF POSITIONS',
        body: `For your information: the positions of ${POWER_ADJ[from]} forces ${areaText(scenario, body.area)} are shared with you for ${turns(body.turns)}, ${through(scenario, turn, body.turns)}. Request you take them into account in your targeting.`,
      };
    case 'request_hold_fire':
      return {
        title: 'REQUEST TO HOLD FIRE',
        body: `Request ${POWER_ADJ[to]} forces hold all fire into the area ${areaText(scenario, body.area)} for ${turns(body.turns)}, ${through(scenario, turn, body.turns)}. Request your answer.`,
      };
    case 'request_withdrawal':
      return {
        title: 'REQUEST FOR WITHDRAWAL',
        body: `Request ${POWER_ADJ[to]} forces withdraw from the area ${areaText(scenario, body.area)} by the end of their next phase and stay out for ${turns(body.turns)}, ${through(scenario, turn, body.turns)}. Request your answer.`,
      };
    case 'warn':
      return {
        title: body.public ? 'PUBLIC WARNING' : 'WARNING',
        body: `${POWER_ADJ[to]} forces are to keep out of the area ${areaText(scenario, body.area)} ${through(scenario, turn, rulesSummary().hotline.warningTurns)}. ${POWER_ADJ[from]} forces ${CONSEQUENCE_TEXT[body.consequence]}.${body.public ? ' This warning is made public.' : ''}`,
      };
    case 'protest':
      return { title: `PROTEST OF INCIDENT ${body.incident}`, body: protestText(scenario, ctx, body.incident) };
    case 'request_meeting':
      return { title: 'REQUEST FOR MEETING', body: `Request a face-to-face meeting of commanders on ${turnDays(scenario, turn + 1)} (turn ${turn + 1}) to share maps, graphics and information on positions. Request your answer.` };
  }
}

/**
 * The formal text of a message body sent by `from` on `turn`. Replies quote the message they answer
 * from `ctx`; drafts (not yet sent) use the same function, so the preview is what will be sent.
 */
export function formatBody(scenario: Scenario, from: Power, body: MessageBody, turn: number, ctx: MessageContext): FormalText {
  if (!('to' in body)) return opening(scenario, from, body, turn, ctx);
  const original = ctx.crisis.messages.find((m) => m.id === body.to);
  const ref = original ? `Reference your ${body.to}, ${summary(scenario, original.body)}.` : `Reference your ${body.to}.`;
  switch (body.kind) {
    case 'accept': return { title: `ACCEPTANCE OF ${body.to}`, body: `${ref} Accepted.` };
    case 'reject': return { title: `REJECTION OF ${body.to}`, body: `${ref} Not accepted.` };
    case 'counter':
      return { title: `COUNTER-PROPOSAL TO ${body.to}`, body: `${ref} Not accepted. We propose instead as the deconfliction line ${lineText(scenario, body.line)}. Request your acceptance.` };
    case 'acknowledge':
      return original?.body.kind === 'protest'
        ? { title: `ACKNOWLEDGEMENT OF ${body.to}`, body: `${ref} We acknowledge responsibility for incident ${original.body.incident} and regret it.` }
        : { title: `ACKNOWLEDGEMENT OF ${body.to}`, body: `${ref} Received and understood.` };
    case 'deny': {
      const incident = original?.body.kind === 'protest' ? ` for incident ${original.body.incident}` : '';
      return { title: `DENIAL OF ${body.to}`, body: `${ref} We deny responsibility${incident}.` };
    }
  }
}

export function formatMessage(scenario: Scenario, message: HotlineMessage, ctx: MessageContext): FormalText {
  return formatBody(scenario, message.from, message.body, message.turn, ctx);
}

/** Where a message stands, for the transcript. */
export function statusText(message: HotlineMessage): string {
  switch (message.status) {
    case 'pending': return 'pending, awaiting answer';
    case 'answered': return `answered by ${message.answer ?? '?'}`;
    case 'unanswered': return 'unanswered';
    case 'info': return message.answer ? `acknowledged by ${message.answer}` : 'for information';
  }
}

/** "H1 · Air channel · 09 SEP 2017 0620Z · Coalition to Russia". */
export function messageHeader(message: HotlineMessage): string {
  return `${message.id} · ${CHANNEL_NAME[message.channel]} · ${messageTime(message.at)} · ${senderText(message)} to ${POWER_NAME[message.to]}`;
}
