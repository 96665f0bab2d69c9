// Control's handbook for a scenario, on screen and printable: what Control does, the learning
// objectives, timetables for a 50- and a 90-minute class, which inject to fire when and why, how to
// rule on disputes, how to run the hotwash, the teams' roles and the history for the debrief.
import type { Scenario } from '../../engine';
import type { Kit } from '../../exercise/kit';
import { t } from '../../i18n/messages';
import { campLabel, turnDaysText } from '../../text/localNames';
import { scenarioTitle } from '../../text/scenarioFacts';
import { localKit, localScenario } from '../../text/scenarioText';
import { span } from '../briefing';
import { el } from '../dom';
import { closeButton, openModal } from '../modal';
import { printOnly } from './briefingPack';

const list = (items: readonly string[]): HTMLElement => el('ul', { class: 'brief-list' }, ...items.map((t) => el('li', {}, t)));

function timetable(table: Kit['handbook']['timetables'][number]): HTMLElement {
  return el('table', { class: 'brief-table', 'data-testid': `handbook-timetable-${table.minutes}` },
    el('caption', {}, t().control_hb_timetable_caption({ minutes: table.minutes, turns: table.turns })),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t().control_hb_col_minutes()), el('th', { scope: 'col' }, t().control_hb_col_what()))),
    el('tbody', {}, ...table.slots.map((s) => el('tr', {}, el('td', { class: 'num' }, `${s.from}–${s.to}`), el('td', {}, s.what)))));
}

function injects(scenario: Scenario, kit: Kit): HTMLElement {
  return el('table', { class: 'brief-table', 'data-testid': 'handbook-injects' },
    el('caption', { class: 'sr-only' }, t().control_hb_injects_caption()),
    el('thead', {}, el('tr', {}, ...[t().control_hb_col_inject(), t().control_hb_col_planned(), t().control_hb_col_when(), t().control_hb_col_why()].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...kit.handbook.injects.map((h) => {
      const j = scenario.injects.find((x) => x.id === h.inject)!;
      return el('tr', {}, el('td', {}, el('strong', {}, j.title), el('br', {}), el('span', { class: 'hint' }, j.text)),
        el('td', {}, t().control_hb_turn({ turn: j.turn, days: turnDaysText(scenario, j.turn) })), el('td', {}, h.when), el('td', {}, h.why));
    })));
}

/** The handbook as an article, for the screen and for print. */
export function handbook(played: Scenario, shipped: Kit): HTMLElement {
  // In the page's language once the scenario's overlay is loaded (loadScenarioText).
  const scenario = localScenario(played);
  const kit = localKit(shipped, played.id);
  const hw = kit.hotwash.phases;
  const h = (text: string): HTMLElement => el('h3', {}, text);
  return el('article', { class: 'briefing-pack handbook', 'data-testid': 'handbook' },
    el('p', { class: 'lede' }, t().control_hb_lede({ title: scenarioTitle(played), span: span(scenario) })),
    h(t().control_hb_job()), list(kit.handbook.overview),
    h(t().control_hb_objectives()),
    el('ol', { class: 'brief-list' }, ...kit.objectives.map((o) => el('li', {}, o.text, el('br', {}), el('span', { class: 'hint' }, t().control_hb_review_asks({ question: o.question }))))),
    h(t().control_hb_timetables()), ...kit.handbook.timetables.map(timetable),
    h(t().control_hb_injects()),
    el('p', {}, t().control_hb_injects_note()),
    injects(scenario, kit),
    h(t().control_hb_disputes()), list(kit.handbook.disputes),
    h(t().control_hb_hotwash()), list(kit.handbook.hotwash),
    el('table', { class: 'brief-table', 'data-testid': 'handbook-hotwash' },
      el('caption', {}, t().control_hb_hotwash_caption({ minutes: hw.reduce((s, p) => s + p.minutes, 0) })),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t().control_hb_col_phase()), el('th', { scope: 'col' }, t().control_hb_col_minutes()), el('th', { scope: 'col' }, t().control_hb_col_questions()))),
      el('tbody', {}, ...hw.map((p) => el('tr', {}, el('td', {}, p.title), el('td', { class: 'num' }, String(p.minutes)), el('td', {}, p.prompts.join(' ')))))),
    h(t().control_hb_teams()),
    ...(['coalition', 'russia'] as const).flatMap((p) => [
      el('h4', {}, campLabel(scenario, p)),
      el('p', {}, el('strong', {}, `${t().control_hb_roles()} `), kit.teams[p].roles.map((r) => r.title).join(', '), '. ', el('strong', {}, `${t().control_hb_red_lines()} `), kit.teams[p].redLines.join(' ')),
    ]),
    h(t().control_hb_debrief()),
    el('ul', { class: 'brief-list' }, ...kit.debrief.events.map((e) => el('li', {}, el('strong', {}, `${e.date}: `), e.text))),
    el('p', { class: 'sources' }, t().brief_sources({ sources: kit.debrief.sources })));
}

/** The handbook in a dialog with Print and Close. */
export function showHandbook(scenario: Scenario, kit: Kit, onClose?: () => void): HTMLDialogElement {
  const book = handbook(scenario, kit);
  const print = el('button', { type: 'button', 'data-testid': 'print-handbook' }, t().brief_print());
  const title = t().control_hb_title({ title: scenarioTitle(scenario) });
  print.addEventListener('click', () => printOnly(book, title));
  return openModal({ id: 'handbook-dialog', title, className: 'briefing-card', onClose },
    book, el('div', { class: 'buttons' }, print, closeButton(t().brief_close(), { class: 'primary', 'data-testid': 'handbook-close' })));
}
