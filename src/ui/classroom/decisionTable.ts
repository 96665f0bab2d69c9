// The class compared by decision point: for each moment the scenario's kit names (the strike, the
// crossing, the first protest), what each group did, beside the historical choice.
import type { DecisionPoint } from '../../review/types';
import { t } from '../../i18n/messages';
import { el } from '../dom';

export interface GroupDecisions { name: string; decisions: readonly DecisionPoint[] }

/** One table per decision point: a row per group, then 2017's. Empty when no group's scenario has a kit. */
export function decisionTables(groups: readonly GroupDecisions[]): HTMLElement[] {
  const first = groups.find((g) => g.decisions.length > 0);
  if (!first) return [];
  return first.decisions.map((d) => el('table', { class: 'review-table decision-table', 'data-testid': `decision-${d.id}`, 'data-decision': d.id },
    el('caption', {}, d.title),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t().class_col_decision_group()), el('th', { scope: 'col' }, t().class_col_decision_did()))),
    el('tbody', {},
      ...groups.map((g) => el('tr', {}, el('th', { scope: 'row', class: 'file-name' }, g.name),
        el('td', {}, g.decisions.find((x) => x.id === d.id)?.game ?? t().class_no_such_moment()))),
      el('tr', { class: 'historical' }, el('th', { scope: 'row' }, t().class_in_2017()), el('td', {}, d.historical)))));
}
