// Discussion questions for the hotwash, chosen from what happened in this game: a clash, a false
// denial, an unanswered call, a silent hotline, an agreed line, injects; two general ones close it.
import type { GameState } from '../engine';
import { POWER_NAME, injectAuthor } from '../text/crisisText';
import type { Question } from './types';

/** `own`: the scenario's own questions (its story), asked before the two general ones. */
export function questionsFor(final: GameState, injectTitles: readonly string[], own: readonly Question[] = []): Question[] {
  const q: Question[] = [];
  const { crisis, result } = final;
  const messages = crisis.messages;
  if (result?.reason === 'direct_clash') {
    const by = result.clashInject !== undefined ? injectAuthor(result.clashInject) : result.clashBy ? POWER_NAME[result.clashBy] : 'neither side alone';
    q.push({ id: 'clash-turning-point', text: `The game ended in a direct clash set off by ${by}. At which turn could either side still have stopped the climb, and with what message or order?` });
    q.push({ id: 'clash-intent', text: 'Was the clash an accident, a miscalculation or a choice? What did each team believe the other would do?' });
  }
  // A denial an inject made (disowned irregulars) is no team's to answer for.
  const denials = crisis.incidents.filter((i) => i.type === 'false_denial' && i.inject === undefined);
  const denied = messages.filter((m) => m.body.kind === 'deny');
  if (denials.length > 0) {
    q.push({ id: 'false-denial', text: `A denial was exposed as false (${denials.map((i) => i.id).join(', ')}). Why deny an incident the other side can prove? What did it cost in trust?` });
  } else if (denied.length > 0) {
    q.push({ id: 'denial', text: 'Responsibility for an incident was denied on the line, as Russia denied the strike of 16 Sep 2017. Did the denial calm things or store up trouble?' });
  }
  const unanswered = messages.filter((m) => m.status === 'unanswered');
  if (unanswered.length > 0) {
    q.push({ id: 'unanswered-call', text: `${unanswered.length} call${unanswered.length === 1 ? ' was' : 's were'} left unanswered (first ${unanswered[0]!.id}). In Sep 2016 Russia's first call went unanswered while a strike went on. What should a team do when the other end is silent?` });
  }
  if (messages.length === 0) {
    q.push({ id: 'silent-hotline', text: 'Neither side used the hotline. Why not? What would one notification have cost, and what might it have saved?' });
  } else if (crisis.incidents.length === 0) {
    q.push({ id: 'quiet-race', text: `The race stayed free of incidents with ${messages.length} hotline messages. Which message mattered most, and would it have worked without trust?` });
  }
  if (crisis.agreements.some((a) => a.kind === 'line')) {
    q.push({ id: 'line', text: 'You agreed a deconfliction line. In Feb 2018 fighters the other side disowned attacked across such a line at Khasham. Who is responsible for forces a power disowns?' });
  }
  if (crisis.incidents.some((i) => i.knowledge.coalition === 'suspects' || i.knowledge.russia === 'suspects')) {
    q.push({ id: 'attribution', text: 'An incident had a disputed author. How did the victim decide whom to blame, and what would have settled it?' });
  }
  for (const title of injectTitles.slice(0, 2)) q.push({ id: `inject-${q.length}`, text: `How did your team answer the inject "${title}"? What would you do differently?` });
  if (result && result.reason === 'last_turn' && result.winner !== 'draw' && result.winner !== 'none') {
    q.push({ id: 'winner-risk', text: `${result.winner === 'coalition' ? 'The coalition' : 'The government side'} won on points. Which of its risks would a real commander have refused, and why?` });
  }
  q.push(...own);
  q.push({ id: 'objectives-vs-escalation', text: 'When did taking an objective matter more to your team than keeping escalation down? Who decided that, and how?' });
  q.push({ id: 'reality', text: 'Where did your game differ most from what happened in 2017, and what explains the difference?' });
  return q;
}
