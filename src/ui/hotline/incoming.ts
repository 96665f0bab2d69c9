// Messages to the player that it may still answer: calls pending until the end of its phase, and
// notices, shares and warnings not yet acknowledged. Each allowed answer is a button, with its
// predicted effect; a counter-proposal opens the compose form, since it needs a line.
import { ANSWERS, type GameView, type HotlineMessage, type MessageBody, type MessageKind, rulesSummary, tooOldToAcknowledge } from '../../engine/core';
import { signed } from '../../text/crisisText';
import { MESSAGE_KIND_LABEL } from '../../text/messageText';
import { notesText } from '../../text/predictText';
import { refusalText } from '../../text/refusalText';
import type { Controller } from '../../presenter/controller';
import { el } from '../dom';
import { t } from '../../i18n/messages';
import { messageArticle } from './transcript';


/** Messages waiting for the player's answer, oldest first. */
export function awaitingAnswer(view: GameView, camp: string): HotlineMessage[] {
  return view.crisis.messages.filter((m) => m.to === camp && m.answer === null && m.status !== 'unanswered'
    && !tooOldToAcknowledge(m, view.turn) && (ANSWERS[m.body.kind]?.length ?? 0) > 0);
}

export interface IncomingActions {
  answered(error: string | null, label: string): void;
  counter(to: string): void;
}

export function renderIncoming(controller: Controller, actions: IncomingActions): HTMLElement[] {
  const { session } = controller;
  const { scenario, camp } = session;
  const view = session.view();
  return awaitingAnswer(view, camp).map((m) => {
    const kinds = ANSWERS[m.body.kind] ?? [];
    const effects: HTMLElement[] = [];
    const buttons = kinds.map((kind: MessageKind) => {
      const label = kind === 'counter' ? t().hotline_counter_button() : MESSAGE_KIND_LABEL[kind];
      const b = el('button', { type: 'button', 'data-answer': kind, 'data-to': m.id, 'aria-label': `${label.replace('…', '')} ${m.id}` }, label);
      b.disabled = !session.isPlayersPhase;
      if (kind === 'counter') {
        b.addEventListener('click', () => actions.counter(m.id));
        return b;
      }
      const body = { kind, to: m.id } as MessageBody;
      // The prediction comes from the command rules: before they load (just after the first frame) the
      // answer shows no effect line; the panel is drawn again once they are in (Controller).
      const p = controller.rules?.predictMessage(scenario, view, body);
      if (p) effects.push(el('li', {}, `${MESSAGE_KIND_LABEL[kind]}: `, p.ok ? `${t().hotline_effect_line({ escalation: signed(p.escalation), trust: signed(p.trust) })} ${notesText(p.notes)}` : refusalText(p.error)));
      b.addEventListener('click', () => {
        const sent = controller.sendHotline(body);
        actions.answered(sent.ok ? null : refusalText(sent.error), `${MESSAGE_KIND_LABEL[kind]} ${m.id}`);
      });
      return b;
    });
    const due = m.status === 'pending' ? el('p', { class: 'due' }, t().hotline_due({ trust: signed(rulesSummary().trust.unanswered) })) : null;
    return el('li', { class: 'awaiting' },
      messageArticle(scenario, view, m, camp, 'in'), due,
      el('div', { class: 'answers', role: 'group', 'aria-label': t().hotline_answers_to({ id: m.id }) }, ...buttons),
      effects.length ? el('ul', { class: 'notes' }, ...effects) : null);
  });
}
