// The briefing pack for one camp of a class exercise, on screen and printable: situation, mission
// (objectives and points), forces (every unit of the scenario, reinforcements with their turns), and
// from the scenario's teaching kit the learning objectives, the team's guidance, red lines, roles and
// private information; the rules of engagement (docs/escalation.md), hotline procedures and the
// background up to the first turn. Nothing of what is to come: the history is the debrief's.
import {
  type GameView, HOTLINE_REMARK_MAX, type Power, type Scenario, otherPower, rulesSummary,
} from '../../engine';
import type { Kit } from '../../exercise/kit';
import { kitFor } from '../../exercise/kits';
import { type MessageKey, t } from '../../i18n/messages';
import { campLabel, powerName, turnDateText } from '../../text/localNames';
import { localKit, localScenario } from '../../text/scenarioText';
import { hotlineRules, isWeaponsList, objectives, situation, span } from '../briefing';
import { el } from '../dom';
import { COMPOSE_KINDS } from '../hotline/draft';
import { closeButton, openModal } from '../modal';

function forcesList(scenario: Scenario, camp: Power): HTMLElement {
  const units = scenario.data.units.filter((u) => u.camp === camp);
  return el('table', { class: 'brief-table' },
    el('caption', { class: 'sr-only' }, t().brief_units_caption()),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t().brief_col_unit()), el('th', { scope: 'col' }, t().brief_col_type()), el('th', { scope: 'col' }, t().brief_col_on_map()))),
    el('tbody', {}, ...units.map((u) => {
      const arrives = u.arrives ?? 1;
      return el('tr', {},
        el('td', {}, u.name),
        el('td', {}, scenario.data.unitTypes[u.type]?.name ?? u.type),
        el('td', {}, arrives <= 1 ? t().brief_from_start() : t().brief_reinforcement_turn({ turn: arrives, date: turnDateText(scenario, arrives) })));
    })));
}

function rulesOfEngagement(camp: Power): HTMLElement {
  const rival = powerName(otherPower(camp));
  const { raise, misidentification: misid, firefight, clashScore } = rulesSummary();
  return el('ul', { class: 'brief-list' },
    el('li', {}, t().brief_roe_strikes({ rival, base: misid.base, unseen: misid.unseen, notice: misid.notice, shared: misid.shared, misid: raise.misidentifiedStrike })),
    el('li', {}, t().brief_roe_deliberate({ rival, deliberate: raise.deliberateAttack, step: raise.greatPowerStep })),
    el('li', {}, t().brief_roe_notices()),
    el('li', {}, t().brief_roe_line({ points: raise.lineCrossed })),
    el('li', {}, t().brief_roe_contact({ rival, contact: raise.contact, base: firefight.base, perRung: firefight.perRung, firefight: raise.firefight })),
    el('li', {}, t().brief_roe_warnings({ ignored: raise.warningIgnored, public: raise.publicWarning })),
    el('li', {}, t().brief_roe_clash({ culprit: clashScore.culprit, other: clashScore.other })));
}

function procedures(scenario: Scenario, camp: Power): HTMLElement[] {
  return [
    hotlineRules(scenario, camp),
    el('p', {}, t().brief_catalogue({ kinds: COMPOSE_KINDS.map((k) => t()[`brief_kind_${k}` satisfies MessageKey]()).join('; ') })),
    el('ul', { class: 'brief-list' },
      el('li', {}, t().brief_remark_rule({ max: HOTLINE_REMARK_MAX })),
      el('li', {}, t().brief_awaiting_rule()),
      el('li', {}, t().brief_reads_rule())),
  ];
}

/** What happened before the scenario starts (its story's background, checked on load to stop before the start): no spoilers. */
function history(scenario: Scenario): HTMLElement[] {
  const story = scenario.data.story;
  if (!story) return [el('p', {}, scenario.data.summary)];
  return [
    el('ul', { class: 'brief-list' }, ...story.background.map((b) => el('li', {}, `${b.label}: ${b.text}`))),
    el('p', { class: 'sources' }, t().brief_sources({ sources: story.backgroundSources })),
  ];
}

/** The kit's part of a team's pack: objectives, guidance and red lines, roles, what only this team knows. */
function kitSections(kit: Kit, camp: Power, h: (text: string) => HTMLElement): HTMLElement[] {
  const team = kit.teams[camp];
  const list = (items: readonly string[], testid?: string): HTMLElement => el('ul', { class: 'brief-list', ...(testid ? { 'data-testid': testid } : {}) }, ...items.map((t) => el('li', {}, t)));
  return [
    h(t().brief_learning_objectives()),
    el('p', {}, t().brief_judged()),
    el('ol', { class: 'brief-list', 'data-testid': 'pack-objectives' }, ...kit.objectives.map((o) => el('li', {}, o.text))),
    h(t().brief_guidance()), list(team.guidance, 'pack-guidance'),
    h(t().brief_red_lines()), list(team.redLines, 'pack-red-lines'),
    el('p', { class: 'sources' }, t().brief_kit_note()),
    h(t().brief_roles()),
    el('dl', { class: 'brief-roles', 'data-testid': 'pack-roles' }, ...team.roles.flatMap((r) => [el('dt', { 'data-role': r.role }, r.title), el('dd', {}, list(r.duties))])),
    h(t().brief_private()),
    el('p', {}, t().brief_private_note()),
    list(team.private, 'pack-private'),
  ];
}

/** What both packs may tell of the past: up to the first turn, never what is to come. */
function background(kit: Kit): HTMLElement[] {
  return [el('ul', { class: 'brief-list' }, ...kit.background.events.map((t) => el('li', {}, t))), el('p', { class: 'sources' }, t().brief_sources({ sources: kit.background.sources }))];
}

/** The pack as an article, for the screen and for print. `view` gives who holds each objective now. */
export function briefingPack(played: Scenario, view: GameView, camp: Power): HTMLElement {
  let n = 0;
  const h = (text: string): HTMLElement => el('h3', {}, `${++n}. ${text}`);
  // In the page's language once its overlay is loaded (loadScenarioText); the kit is the played scenario's.
  const scenario = localScenario(played);
  const shipped = kitFor(played);
  const kit = shipped && localKit(shipped, played.id);
  return el('article', { class: 'briefing-pack', 'data-testid': 'briefing-pack', 'data-camp': camp },
    el('p', { class: 'lede' }, t().brief_pack_lede({ camp: campLabel(scenario, camp), span: span(scenario) })),
    h(t().brief_situation()), ...situation(scenario, camp).map((p) => el('p', {}, p)),
    h(t().brief_mission()),
    el('p', {}, t().brief_mission_text({ rival: powerName(otherPower(camp)), turns: scenario.data.turns })),
    objectives(scenario, view, camp),
    h(t().brief_forces_title()), forcesList(scenario, camp),
    el('p', {}, `${t().brief_sorties({ count: scenario.data.camps[camp].sortiesPerTurn })}.`),
    isWeaponsList(scenario),
    ...(kit ? kitSections(kit, camp, h) : []),
    h(t().brief_roe_title()), rulesOfEngagement(camp),
    h(t().brief_procedures_title()), ...procedures(scenario, camp),
    h(t().brief_background_title()), ...(scenario.data.story || !kit ? history(scenario) : background(kit)));
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
  const print = el('button', { type: 'button', 'data-testid': 'print-pack' }, t().brief_print());
  const title = t().brief_pack_title({ camp: campLabel(scenario, camp) });
  print.addEventListener('click', () => printOnly(pack, title));
  return openModal({ id: 'briefing-pack', title, className: 'briefing-card', onClose },
    pack, el('div', { class: 'buttons' }, print, closeButton(t().brief_close(), { class: 'primary', 'data-testid': 'pack-close' })));
}
