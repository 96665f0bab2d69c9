// Hotline messages as formal text in the current language (messages/*.json, hotline_*): a title in
// capitals and a body that names places, dates and forces. Pure (no DOM), so it is unit-tested and
// shared by the transcript, the compose preview and the event log.
import type { CrisisState, HotlineMessage, MessageBody, MessageKind, OpeningBody, Power, Scenario } from '../engine/core';
import { otherPower, rulesSummary } from '../engine/core';
import {
  CHANNEL_NAME, CONSEQUENCE_TEXT, INCIDENT_NAME, POWER_NAME, areaText, lineText, messageTime, senderText, turnDays, turnEnd,
} from './crisisText';
import { hexRef } from './places';
import { t, translatedRecord } from '../i18n/messages';

export interface FormalText { title: string; body: string }

/** What a message can be checked against: the messages it answers and the incidents it protests. */
export interface MessageContext { crisis: Pick<CrisisState, 'messages' | 'incidents'> }

/** Short labels, for the compose form and the answer buttons. */
export const MESSAGE_KIND_LABEL: Readonly<Record<MessageKind, string>> = translatedRecord({
  notify: (m) => m.hotline_kind_notify(),
  propose_line: (m) => m.hotline_kind_propose_line(),
  share_positions: (m) => m.hotline_kind_share_positions(),
  request_hold_fire: (m) => m.hotline_kind_request_hold_fire(),
  request_withdrawal: (m) => m.hotline_kind_request_withdrawal(),
  warn: (m) => m.hotline_kind_warn(),
  protest: (m) => m.hotline_kind_protest(),
  request_meeting: (m) => m.hotline_kind_request_meeting(),
  accept: (m) => m.hotline_kind_accept(),
  reject: (m) => m.hotline_kind_reject(),
  counter: (m) => m.hotline_kind_counter(),
  acknowledge: (m) => m.hotline_kind_acknowledge(),
  deny: (m) => m.hotline_kind_deny(),
});

/** "through 12 Sep 2017 (turn 2)" for an agreement of `count` turns starting on `from`. */
function through(scenario: Scenario, from: number, count: number): string {
  const last = from + count - 1;
  return t().hotline_through({ date: turnEnd(scenario, last), turn: last });
}

/** "on 9–10 Sep 2017 (turn 1)". */
const when = (scenario: Scenario, turn: number): string => t().hotline_when({ days: turnDays(scenario, turn), turn });

/** A short reference to an opening message, for the replies that answer it. */
function summary(scenario: Scenario, body: MessageBody): string {
  const m = t();
  switch (body.kind) {
    case 'notify': {
      const area = areaText(scenario, body.area);
      return body.activity === 'strike' ? m.hotline_sum_notify_strike({ area }) : m.hotline_sum_notify_operation({ area });
    }
    case 'propose_line': case 'counter': {
      const where = body.line.kind === 'river' ? m.hotline_sum_where_river() : m.hotline_sum_where_strip({ count: body.line.hexes.length });
      return body.kind === 'counter' ? m.hotline_sum_counter({ where }) : m.hotline_sum_propose({ where });
    }
    case 'share_positions': return m.hotline_sum_share_positions({ area: areaText(scenario, body.area) });
    case 'request_hold_fire': return m.hotline_sum_hold_fire({ area: areaText(scenario, body.area), forTurns: m.hotline_for_turns({ count: body.turns }) });
    case 'request_withdrawal': return m.hotline_sum_withdrawal({ area: areaText(scenario, body.area), forTurns: m.hotline_for_turns({ count: body.turns }) });
    case 'warn': return m.hotline_sum_warn({ area: areaText(scenario, body.area) });
    case 'protest': return m.hotline_sum_protest({ id: body.incident });
    case 'request_meeting': return m.hotline_sum_meeting();
    default: return m.hotline_sum_message();
  }
}

function protestText(scenario: Scenario, ctx: MessageContext, id: string): string {
  const incident = ctx.crisis.incidents.find((i) => i.id === id);
  if (!incident) return t().hotline_body_protest_unknown({ id });
  const steps = incident.losses.reduce((n, l) => n + l.steps, 0);
  const gp = incident.losses.some((l) => l.greatPower);
  const losses = steps === 0 ? '' : ` ${gp ? t().hotline_losses_great_power({ steps }) : t().hotline_losses({ steps })}`;
  return t().hotline_body_protest({
    days: turnDays(scenario, incident.turn), turn: incident.turn, place: hexRef(scenario, incident.hex), incident: INCIDENT_NAME[incident.type], id: incident.id, losses,
  });
}

function opening(scenario: Scenario, from: Power, body: OpeningBody, turn: number, ctx: MessageContext): FormalText {
  const m = t();
  const to = otherPower(from);
  switch (body.kind) {
    case 'notify': {
      const args = { power: from, area: areaText(scenario, body.area), when: when(scenario, body.turn) };
      return body.activity === 'strike'
        ? { title: m.hotline_title_notify_strike(), body: m.hotline_body_notify_strike(args) }
        : { title: m.hotline_title_notify_operation(), body: m.hotline_body_notify_operation(args) };
    }
    case 'propose_line':
      return { title: m.hotline_title_propose_line(), body: m.hotline_body_propose_line({ line: lineText(scenario, body.line) }) };
    case 'share_positions':
      return {
        title: m.hotline_title_share_positions(),
        body: m.hotline_body_share_positions({ power: from, area: areaText(scenario, body.area), forTurns: m.hotline_for_turns({ count: body.turns }), through: through(scenario, turn, body.turns) }),
      };
    case 'request_hold_fire':
      return {
        title: m.hotline_title_hold_fire(),
        body: m.hotline_body_hold_fire({ power: to, area: areaText(scenario, body.area), forTurns: m.hotline_for_turns({ count: body.turns }), through: through(scenario, turn, body.turns) }),
      };
    case 'request_withdrawal':
      return {
        title: m.hotline_title_withdrawal(),
        body: m.hotline_body_withdrawal({ power: to, area: areaText(scenario, body.area), forTurns: m.hotline_for_turns({ count: body.turns }), through: through(scenario, turn, body.turns) }),
      };
    case 'warn': {
      const text = m.hotline_body_warn({
        power: from, area: areaText(scenario, body.area), through: through(scenario, turn, rulesSummary().hotline.warningTurns), consequence: CONSEQUENCE_TEXT[body.consequence],
      });
      return { title: body.public ? m.hotline_title_public_warning() : m.hotline_title_warning(), body: body.public ? `${text} ${m.hotline_warn_public()}` : text };
    }
    case 'protest':
      return { title: m.hotline_title_protest({ id: body.incident }), body: protestText(scenario, ctx, body.incident) };
    case 'request_meeting':
      return { title: m.hotline_title_meeting(), body: m.hotline_body_meeting({ when: when(scenario, turn + 1) }) };
  }
}

/**
 * The formal text of a message body sent by `from` on `turn`, in the current language. Replies quote
 * the message they answer from `ctx`; drafts (not yet sent) use the same function, so the preview is
 * what will be sent.
 */
export function formatBody(scenario: Scenario, from: Power, body: MessageBody, turn: number, ctx: MessageContext): FormalText {
  if (!('to' in body)) return opening(scenario, from, body, turn, ctx);
  const m = t();
  const original = ctx.crisis.messages.find((x) => x.id === body.to);
  const ref = original ? m.hotline_ref({ id: body.to, summary: summary(scenario, original.body) }) : m.hotline_ref_bare({ id: body.to });
  const id = body.to;
  switch (body.kind) {
    case 'accept': return { title: m.hotline_title_accept({ id }), body: m.hotline_reply_accept({ ref }) };
    case 'reject': return { title: m.hotline_title_reject({ id }), body: m.hotline_reply_reject({ ref }) };
    case 'counter':
      return { title: m.hotline_title_counter({ id }), body: m.hotline_reply_counter({ ref, line: lineText(scenario, body.line) }) };
    case 'acknowledge':
      return original?.body.kind === 'protest'
        ? { title: m.hotline_title_acknowledge({ id }), body: m.hotline_reply_acknowledge_incident({ ref, incident: original.body.incident }) }
        : { title: m.hotline_title_acknowledge({ id }), body: m.hotline_reply_acknowledge({ ref }) };
    case 'deny':
      return original?.body.kind === 'protest'
        ? { title: m.hotline_title_deny({ id }), body: m.hotline_reply_deny_incident({ ref, incident: original.body.incident }) }
        : { title: m.hotline_title_deny({ id }), body: m.hotline_reply_deny({ ref }) };
  }
}

export function formatMessage(scenario: Scenario, message: HotlineMessage, ctx: MessageContext): FormalText {
  return formatBody(scenario, message.from, message.body, message.turn, ctx);
}

/** Where a message stands, for the transcript. */
export function statusText(message: HotlineMessage): string {
  switch (message.status) {
    case 'pending': return t().hotline_status_pending();
    case 'answered': return t().hotline_status_answered({ id: message.answer ?? '?' });
    case 'unanswered': return t().hotline_status_unanswered();
    case 'info': return message.answer ? t().hotline_status_acknowledged({ id: message.answer }) : t().hotline_status_info();
  }
}

/** "H1 · Air channel · 09 SEP 2017 0620Z · Coalition to Russia". */
export function messageHeader(message: HotlineMessage): string {
  return t().hotline_header({ id: message.id, channel: CHANNEL_NAME[message.channel], time: messageTime(message.at), sender: senderText(message), receiver: POWER_NAME[message.to] });
}
