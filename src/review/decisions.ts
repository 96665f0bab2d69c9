// The decision points a class compares across its groups (the strike, the crossing, the first
// protest): what this group did at each, in a sentence, beside the historical choice from the kit.
import type { Incident, Scenario } from '../engine';
import type { DecisionKind, Kit } from '../exercise/kit';
import { INCIDENT_NAME, POWER_NAME, injectAuthor } from '../text/crisisText';
import { hexRef } from '../text/places';
import type { DecisionPoint } from './types';
import type { Walk } from './walk';

function answerText(walk: Walk, id: string): string {
  const m = walk.final.crisis.messages.find((x) => x.id === id);
  if (!m) return '';
  if (m.status === 'unanswered') return `; ${POWER_NAME[m.to]} left it unanswered`;
  if (m.status === 'pending') return '; the answer was still due at the end';
  const reply = walk.final.crisis.messages.find((x) => x.id === m.answer);
  const verb = reply?.body.kind === 'acknowledge' ? 'acknowledged it' : reply?.body.kind === 'deny' ? 'denied it' : 'answered';
  return `; ${POWER_NAME[m.to]} ${verb}${reply ? ` (${reply.id})` : ''}`;
}

function protestOf(walk: Walk, inc: Incident): string {
  const p = walk.final.crisis.messages.find((m) => m.inject === undefined && m.body.kind === 'protest' && m.body.incident === inc.id);
  if (!inc.victim) return '';
  return p ? ` ${POWER_NAME[inc.victim]} protested on turn ${p.turn}${answerText(walk, p.id)}.` : ` ${POWER_NAME[inc.victim]} did not protest it.`;
}

export function decisionText(scenario: Scenario, walk: Walk, kind: DecisionKind): string | null {
  const crisis = walk.final.crisis;
  switch (kind) {
    case 'first_incident': {
      const inc = crisis.incidents[0];
      if (!inc) return null;
      const by = inc.inject !== undefined ? `set off by ${injectAuthor(inc.inject)}` : inc.cause ? `caused by ${POWER_NAME[inc.cause]}` : 'cause unknown';
      return `Turn ${inc.turn}: a ${INCIDENT_NAME[inc.type]} at ${hexRef(scenario, inc.hex)}, ${by}${inc.victim ? `, against ${POWER_NAME[inc.victim]}` : ''}.${protestOf(walk, inc)}`;
    }
    case 'first_crossing': {
      const c = [...walk.crossings].filter((x) => x.camp !== 'is').sort((a, b) => a.command - b.command)[0];
      if (!c) return null;
      const bridge = walk.pontoons.find((p) => p.command <= c.command);
      return `Turn ${c.turn}: ${c.unit} crossed to ${c.where}${bridge ? ` over the pontoon built on turn ${bridge.turn} at ${bridge.where}` : ''}.`;
    }
    case 'first_protest': {
      const p = crisis.messages.find((m) => m.inject === undefined && m.body.kind === 'protest');
      if (!p || p.body.kind !== 'protest') return null;
      return `Turn ${p.turn}: ${POWER_NAME[p.from]} protested incident ${p.body.incident} (${p.id})${answerText(walk, p.id)}.`;
    }
  }
}

export function decisionPoints(scenario: Scenario, kit: Kit, walk: Walk): DecisionPoint[] {
  return kit.decisionPoints.map((d) => ({ id: d.id, title: d.title, historical: d.historical, game: decisionText(scenario, walk, d.id) ?? 'It did not happen in this game.' }));
}
