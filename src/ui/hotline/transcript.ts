// The hotline transcript: every message in sending order, as formal text with its id, channel,
// date-time group, sender and recipient, and where it stands.
import type { GameView, HotlineMessage, Power, Scenario } from '../../engine/core';
import { formatMessage, messageHeader, statusText } from '../../text/messageText';
import { el } from '../dom';
import { t } from '../../i18n/messages';

export function messageArticle(scenario: Scenario, view: GameView, m: HotlineMessage, camp: Power, prefix: string): HTMLElement {
  const text = formatMessage(scenario, m, view);
  const titleId = `${prefix}-${m.id}-title`;
  return el('article', { class: `msg ${m.from === camp && m.inject === undefined ? 'outgoing' : 'incoming'}`, 'aria-labelledby': titleId, 'data-message': m.id },
    el('p', { class: 'msg-head' }, messageHeader(m)),
    el('p', { class: `msg-status status-${m.status}` }, t().hotline_status_label({ status: statusText(m) })),
    el('h4', { class: 'msg-title', id: titleId }, text.title),
    el('p', { class: 'msg-body' }, text.body),
    // The team's own words: a text node, never parsed as HTML.
    m.remark === undefined ? null : el('p', { class: 'msg-remark', 'data-testid': 'msg-remark' }, el('strong', {}, t().hotline_remark()), m.remark));
}

export function renderTranscript(scenario: Scenario, view: GameView, camp: Power): HTMLElement[] {
  if (view.crisis.messages.length === 0) return [el('li', { class: 'muted' }, t().hotline_no_messages())];
  return view.crisis.messages.map((m) => el('li', {}, messageArticle(scenario, view, m, camp, 'tx')));
}
