// The class compared by decision point: for each moment a kit names (the strike, the crossing, the
// first protest), what each group did, beside what happened in history. Groups may play different
// scenarios: each group's moment and history come from its own scenario's kit.
import type { DecisionPoint } from '../../review/types';
import { t } from '../../i18n/messages';
import { el } from '../dom';

export interface GroupDecisions {
  name: string;
  /** The group's scenario: its id (groups of one scenario share one history row) and title. */
  scenario: { id: string; title: string };
  /** From the group's own scenario's kit (none without a kit). */
  decisions: readonly DecisionPoint[];
}

/** One table per decision point of any group's kit: a row per group, then each scenario's history. Empty when no group's scenario has a kit. */
export function decisionTables(groups: readonly GroupDecisions[]): HTMLElement[] {
  const points = new Map<string, DecisionPoint>();
  for (const g of groups) for (const d of g.decisions) if (!points.has(d.id)) points.set(d.id, d);
  return [...points.values()].map((d) => {
    const history = new Map<string, { title: string; historical: string }>();
    for (const g of groups) {
      const own = g.decisions.find((x) => x.id === d.id);
      if (own && !history.has(g.scenario.id)) history.set(g.scenario.id, { title: g.scenario.title, historical: own.historical });
    }
    return el('table', { class: 'review-table decision-table', 'data-testid': `decision-${d.id}`, 'data-decision': d.id },
      el('caption', {}, d.title),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t().class_col_decision_group()), el('th', { scope: 'col' }, t().class_col_decision_did()))),
      el('tbody', {},
        ...groups.map((g) => el('tr', {}, el('th', { scope: 'row', class: 'file-name' }, g.name),
          el('td', {}, g.decisions.find((x) => x.id === d.id)?.game ?? t().class_no_such_moment()))),
        ...[...history.values()].map((h) => el('tr', { class: 'historical' }, el('th', { scope: 'row' }, t().class_in_history({ scenario: h.title })), el('td', {}, h.historical)))));
  });
}
