// The end-of-game report: who won and why (the last turn, or a direct clash and who set it off, with
// the penalty), the score, each objective's points and holder, the highest rung reached, and the
// incidents and hotline messages of the game. A modal dialog; the HUD's Result button reopens it.
import {
  CAMPS, type CrisisState, POWERS, type Power, RUNGS, type Scenario, type VictoryReport, otherPower, rungOf,
} from '../engine';
import { POWER_NAME, injectAuthor, signed } from '../text/crisisText';
import { CAMP_CSS } from '../presenter/colours';
import { el, swatch } from './dom';
import { closeButton, openModal } from './modal';
import { campName } from '../text/places';
import { scenarioText } from '../text/scenarioText';

let opened = false;

/** Why the game ended and how the score follows from it. */
export function reasonText(scenario: Pick<Scenario, 'data'>, report: VictoryReport): string {
  if (report.reason === 'direct_clash') {
    const by = report.clashBy;
    if (report.clashInject !== undefined) return `Escalation reached the top of the ladder: US and Russian forces fought each other. ${injectAuthor(report.clashInject)} set it off, not a team. Both camps lose. Victory points no longer count.`;
    return by
      ? `Escalation reached the top of the ladder: US and Russian forces fought each other. ${POWER_NAME[by]} set it off and scores ${signed(report.score[by])}; ${POWER_NAME[otherPower(by)]} scores ${signed(report.score[otherPower(by)])}. Victory points no longer count.`
      : 'Escalation reached the top of the ladder: US and Russian forces fought each other. Both camps lose. Victory points no longer count.';
  }
  const { coalition, russia } = report.points;
  const lead = coalition === russia ? 'Both great-power camps hold the same victory points'
    : `${campName(scenario, coalition > russia ? 'coalition' : 'russia')} holds more victory points (${Math.max(coalition, russia)} to ${Math.min(coalition, russia)})`;
  return `The last turn (${scenario.data.turns}) was played without a direct clash. ${lead}: the score is the victory points held at the end.`;
}

function crisisFacts(crisis: Pick<CrisisState, 'incidents' | 'messages' | 'escalation'>): HTMLElement {
  // A message an inject put on the line in a power's name is Control's, not the team's.
  const sent = (p: Power) => crisis.messages.filter((m) => m.from === p && m.inject === undefined).length;
  const byInjects = crisis.messages.filter((m) => m.inject !== undefined).length;
  const peak = crisis.escalation.peak; // a rung index, not points
  return el('ul', { class: 'brief-list', 'data-testid': 'crisis-facts' },
    el('li', {}, `Highest rung reached: ${RUNGS[peak]?.name ?? peak}. Escalation ended at ${crisis.escalation.points} of 100 (${RUNGS[rungOf(crisis.escalation.points)]?.name}).`),
    el('li', {}, `Incidents between the powers: ${crisis.incidents.length}.`),
    el('li', {}, `Hotline messages: ${crisis.messages.length} (${[...POWERS.map((p) => `${POWER_NAME[p]} ${sent(p)}`), ...(byInjects ? [`Control's injects ${byInjects}`] : [])].join(', ')}).`));
}

/**
 * Shows the report: once by itself when the game ends, and `again` from the HUD's Result button after
 * the player closed it. `crisis` is the player's view of the crisis at the end.
 */
export function showResult(scenario: Scenario, report: VictoryReport, crisis: Pick<CrisisState, 'incidents' | 'messages' | 'escalation'>, again = false): void {
  if ((opened && !again) || document.getElementById('result-panel')) return;
  opened = true;
  const winner = report.winner === 'draw' ? 'A draw'
    : report.winner === 'none' ? 'a direct US-Russian clash. Both camps lose'
    : `${campName(scenario, report.winner)} wins`;
  const newGame = el('button', { type: 'button', class: 'primary', id: 'new-game' }, 'New game');
  newGame.addEventListener('click', () => { location.href = location.pathname; });
  openModal({ id: 'result-panel', title: `Game over: ${winner}`, className: 'result-card' },
    el('p', { class: 'lede', 'data-testid': report.reason === 'direct_clash' ? 'clash-by' : 'end-reason' }, reasonText(scenario, report)),
    el('h3', {}, 'Final score'),
    el('ul', { class: 'points', 'data-testid': 'final-score' }, ...POWERS.map((p) => el('li', {}, swatch(CAMP_CSS[p]), `${campName(scenario, p)}: `, el('strong', {}, String(report.score[p])),
      report.clashBy === p ? ' (set off the clash)' : ''))),
    el('h3', {}, 'Victory points held'),
    el('ul', { class: 'points' }, ...CAMPS.map((c) => el('li', {}, swatch(CAMP_CSS[c]), `${campName(scenario, c)}: `, el('strong', {}, String(report.points[c]))))),
    el('table', {},
      el('caption', { class: 'sr-only' }, 'Objectives, their points and who held them at the end'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Objective'), el('th', { scope: 'col' }, 'Points'), el('th', { scope: 'col' }, 'Held by'))),
      el('tbody', {}, ...report.objectives.map((o) => el('tr', {},
        el('td', {}, scenarioText(scenario).objectiveName(o.id)), el('td', {}, String(o.points)), el('td', {}, o.owner ? campName(scenario, o.owner) : 'nobody'))))),
    el('h3', {}, 'The crisis'),
    crisisFacts(crisis),
    el('div', { class: 'buttons' }, closeButton('Look at the map'), newGame),
  );
}
