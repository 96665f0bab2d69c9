// The kit's learning objectives answered from the game: "did the group …", yes, no or not tested
// (the game never put it to the test), each with the evidence. Only the human teams are judged; an
// AI-only game judges both powers.
import { type GameState, type Power, POWERS, RUNGS } from '../engine';
import type { Kit, KitCheck } from '../exercise/kit';
import type { Replay } from '../replay/format';
import { POWER_NAME } from '../text/crisisText';
import type { LearningCheck } from './types';
import type { Walk } from './walk';

type Verdict = Pick<LearningCheck, 'answer' | 'evidence'>;

const list = (ps: readonly Power[]): string => ps.map((p) => POWER_NAME[p]).join(' and ');
/** The same after a negative: "No incident hit Coalition or Russia." */
const either = (ps: readonly Power[]): string => ps.map((p) => POWER_NAME[p]).join(' or ');
/** "All 3 calls", "The one call". */
const all = (n: number, one: string): string => (n === 1 ? `The one ${one}` : `All ${n} ${one}s`);
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The powers whose choices the objectives judge: the human teams, or both when none is human. */
export function judgedPowers(replay: Replay): Power[] {
  const humans = POWERS.filter((p) => replay.players[p].kind === 'human');
  return humans.length > 0 ? humans : [...POWERS];
}

function verdict(check: KitCheck, walk: Walk, final: GameState, teams: readonly Power[]): Verdict {
  const { crisis } = final;
  const judged = (p: Power | null): p is Power => p !== null && teams.includes(p);
  switch (check.kind) {
    case 'notice_before_strike': {
      const strikes = walk.nearStrikes.filter((s) => judged(s.camp));
      if (strikes.length === 0) return { answer: 'not tested', evidence: `${teams.length === 1 ? `${POWER_NAME[teams[0]!]} never` : 'Neither Coalition nor Russia'} fired near the other power's troops.` };
      const bare = strikes.filter((s) => !s.notified);
      if (bare.length === 0) return { answer: 'yes', evidence: `${all(strikes.length, 'strike')} near the other power's troops came after a notice.` };
      return { answer: 'no', evidence: `${bare.length} of ${plural(strikes.length, 'strike')} near the other power's troops had no notice first (the first by ${POWER_NAME[bare[0]!.camp]} on turn ${bare[0]!.turn}).` };
    }
    case 'protest_incidents': {
      const against = crisis.incidents.filter((i) => judged(i.victim));
      if (against.length === 0) return { answer: 'not tested', evidence: `No incident hit ${either(teams)}.` };
      const protested = (id: string, by: Power): boolean => crisis.messages.some((m) => m.from === by && m.inject === undefined && m.body.kind === 'protest' && m.body.incident === id);
      const silent = against.filter((i) => !protested(i.id, i.victim!));
      if (silent.length === 0) return { answer: 'yes', evidence: `Each of the ${plural(against.length, 'incident')} against ${list(teams)} was protested on the line.` };
      return { answer: 'no', evidence: `${silent.length} of ${plural(against.length, 'incident')} against ${list(teams)} went without a protest (${silent.map((i) => `${i.id}, turn ${i.turn}`).join('; ')}).` };
    }
    case 'answer_protests': {
      const protests = crisis.messages.filter((m) => m.body.kind === 'protest' && judged(m.to));
      if (protests.length === 0) return { answer: 'not tested', evidence: `No protest was sent to ${either(teams)}.` };
      const down = walk.lineDown;
      const missed = protests.filter((m) => m.status === 'unanswered' && !down.has(m.id));
      if (missed.length === 0) return { answer: 'yes', evidence: `Every protest received (${protests.map((m) => m.id).join(', ')}) was answered${protests.some((m) => m.status === 'pending') ? ' or still awaiting its answer at the end' : ''}.` };
      return { answer: 'no', evidence: `${missed.length} of ${plural(protests.length, 'protest')} received went unanswered (${missed.map((m) => m.id).join(', ')}).` };
    }
    case 'rung_below': {
      const limit = RUNGS.findIndex((r) => r.name === check.rung);
      const peak = crisis.escalation.peak;
      return { answer: peak < limit ? 'yes' : 'no', evidence: `The highest rung reached was ${RUNGS[peak]?.name ?? peak} (escalation peaked at ${Math.max(...walk.series.peak)} of 100).` };
    }
    case 'no_unanswered': {
      const down = walk.lineDown;
      const due = crisis.messages.filter((m) => judged(m.to) && m.status !== 'info' && !down.has(m.id));
      if (due.length === 0) return { answer: 'not tested', evidence: `No call needed an answer from ${either(teams)}.` };
      const missed = due.filter((m) => m.status === 'unanswered');
      if (missed.length === 0) return { answer: 'yes', evidence: `${all(due.length, 'call')} that needed an answer got one.` };
      return { answer: 'no', evidence: `${missed.length} of ${plural(due.length, 'call')} went unanswered (${missed.map((m) => `${m.id} to ${POWER_NAME[m.to]}`).join(', ')}).` };
    }
  }
}

export function learningChecks(kit: Kit, walk: Walk, replay: Replay): LearningCheck[] {
  const teams = judgedPowers(replay);
  return kit.objectives.map((o) => ({ id: o.id, objective: o.text, question: o.question, ...verdict(o.check, walk, walk.final, teams) }));
}
