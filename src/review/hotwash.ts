// The structured hotwash: the kit's phases with their timings, what each team expected of the other,
// and where the game came closest to the 2017 record and where it went furthest, measured in turns
// between when a thing happened in the game and when it happened in reality.
import type { Scenario } from '../engine';
import { t } from '../i18n/messages';
import { gameDate } from '../text/gameDate';
import type { Kit, KitMeasure } from '../exercise/kit';
import { POWER_NAME } from '../text/crisisText';
import { campShort } from './campNames';
import { turnOfDate } from './history';
import type { Hotwash, RecordComparison } from './types';
import type { Walk } from './walk';

/** The first turn the game did what the measure names, and in words who did it; null if it never did. */
function inGame(scenario: Scenario, walk: Walk, m: KitMeasure): { turn: number; what: string } | null {
  const crisis = walk.final.crisis;
  switch (m.kind) {
    case 'capture': {
      const c = walk.captures.find((x) => x.objective === m.objective && x.camp !== 'is');
      const name = scenario.objectives.find((o) => o.id === m.objective)?.name ?? m.objective;
      return c ? { turn: c.turn, what: t().review_hw_took({ camp: campShort(c.camp), objective: name }) } : null;
    }
    case 'crossing': {
      const c = walk.crossings.find((x) => x.camp === m.camp);
      return c ? { turn: c.turn, what: t().review_hw_crossed({ unit: c.unit, place: c.where }) } : null;
    }
    case 'protest': {
      const p = crisis.messages.find((x) => x.from === m.by && x.inject === undefined && x.body.kind === 'protest');
      return p ? { turn: p.turn, what: t().review_hw_protested({ power: POWER_NAME[m.by], id: p.id }) } : null;
    }
    case 'message': {
      const x = crisis.messages.find((msg) => msg.from === m.by && msg.inject === undefined && (m.message === undefined || msg.body.kind === m.message));
      return x ? { turn: x.turn, what: t().review_hw_sent({ power: POWER_NAME[m.by], id: x.id, kind: x.body.kind.replace(/_/g, ' ') }) } : null;
    }
    case 'meeting': {
      const a = crisis.agreements.find((x) => x.kind === 'meeting');
      return a ? { turn: a.from, what: t().review_hw_met() } : null;
    }
  }
}

/** Each fact of the record beside the game; facts past the game's end that the game never reached are left out. */
export function recordComparisons(scenario: Scenario, kit: Kit, walk: Walk): RecordComparison[] {
  const last = walk.final.turn;
  return kit.record.flatMap((r): RecordComparison[] => {
    const recordTurn = turnOfDate(scenario, r.date);
    const got = inGame(scenario, walk, r.measure);
    const when = t().review_date_turn({ date: gameDate(r.date), turn: String(recordTurn) });
    if (!got && recordTurn > last) return [];
    const distance = got ? Math.abs(got.turn - recordTurn) : last - recordTurn + 1;
    const at = got && { what: got.what, turn: String(got.turn) };
    const game = !at ? t().review_hw_not_yet({ turn: String(last) })
      : got.turn === recordTurn ? t().review_hw_same(at)
        : (got.turn < recordTurn ? t().review_hw_earlier : t().review_hw_later)({ ...at, count: distance });
    return [{ id: r.id, topic: r.topic, history: t().review_hw_record({ history: r.history, when }), game, recordTurn, gameTurn: got?.turn ?? null, distance }];
  });
}

export function hotwashOf(scenario: Scenario, kit: Kit, walk: Walk): Hotwash {
  const comparisons = recordComparisons(scenario, kit, walk);
  // What happened in the game is closer than what never did, however near the latter's lower bound;
  // what never happened is further than any real gap. Ties go to the kit's order.
  const happened = comparisons.filter((c) => c.gameTurn !== null);
  const never = comparisons.filter((c) => c.gameTurn === null);
  const min = (cs: RecordComparison[]) => cs.reduce<RecordComparison | null>((a, c) => (!a || c.distance < a.distance ? c : a), null);
  const max = (cs: RecordComparison[]) => cs.reduce<RecordComparison | null>((a, c) => (!a || c.distance > a.distance ? c : a), null);
  const closest = min(happened.length > 0 ? happened : never);
  const furthest = max(never.length > 0 ? never : happened);
  return {
    phases: kit.hotwash.phases.map((p) => ({ title: p.title, minutes: p.minutes, prompts: [...p.prompts] })),
    minutes: kit.hotwash.phases.reduce((s, p) => s + p.minutes, 0),
    expectations: { coalition: [...kit.hotwash.expectations.coalition], russia: [...kit.hotwash.expectations.russia] },
    comparisons,
    closest: closest?.id ?? null,
    furthest: furthest && furthest !== closest ? furthest.id : null,
  };
}
