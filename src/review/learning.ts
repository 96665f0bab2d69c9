// The kit's learning objectives answered from the game: "did the group …", yes, no or not tested
// (the game never put it to the test), each with the evidence. Only the human teams are judged; an
// AI-only game judges both powers.
import { type GameState, type Power, POWERS, RUNGS } from '../engine';
import type { Kit, KitCheck } from '../exercise/kit';
import type { Replay } from '../replay/format';
import { POWER_NAME } from '../text/crisisText';
import type { LearningCheck } from './types';
import { t } from '../i18n/messages';
import { formatList } from '../i18n/format';
import { RUNG_NAMES } from './rungNames';
import type { Walk } from './walk';

type Verdict = Pick<LearningCheck, 'answer' | 'evidence'>;

const list = (ps: readonly Power[]): string => formatList(ps.map((p) => POWER_NAME[p]));
/** The same after a negative: "No incident hit Coalition or Russia." */
const either = (ps: readonly Power[]): string => formatList(ps.map((p) => POWER_NAME[p]), 'disjunction');

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
      if (strikes.length === 0) return { answer: 'not tested', evidence: teams.length === 1 ? t().review_ev_no_strikes_one({ power: POWER_NAME[teams[0]!] }) : t().review_ev_no_strikes_both() };
      const bare = strikes.filter((s) => !s.notified);
      if (bare.length === 0) return { answer: 'yes', evidence: t().review_ev_strikes_noticed({ count: strikes.length }) };
      return { answer: 'no', evidence: t().review_ev_strikes_bare({ bare: String(bare.length), count: strikes.length, power: POWER_NAME[bare[0]!.camp], turn: String(bare[0]!.turn) }) };
    }
    case 'protest_incidents': {
      const against = crisis.incidents.filter((i) => judged(i.victim));
      if (against.length === 0) return { answer: 'not tested', evidence: t().review_ev_no_incident({ powers: either(teams) }) };
      const protested = (id: string, by: Power): boolean => crisis.messages.some((m) => m.from === by && m.inject === undefined && m.body.kind === 'protest' && m.body.incident === id);
      const silent = against.filter((i) => !protested(i.id, i.victim!));
      if (silent.length === 0) return { answer: 'yes', evidence: t().review_ev_incidents_protested({ count: against.length, powers: list(teams) }) };
      return { answer: 'no', evidence: t().review_ev_incidents_silent({ silent: String(silent.length), count: against.length, powers: list(teams), items: silent.map((i) => t().review_ev_incident_item({ id: i.id, turn: String(i.turn) })).join(t().review_separator()) }) };
    }
    case 'answer_protests': {
      const protests = crisis.messages.filter((m) => m.body.kind === 'protest' && judged(m.to));
      if (protests.length === 0) return { answer: 'not tested', evidence: t().review_ev_no_protest({ powers: either(teams) }) };
      const down = walk.lineDown;
      const missed = protests.filter((m) => m.status === 'unanswered' && !down.has(m.id));
      if (missed.length === 0) return { answer: 'yes', evidence: (protests.some((m) => m.status === 'pending') ? t().review_ev_protests_answered_pending : t().review_ev_protests_answered)({ ids: protests.map((m) => m.id).join(', ') }) };
      return { answer: 'no', evidence: t().review_ev_protests_missed({ missed: String(missed.length), count: protests.length, ids: missed.map((m) => m.id).join(', ') }) };
    }
    case 'rung_below': {
      const limit = RUNGS.findIndex((r) => r.name === check.rung);
      const peak = crisis.escalation.peak;
      return { answer: peak < limit ? 'yes' : 'no', evidence: t().review_ev_rung({ rung: RUNGS[peak] ? RUNG_NAMES()[peak]! : String(peak), peak: String(Math.max(...walk.series.peak)) }) };
    }
    case 'no_unanswered': {
      const down = walk.lineDown;
      const due = crisis.messages.filter((m) => judged(m.to) && m.status !== 'info' && !down.has(m.id));
      if (due.length === 0) return { answer: 'not tested', evidence: t().review_ev_no_call({ powers: either(teams) }) };
      const missed = due.filter((m) => m.status === 'unanswered');
      if (missed.length === 0) return { answer: 'yes', evidence: t().review_ev_calls_answered({ count: due.length }) };
      return { answer: 'no', evidence: t().review_ev_calls_missed({ missed: String(missed.length), count: due.length, items: missed.map((m) => t().review_ev_call_item({ id: m.id, power: POWER_NAME[m.to] })).join(', ') }) };
    }
  }
}

export function learningChecks(kit: Kit, walk: Walk, replay: Replay): LearningCheck[] {
  const teams = judgedPowers(replay);
  return kit.objectives.map((o) => ({ id: o.id, objective: o.text, question: o.question, ...verdict(o.check, walk, walk.final, teams) }));
}
