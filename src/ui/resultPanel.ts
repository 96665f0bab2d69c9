// The end-of-game report: who won and why (the last turn, or a direct clash and who set it off, with
// the penalty), the score, each objective's points and holder, the highest rung reached, and the
// incidents and hotline messages of the game. A modal dialog; the HUD's Result button reopens it.
import {
  CAMPS, type CrisisState, POWERS, type Power, type Scenario, type VictoryReport, otherPower, rungOf,
} from '../engine';
import { POWER_NAME, injectAuthor, signed } from '../text/crisisText';
import { CAMP_CSS } from '../presenter/colours';
import { el, swatch } from './dom';
import { closeButton, openModal } from './modal';
import { campName } from '../text/places';
import { rungName } from '../text/localNames';
import { t } from '../i18n/messages';
import { scenarioText } from '../text/scenarioText';

let opened = false;

/** Why the game ended and how the score follows from it. */
export function reasonText(scenario: Pick<Scenario, 'data'>, report: VictoryReport): string {
  const m = t();
  if (report.reason === 'direct_clash') {
    const by = report.clashBy;
    if (report.clashInject !== undefined) return m.result_clash_inject({ author: injectAuthor(report.clashInject) });
    return by
      ? m.result_clash_by({ power: POWER_NAME[by], score: signed(report.score[by]), other: POWER_NAME[otherPower(by)], otherScore: signed(report.score[otherPower(by)]) })
      : m.result_clash();
  }
  const { coalition, russia } = report.points;
  const lead = coalition === russia ? m.result_lead_same()
    : m.result_lead({ camp: campName(scenario, coalition > russia ? 'coalition' : 'russia'), more: Math.max(coalition, russia), less: Math.min(coalition, russia) });
  return m.result_last_turn({ turns: scenario.data.turns, lead });
}

function crisisFacts(crisis: Pick<CrisisState, 'incidents' | 'messages' | 'escalation'>): HTMLElement {
  const m = t();
  // A message an inject put on the line in a power's name is Control's, not the team's.
  const sent = (p: Power) => crisis.messages.filter((msg) => msg.from === p && msg.inject === undefined).length;
  const byInjects = crisis.messages.filter((msg) => msg.inject !== undefined).length;
  const peak = crisis.escalation.peak; // a rung index, not points
  const list = [...POWERS.map((p) => m.result_sent_by({ power: POWER_NAME[p], count: sent(p) })), ...(byInjects ? [m.result_sent_by_injects({ count: byInjects })] : [])];
  return el('ul', { class: 'brief-list', 'data-testid': 'crisis-facts' },
    el('li', {}, m.result_peak({ peak: rungName(peak), points: crisis.escalation.points, rung: rungName(rungOf(crisis.escalation.points)) })),
    el('li', {}, m.result_incidents({ count: crisis.incidents.length })),
    el('li', {}, m.result_messages({ count: crisis.messages.length, list: list.join(m.panel_log_list_separator()) })));
}

/**
 * Shows the report: once by itself when the game ends, and `again` from the HUD's Result button after
 * the player closed it. `crisis` is the player's view of the crisis at the end.
 */
export function showResult(scenario: Scenario, report: VictoryReport, crisis: Pick<CrisisState, 'incidents' | 'messages' | 'escalation'>, again = false): void {
  if ((opened && !again) || document.getElementById('result-panel')) return;
  opened = true;
  const m = t();
  const title = report.winner === 'draw' ? m.result_winner_draw()
    : report.winner === 'none' ? m.result_winner_clash()
    : m.result_winner({ camp: campName(scenario, report.winner) });
  const newGame = el('button', { type: 'button', class: 'primary', id: 'new-game' }, m.result_new_game());
  newGame.addEventListener('click', () => { location.href = location.pathname; });
  openModal({ id: 'result-panel', title, className: 'result-card' },
    el('p', { class: 'lede', 'data-testid': report.reason === 'direct_clash' ? 'clash-by' : 'end-reason' }, reasonText(scenario, report)),
    el('h3', {}, m.result_final_score()),
    el('ul', { class: 'points', 'data-testid': 'final-score' }, ...POWERS.map((p) => el('li', {}, swatch(CAMP_CSS[p]), `${campName(scenario, p)}: `, el('strong', {}, String(report.score[p])),
      report.clashBy === p ? m.result_set_off() : ''))),
    el('h3', {}, m.result_points_held()),
    el('ul', { class: 'points' }, ...CAMPS.map((c) => el('li', {}, swatch(CAMP_CSS[c]), `${campName(scenario, c)}: `, el('strong', {}, String(report.points[c]))))),
    el('table', {},
      el('caption', { class: 'sr-only' }, m.result_table_caption()),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, m.result_col_objective()), el('th', { scope: 'col' }, m.result_col_points()), el('th', { scope: 'col' }, m.result_col_held()))),
      el('tbody', {}, ...report.objectives.map((o) => el('tr', {},
        el('td', {}, scenarioText(scenario).objectiveName(o.id)), el('td', {}, String(o.points)), el('td', {}, o.owner ? campName(scenario, o.owner) : m.result_nobody()))))),
    el('h3', {}, m.result_crisis()),
    crisisFacts(crisis),
    el('div', { class: 'buttons' }, closeButton(m.result_look()), newGame),
  );
}
