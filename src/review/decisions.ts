// The decision points a class compares across its groups (the strike, the crossing, the first
// protest): what this group did at each, in a sentence, beside the historical choice from the kit.
import type { Incident, Scenario } from '../engine';
import type { DecisionKind, Kit } from '../exercise/kit';
import { INCIDENT_NAME, POWER_NAME, injectAuthor } from '../text/crisisText';
import { hexRef } from '../text/places';
import type { DecisionPoint } from './types';
import { t } from '../i18n/messages';
import type { Walk } from './walk';

function answerText(walk: Walk, id: string): string {
  const m = walk.final.crisis.messages.find((x) => x.id === id);
  if (!m) return '';
  if (m.status === 'unanswered') return t().review_d_unanswered({ power: POWER_NAME[m.to] });
  if (m.status === 'pending') return t().review_d_pending();
  const reply = walk.final.crisis.messages.find((x) => x.id === m.answer);
  const said = reply?.body.kind === 'acknowledge' ? t().review_d_acknowledged : reply?.body.kind === 'deny' ? t().review_d_denied : t().review_d_answered;
  return said({ power: POWER_NAME[m.to], reply: reply ? ` (${reply.id})` : '' });
}

function protestOf(walk: Walk, inc: Incident): string {
  const p = walk.final.crisis.messages.find((m) => m.inject === undefined && m.body.kind === 'protest' && m.body.incident === inc.id);
  if (!inc.victim) return '';
  return ` ${p ? t().review_d_protested({ power: POWER_NAME[inc.victim], turn: String(p.turn), answer: answerText(walk, p.id) }) : t().review_d_not_protested({ power: POWER_NAME[inc.victim] })}`;
}

export function decisionText(scenario: Scenario, walk: Walk, kind: DecisionKind): string | null {
  const crisis = walk.final.crisis;
  switch (kind) {
    case 'first_incident': {
      const inc = crisis.incidents[0];
      if (!inc) return null;
      let by = inc.inject !== undefined ? t().review_d_set_off_by({ who: injectAuthor(inc.inject) }) : inc.cause ? t().review_caused_by({ who: POWER_NAME[inc.cause] }) : t().review_cause_unknown();
      if (inc.victim) by = t().review_d_against({ text: by, power: POWER_NAME[inc.victim] });
      return `${t().review_d_first_incident({ turn: String(inc.turn), incident: INCIDENT_NAME[inc.type], place: hexRef(scenario, inc.hex), by })}${protestOf(walk, inc)}`;
    }
    case 'first_crossing': {
      const c = [...walk.crossings].filter((x) => x.camp !== 'is').sort((a, b) => a.command - b.command)[0];
      if (!c) return null;
      const bridge = walk.pontoons.find((p) => p.command <= c.command);
      const crossed = { turn: String(c.turn), unit: c.unit, place: c.where };
      return bridge ? t().review_d_crossing_bridge({ ...crossed, built: String(bridge.turn), at: bridge.where }) : t().review_d_crossing(crossed);
    }
    case 'first_protest': {
      const p = crisis.messages.find((m) => m.inject === undefined && m.body.kind === 'protest');
      if (!p || p.body.kind !== 'protest') return null;
      return t().review_d_protest({ turn: String(p.turn), power: POWER_NAME[p.from], incident: p.body.incident, id: p.id, answer: answerText(walk, p.id) });
    }
  }
}

export function decisionPoints(scenario: Scenario, kit: Kit, walk: Walk): DecisionPoint[] {
  return kit.decisionPoints.map((d) => ({ id: d.id, title: d.title, historical: d.historical, game: decisionText(scenario, walk, d.id) ?? t().review_d_not_happened() }));
}
