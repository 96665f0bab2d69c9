// Control's ruling on one incident, in hot-seat's Control panel, on the class teacher's watch panel and
// on a student Control's seat: the ruling given, or a choice of findings (never the victim) and a button to rule.
import { type Incident, RULING_FINDINGS, type RulingFinding, type Scenario, rulesSummary } from '../../engine';
import { t } from '../../i18n/messages';
import { INCIDENT_NAME, rulingText, signed } from '../../text/crisisText';
import { powerName } from '../../text/localNames';
import { hexRef } from '../../text/places';
import { el } from '../dom';

export function rulingCell(i: Incident, rule: (finding: RulingFinding) => void): HTMLElement {
  if (i.ruling) return el('span', { 'data-testid': `ruling-${i.id}` }, t().control_ruled_turn({ turn: i.ruling.turn, finding: rulingText(i.ruling.finding) }));
  const choice = el('select', { 'aria-label': t().control_ruling_on({ incident: i.id }), 'data-testid': `ruling-choice-${i.id}` },
    ...RULING_FINDINGS.filter((f) => f !== i.victim).map((f) => el('option', { value: f }, f === 'accident' ? t().control_finding_accident() : t().control_finding_caused({ power: powerName(f) }))));
  const button = el('button', { type: 'button', 'data-testid': `rule-${i.id}` }, t().control_rule());
  button.addEventListener('click', () => rule(choice.value as RulingFinding));
  return el('span', { class: 'row' }, choice, ' ', button);
}

/** What a ruling does, in the rules' own numbers (docs/escalation.md, "Control's rulings"). */
export function rulingHint(): string {
  const r = rulesSummary();
  return t().control_ruling_hint({ accident: r.lower.ruledAccident, trustAccident: signed(r.trust.ruledAccident), trustCaused: signed(r.trust.ruledAttributed) });
}

/**
 * The incidents as list items, each with its ruling cell on a line of its own (or a line saying there
 * are none yet): run on, the place's name and the ruling read as one ("…Al-Tabiyah Turn 1: …").
 */
export function incidentItems(scenario: Scenario, incidents: readonly Incident[], rule: (incident: string, finding: RulingFinding) => void): HTMLElement[] {
  if (incidents.length === 0) return [el('li', { class: 'muted' }, t().control_no_incidents())];
  return incidents.map((i) => el('li', {}, `${i.id} · ${t().control_incident_at({ incident: INCIDENT_NAME[i.type], hex: hexRef(scenario, i.hex) })}`,
    el('div', { class: 'incident-ruling' }, rulingCell(i, (finding) => rule(i.id, finding)))));
}

/**
 * What an incident list shows (ids and rulings): redraw only when it changes, for views come with
 * every move, and a redraw would drop a finding being chosen.
 */
export const incidentsKey = (incidents: readonly Incident[]): string => incidents.map((i) => `${i.id}:${i.ruling?.finding ?? ''}`).join(',');
