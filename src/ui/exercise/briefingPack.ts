// The briefing pack for one camp of a class exercise, on screen and printable: situation, mission
// (objectives and points), forces (every unit of the scenario, reinforcements with their turns), and
// from the scenario's teaching kit the learning objectives, the team's guidance, red lines, roles and
// private information; the rules of engagement (docs/escalation.md), hotline procedures and the
// background up to the first turn. Nothing of what is to come: the history is the debrief's.
import {
  type GameView, HOTLINE_REMARK_MAX, type Power, type Scenario, formatDate, otherPower, rulesSummary, turnDate,
} from '../../engine';
import type { Kit } from '../../exercise/kit';
import { kitFor } from '../../exercise/kits';
import { POWER_NAME } from '../../text/crisisText';
import { MESSAGE_KIND_LABEL } from '../../text/messageText';
import { campName } from '../../text/places';
import { hotlineRules, isWeaponsList, objectives, situation } from '../briefing';
import { el } from '../dom';
import { COMPOSE_KINDS } from '../hotline/draft';
import { closeButton, openModal } from '../modal';

function forcesList(scenario: Scenario, camp: Power): HTMLElement {
  const units = scenario.data.units.filter((u) => u.camp === camp);
  return el('table', { class: 'brief-table' },
    el('caption', { class: 'sr-only' }, 'Your units, their type and when they arrive'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Unit'), el('th', { scope: 'col' }, 'Type'), el('th', { scope: 'col' }, 'On the map'))),
    el('tbody', {}, ...units.map((u) => {
      const arrives = u.arrives ?? 1;
      return el('tr', {},
        el('td', {}, u.name),
        el('td', {}, scenario.data.unitTypes[u.type]?.name ?? u.type),
        el('td', {}, arrives <= 1 ? 'from the start' : `reinforcement, turn ${arrives} (${formatDate(turnDate(scenario, arrives))})`));
    })));
}

function rulesOfEngagement(camp: Power): HTMLElement {
  const rival = POWER_NAME[otherPower(camp)];
  const { raise, misidentification: misid, firefight, clashScore } = rulesSummary();
  return el('ul', { class: 'brief-list' },
    el('li', {}, `Strikes near ${rival}'s troops: any air strike or artillery fire close to them may hit them by mistake (${misid.base}% to start, +${misid.unseen} if you cannot see them, ${misid.notice} with a notice first, ${misid.shared} if they shared positions). A misidentified strike is +${raise.misidentifiedStrike} escalation plus the losses.`),
    el('li', {}, `Never attack ${rival}'s units on purpose: +${raise.deliberateAttack}, and +${raise.greatPowerStep} for every step of US or Russian personnel lost.`),
    el('li', {}, `Notices: notify a strike over the hotline first; an incident is then attributed, not disputed, and far less likely.`),
    el('li', {}, `The line: crossing an agreed deconfliction line is +${raise.lineCrossed} and costs trust; so is breaking a hold-fire or withdrawal.`),
    el('li', {}, `Contact: ending a turn close to ${rival}'s units is +${raise.contact} and risks a firefight (${firefight.base}% plus ${firefight.perRung}% per rung, less with trust): +${raise.firefight}.`),
    el('li', {}, `Warnings: moving or firing into an area you were warned off is +${raise.warningIgnored}; a public warning through the media is +${raise.publicWarning}.`),
    el('li', {}, `At 100 escalation the exercise ends in a direct US–Russian clash: the side that set it off scores ${clashScore.culprit}, the other ${clashScore.other}.`));
}

function procedures(scenario: Scenario, camp: Power): HTMLElement[] {
  return [
    hotlineRules(scenario, camp),
    el('p', {}, 'Message types (the catalogue): ', COMPOSE_KINDS.map((k) => MESSAGE_KIND_LABEL[k]).join('; '), '. Answers: accept, reject, counter-propose, acknowledge, deny.'),
    el('ul', { class: 'brief-list' },
      el('li', {}, `You may add a remark of your own (up to ${HOTLINE_REMARK_MAX} characters) to any message; it is sent with it and kept in the record.`),
      el('li', {}, 'Calls to you show under "Awaiting your answer" when your team takes over: answer them in your own phase, before you end it.'),
      el('li', {}, 'The other team reads your messages only in its own phase; Control reads every message.')),
  ];
}

/** What happened before the scenario starts (its story's background, checked on load to stop before the start): no spoilers. */
function history(scenario: Scenario): HTMLElement[] {
  const story = scenario.data.story;
  if (!story) return [el('p', {}, scenario.data.summary)];
  return [
    el('ul', { class: 'brief-list' }, ...story.background.map((b) => el('li', {}, `${b.label}: ${b.text}`))),
    el('p', { class: 'sources' }, `Sources: ${story.backgroundSources}`),
  ];
}

/** The kit's part of a team's pack: objectives, guidance and red lines, roles, what only this team knows. */
function kitSections(kit: Kit, camp: Power, h: (text: string) => HTMLElement): HTMLElement[] {
  const team = kit.teams[camp];
  const list = (items: readonly string[], testid?: string): HTMLElement => el('ul', { class: 'brief-list', ...(testid ? { 'data-testid': testid } : {}) }, ...items.map((t) => el('li', {}, t)));
  return [
    h('Learning objectives'),
    el('p', {}, 'The exercise is judged on these as well as on points; the after-action review asks whether the group met each.'),
    el('ol', { class: 'brief-list', 'data-testid': 'pack-objectives' }, ...kit.objectives.map((o) => el('li', {}, o.text))),
    h('Political guidance'), list(team.guidance, 'pack-guidance'),
    h('Red lines'), list(team.redLines, 'pack-red-lines'),
    el('p', { class: 'sources' }, 'The guidance and red lines are the exercise\'s, written from the record (docs/history.md), not quoted orders.'),
    h('Your team: roles'),
    el('dl', { class: 'brief-roles', 'data-testid': 'pack-roles' }, ...team.roles.flatMap((r) => [el('dt', { 'data-role': r.role }, r.title), el('dd', {}, list(r.duties))])),
    h('For your team only'),
    el('p', {}, 'The other team\'s pack does not hold this. Keep it from them.'),
    list(team.private, 'pack-private'),
  ];
}

/** What both packs may tell of the past: up to the first turn, never what is to come. */
function background(kit: Kit): HTMLElement[] {
  return [el('ul', { class: 'brief-list' }, ...kit.background.events.map((t) => el('li', {}, t))), el('p', { class: 'sources' }, `Sources: ${kit.background.sources}`)];
}

/** The pack as an article, for the screen and for print. `view` gives who holds each objective now. */
export function briefingPack(scenario: Scenario, view: GameView, camp: Power): HTMLElement {
  const first = formatDate(turnDate(scenario, 1));
  const last = formatDate(turnDate(scenario, scenario.data.turns));
  let n = 0;
  const h = (text: string): HTMLElement => el('h3', {}, `${++n}. ${text}`);
  const kit = kitFor(scenario);
  return el('article', { class: 'briefing-pack', 'data-testid': 'briefing-pack', 'data-camp': camp },
    el('p', { class: 'lede' }, `Exercise briefing pack — ${campName(scenario, camp)}. ${first} to ${last}: ${scenario.data.turns} turns of ${scenario.data.daysPerTurn === 1 ? 'one day' : `${scenario.data.daysPerTurn} days`}.`),
    h('Situation'), ...situation(scenario, camp).map((p) => el('p', {}, p)),
    h('Mission'),
    el('p', {}, `Hold more victory points than ${POWER_NAME[otherPower(camp)]} after turn ${scenario.data.turns}, without a direct clash. Your aims are listed first; every objective counts.`),
    objectives(scenario, view, camp),
    h('Forces'), forcesList(scenario, camp),
    el('p', {}, `${scenario.data.camps[camp].sortiesPerTurn} air sorties a turn.`),
    isWeaponsList(scenario),
    ...(kit ? kitSections(kit, camp, h) : []),
    h('Rules of engagement: what escalates'), rulesOfEngagement(camp),
    h('Hotline procedures'), ...procedures(scenario, camp),
    h('Background'), ...(scenario.data.story || !kit ? history(scenario) : background(kit)));
}

/** Prints `node` alone: a copy goes into #print-area and the print stylesheet hides everything else. */
export function printOnly(node: HTMLElement, title: string): void {
  document.getElementById('print-area')?.remove();
  const area = el('div', { id: 'print-area' }, el('h1', {}, title), node.cloneNode(true));
  document.body.append(area);
  document.body.classList.add('print-only');
  const done = (): void => { document.body.classList.remove('print-only'); area.remove(); window.removeEventListener('afterprint', done); };
  window.addEventListener('afterprint', done);
  window.print();
}

/** The pack in a dialog with Print and Close. */
export function showBriefingPack(scenario: Scenario, view: GameView, camp: Power, onClose?: () => void): HTMLDialogElement {
  const pack = briefingPack(scenario, view, camp);
  const print = el('button', { type: 'button', 'data-testid': 'print-pack' }, 'Print');
  const title = `Briefing pack: ${campName(scenario, camp)}`;
  print.addEventListener('click', () => printOnly(pack, title));
  return openModal({ id: 'briefing-pack', title, className: 'briefing-card', onClose },
    pack, el('div', { class: 'buttons' }, print, closeButton('Close', { class: 'primary', 'data-testid': 'pack-close' })));
}
