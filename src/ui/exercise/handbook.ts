// Control's handbook for a scenario, on screen and printable: what Control does, the learning
// objectives, timetables for a 50- and a 90-minute class, which inject to fire when and why, how to
// rule on disputes, how to run the hotwash, the teams' roles and the history for the debrief.
import { type Scenario, formatDate, turnDate } from '../../engine';
import type { Kit } from '../../exercise/kit';
import { turnDays } from '../../text/crisisText';
import { campName } from '../../text/places';
import { el } from '../dom';
import { closeButton, openModal } from '../modal';
import { printOnly } from './briefingPack';

const list = (items: readonly string[]): HTMLElement => el('ul', { class: 'brief-list' }, ...items.map((t) => el('li', {}, t)));

function timetable(t: Kit['handbook']['timetables'][number]): HTMLElement {
  return el('table', { class: 'brief-table', 'data-testid': `handbook-timetable-${t.minutes}` },
    el('caption', {}, `A ${t.minutes}-minute class: turns 1–${t.turns}`),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Minutes'), el('th', { scope: 'col' }, 'What happens'))),
    el('tbody', {}, ...t.slots.map((s) => el('tr', {}, el('td', { class: 'num' }, `${s.from}–${s.to}`), el('td', {}, s.what)))));
}

function injects(scenario: Scenario, kit: Kit): HTMLElement {
  return el('table', { class: 'brief-table', 'data-testid': 'handbook-injects' },
    el('caption', { class: 'sr-only' }, 'The scenario\'s injects: when to fire each, and why'),
    el('thead', {}, el('tr', {}, ...['Inject', 'Planned', 'When to fire it', 'Why'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...kit.handbook.injects.map((h) => {
      const j = scenario.injects.find((x) => x.id === h.inject)!;
      return el('tr', {}, el('td', {}, el('strong', {}, j.title), el('br', {}), el('span', { class: 'hint' }, j.text)),
        el('td', {}, `Turn ${j.turn} (${turnDays(scenario, j.turn)})`), el('td', {}, h.when), el('td', {}, h.why));
    })));
}

/** The handbook as an article, for the screen and for print. */
export function handbook(scenario: Scenario, kit: Kit): HTMLElement {
  const hw = kit.hotwash.phases;
  const h = (text: string): HTMLElement => el('h3', {}, text);
  return el('article', { class: 'briefing-pack handbook', 'data-testid': 'handbook' },
    el('p', { class: 'lede' }, `Control's handbook — ${scenario.data.title}. ${formatDate(turnDate(scenario, 1))} to ${formatDate(turnDate(scenario, scenario.data.turns))}: ${scenario.data.turns} turns of ${scenario.data.daysPerTurn} days. For the facilitator only.`),
    h('1. Control\'s job'), list(kit.handbook.overview),
    h('2. Learning objectives'),
    el('ol', { class: 'brief-list' }, ...kit.objectives.map((o) => el('li', {}, o.text, el('br', {}), el('span', { class: 'hint' }, `The review asks: ${o.question}`)))),
    h('3. Timetables'), ...kit.handbook.timetables.map(timetable),
    h('4. Injects: which to fire when, and why'),
    el('p', {}, 'Injects switched on in the setup fire by themselves at the start of their turn; Control can fire any of them earlier from its panel, or write its own.'),
    injects(scenario, kit),
    h('5. Ruling on disputes'), list(kit.handbook.disputes),
    h('6. Running the hotwash'), list(kit.handbook.hotwash),
    el('table', { class: 'brief-table', 'data-testid': 'handbook-hotwash' },
      el('caption', {}, `The hotwash's phases: ${hw.reduce((s, p) => s + p.minutes, 0)} minutes`),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Phase'), el('th', { scope: 'col' }, 'Minutes'), el('th', { scope: 'col' }, 'Questions'))),
      el('tbody', {}, ...hw.map((p) => el('tr', {}, el('td', {}, p.title), el('td', { class: 'num' }, String(p.minutes)), el('td', {}, p.prompts.join(' ')))))),
    h('7. The teams\' roles and red lines'),
    ...(['coalition', 'russia'] as const).flatMap((p) => [
      el('h4', {}, campName(scenario, p)),
      el('p', {}, el('strong', {}, 'Roles: '), kit.teams[p].roles.map((r) => r.title).join(', '), '. ', el('strong', {}, 'Red lines: '), kit.teams[p].redLines.join(' ')),
    ]),
    h('8. For the debrief: what really happened'),
    el('ul', { class: 'brief-list' }, ...kit.debrief.events.map((e) => el('li', {}, el('strong', {}, `${e.date}: `), e.text))),
    el('p', { class: 'sources' }, `Sources: ${kit.debrief.sources}`));
}

/** The handbook in a dialog with Print and Close. */
export function showHandbook(scenario: Scenario, kit: Kit, onClose?: () => void): HTMLDialogElement {
  const book = handbook(scenario, kit);
  const print = el('button', { type: 'button', 'data-testid': 'print-handbook' }, 'Print');
  const title = `Control's handbook: ${scenario.data.title}`;
  print.addEventListener('click', () => printOnly(book, title));
  return openModal({ id: 'handbook-dialog', title, className: 'briefing-card', onClose },
    book, el('div', { class: 'buttons' }, print, closeButton('Close', { class: 'primary', 'data-testid': 'handbook-close' })));
}
