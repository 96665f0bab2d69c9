// The end-of-game report: winner, points and who holds each objective; after a direct clash, who set
// it off and the scores both powers take.
import { CAMPS, POWERS, type Scenario, type VictoryReport } from '../engine';
import { POWER_NAME } from '../text/crisisText';
import { CAMP_CSS } from '../scenes/colours';
import { el, swatch } from './dom';
import { campName } from '../text/places';

export function showResult(root: HTMLElement, scenario: Scenario, report: VictoryReport): void {
  if (root.querySelector('#result-panel')) return;
  const winner = report.winner === 'draw' ? 'A draw'
    : report.winner === 'none' ? 'a direct US-Russian clash. Both camps lose'
    : `${campName(scenario, report.winner)} wins`;
  const panel = el('div', { class: 'overlay', id: 'result-panel', role: 'dialog', 'aria-labelledby': 'result-title' },
    el('div', { class: 'menu-card' },
      el('h1', { id: 'result-title' }, `Game over: ${winner}`),
      report.reason === 'direct_clash' ? el('p', { class: 'lede', 'data-testid': 'clash-by' },
        report.clashBy
          ? `Escalation reached the top of the ladder: US and Russian forces fought each other. ${POWER_NAME[report.clashBy]} set it off and takes the worse score.`
          : 'Escalation reached the top of the ladder: US and Russian forces fought each other.') : null,
      el('h3', {}, 'Final score'),
      el('ul', { class: 'points', 'data-testid': 'final-score' }, ...POWERS.map((p) => el('li', {}, swatch(CAMP_CSS[p]), `${campName(scenario, p)}: `, el('strong', {}, String(report.score[p])),
        report.clashBy === p ? ' (set off the clash)' : ''))),
      el('h3', {}, 'Victory points'),
      el('ul', { class: 'points' }, ...CAMPS.map((c) => el('li', {}, swatch(CAMP_CSS[c]), `${campName(scenario, c)}: `, el('strong', {}, String(report.points[c]))))),
      el('h3', {}, 'Objectives'),
      el('table', {},
        el('thead', {}, el('tr', {}, el('th', {}, 'Objective'), el('th', {}, 'Points'), el('th', {}, 'Held by'))),
        el('tbody', {}, ...report.objectives.map((o) => el('tr', {},
          el('td', {}, o.name), el('td', {}, String(o.points)), el('td', {}, o.owner ? campName(scenario, o.owner) : 'nobody'))))),
      el('button', { type: 'button', class: 'primary', id: 'new-game' }, 'New game'),
    ));
  panel.querySelector('#new-game')!.addEventListener('click', () => { location.href = location.pathname; });
  root.append(panel);
}
