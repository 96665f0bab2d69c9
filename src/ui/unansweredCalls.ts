// End turn with calls still to answer: those due this phase go unanswered, which costs trust, so the
// player is asked first and can go to the hotline instead.
import { type GameView, rulesSummary } from '../engine/core';
import { signed } from '../text/crisisText';
import { awaitingAnswer } from './hotline/incoming';
import { el } from './dom';
import { openModal } from './modal';
import { t } from '../i18n/messages';

/** Calls the player must answer before its phase ends, or they go unanswered. */
export function dueCalls(view: GameView, camp: string): number {
  return awaitingAnswer(view, camp).filter((m) => m.status === 'pending').length;
}

export function confirmUnanswered(calls: number, actions: { answer(): void; endAnyway(): void }): void {
  const trust = rulesSummary().trust.unanswered;
  const answer = el('button', { type: 'button', class: 'primary', 'data-testid': 'unanswered-answer' }, t().dialog_answer_them());
  const end = el('button', { type: 'button', 'data-testid': 'unanswered-end' }, t().dialog_end_anyway());
  const dialog = openModal({ id: 'unanswered-calls', title: t().dialog_calls_await({ count: calls }) },
    el('p', {}, t().dialog_calls_unanswered({ count: calls, trust: signed(trust) })),
    el('div', { class: 'buttons' }, answer, end));
  // Act once the dialog has closed and given focus back, so End turn's own focus handling holds.
  const then = (fn: () => void) => () => { dialog.addEventListener('close', fn, { once: true }); dialog.close(); };
  answer.addEventListener('click', then(() => actions.answer()));
  end.addEventListener('click', then(() => actions.endAnyway()));
}
