// Discussion questions for the hotwash, chosen from what happened in this game: a clash, a false
// denial, an unanswered call, a silent hotline, an agreed line, injects; two general ones close it.
import type { GameState } from '../engine';
import { POWER_NAME, injectAuthor } from '../text/crisisText';
import type { Question } from './types';
import { t } from '../i18n/messages';

/** `own`: the scenario's own questions (its story), asked before the two general ones. */
export function questionsFor(final: GameState, injectTitles: readonly string[], own: readonly Question[] = []): Question[] {
  const q: Question[] = [];
  const { crisis, result } = final;
  const messages = crisis.messages;
  if (result?.reason === 'direct_clash') {
    const by = result.clashInject !== undefined ? injectAuthor(result.clashInject) : result.clashBy ? POWER_NAME[result.clashBy] : t().review_q_neither_alone();
    q.push({ id: 'clash-turning-point', text: t().review_q_clash_turning_point({ by }) });
    q.push({ id: 'clash-intent', text: t().review_q_clash_intent() });
  }
  // A denial an inject made (disowned irregulars) is no team's to answer for.
  const denials = crisis.incidents.filter((i) => i.type === 'false_denial' && i.inject === undefined);
  const denied = messages.filter((m) => m.body.kind === 'deny');
  if (denials.length > 0) {
    q.push({ id: 'false-denial', text: t().review_q_false_denial({ ids: denials.map((i) => i.id).join(', ') }) });
  } else if (denied.length > 0) {
    q.push({ id: 'denial', text: t().review_q_denial() });
  }
  const unanswered = messages.filter((m) => m.status === 'unanswered');
  if (unanswered.length > 0) {
    q.push({ id: 'unanswered-call', text: t().review_q_unanswered({ count: unanswered.length, first: unanswered[0]!.id }) });
  }
  if (messages.length === 0) {
    q.push({ id: 'silent-hotline', text: t().review_q_silent() });
  } else if (crisis.incidents.length === 0) {
    q.push({ id: 'quiet-race', text: t().review_q_quiet_race({ count: String(messages.length) }) });
  }
  if (crisis.agreements.some((a) => a.kind === 'line')) {
    q.push({ id: 'line', text: t().review_q_line() });
  }
  if (crisis.incidents.some((i) => i.knowledge.coalition === 'suspects' || i.knowledge.russia === 'suspects')) {
    q.push({ id: 'attribution', text: t().review_q_attribution() });
  }
  for (const title of injectTitles.slice(0, 2)) q.push({ id: `inject-${q.length}`, text: t().review_q_inject({ title }) });
  if (result && result.reason === 'last_turn' && result.winner !== 'draw' && result.winner !== 'none') {
    q.push({ id: 'winner-risk', text: result.winner === 'coalition' ? t().review_q_winner_coalition() : t().review_q_winner_government() });
  }
  q.push(...own);
  q.push({ id: 'objectives-vs-escalation', text: t().review_q_objectives() });
  q.push({ id: 'reality', text: t().review_q_reality() });
  return q;
}
