// The briefing before the first turn (and from the HUD's Briefing button): the situation for the
// player's camp, the objectives and their points, the forces, and the hotline rules. The history is
// from the scenario's story (docs/history.md), the numbers from the scenario and the crisis rules.
import {
  type GameView, type Power, RUNGS, type Scenario, otherPower, rulesSummary, typeOf,
} from '../engine/core';
import { kitOf } from '../exercise/kitOf';
import { currentLocale, isRtl, t } from '../i18n/messages';
import { campLabel, powerName, rungName, turnDateText } from '../text/localNames';
import { localKit, localScenario } from '../text/scenarioText';
import { signed } from '../text/crisisText';
import { el } from './dom';
import { closeButton, openModal } from './modal';

/** The situation as each camp's staff would brief it: the scenario's story, else its summary. */
export function situation(scenario: Scenario, camp: Power): readonly string[] {
  return scenario.data.story?.situation[camp] ?? [scenario.data.summary];
}

function forces(scenario: Scenario, view: GameView, camp: Power): HTMLElement {
  const count = new Map<string, number>();
  for (const u of view.units) if (u.camp === camp) count.set(typeOf(scenario, u).name, (count.get(typeOf(scenario, u).name) ?? 0) + 1);
  const later = view.reinforcements.filter((r) => r.unit.camp === camp);
  const first = later.length > 0 ? Math.min(...later.map((r) => r.turn)) : 0;
  return el('ul', { class: 'brief-list' },
    ...[...count].map(([name, n]) => el('li', {}, `${n} × ${name}`)),
    el('li', {}, t().brief_sorties({ count: scenario.data.camps[camp].sortiesPerTurn })),
    later.length > 0 ? el('li', {}, t().brief_reinforcements({ count: later.length, turn: first })) : null);
}

export function objectives(scenario: Scenario, view: GameView, camp: Power): HTMLElement {
  const aims = new Set(scenario.data.story?.aims[camp] ?? []);
  const rows = [...scenario.objectives].sort((a, b) => Number(aims.has(b.id)) - Number(aims.has(a.id)));
  return el('table', { class: 'brief-table' },
    el('caption', { class: 'sr-only' }, t().brief_objectives_caption()),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t().brief_col_objective()), el('th', { scope: 'col' }, t().brief_col_points()), el('th', { scope: 'col' }, t().brief_col_held()))),
    el('tbody', {}, ...rows.map((o) => {
      const owner = view.control[o.id];
      return el('tr', { class: aims.has(o.id) ? 'aim' : undefined },
        el('td', {}, o.name, aims.has(o.id) ? el('span', { class: 'tag' }, ` ${t().brief_your_aim()}`) : null),
        el('td', {}, String(o.points)),
        el('td', {}, owner ? campLabel(scenario, owner) : t().brief_nobody()));
    })));
}

/** IS's car bombs and minefields, when the scenario gives it any: what the player cannot see coming. */
function isWeapons(scenario: Scenario): HTMLElement[] {
  const list = isWeaponsList(scenario);
  return list ? [el('h3', {}, t().brief_is_weapons_title()), list] : [];
}

/** The list of IS's car bombs and minefields, or null when the scenario gives it none (also in the exercise pack). */
export function isWeaponsList(scenario: Scenario): HTMLElement | null {
  const bombs = scenario.data.units.filter((u) => u.camp === 'is' && scenario.unitTypes[u.type]?.carBomb).length;
  const fields = (scenario.data.mines?.hexes.length ?? 0) + (scenario.data.mines?.stock ?? 0);
  if (bombs === 0 && fields === 0) return null;
  return el('ul', { class: 'brief-list' },
    bombs > 0 ? el('li', {}, t().brief_is_car_bombs({ count: bombs })) : null,
    fields > 0 ? el('li', {}, t().brief_is_mines()) : null);
}

export function hotlineRules(scenario: Scenario, camp: Power): HTMLElement {
  const rival = powerName(otherPower(camp));
  const c = scenario.data.crisis;
  const { raise, lower, trust, misidentification, clashScore, hotline } = rulesSummary();
  return el('ul', { class: 'brief-list' },
    el('li', {}, t().brief_rule_messages({ count: c.messagesPerTurn })),
    el('li', {}, t().brief_rule_notice({ rival, points: -misidentification.notice })),
    el('li', {}, t().brief_rule_line({ points: raise.lineCrossed })),
    el('li', {}, t().brief_rule_agreements({ points: lower.meeting })),
    el('li', {}, t().brief_rule_warnings({ turns: hotline.warningTurns, points: raise.publicWarning })),
    el('li', {}, t().brief_rule_protest({ change: signed(-lower.acknowledge) })),
    el('li', {}, t().brief_rule_calls({ change: signed(trust.unanswered) })),
    el('li', {}, t().brief_rule_ladder({ rungs: RUNGS.map((_, i) => rungName(i)).join(isRtl(currentLocale()) ? ' ← ' : ' → '), start: c.escalation, culprit: signed(clashScore.culprit), other: signed(clashScore.other) })));
}

/** The scenario kit's learning objectives, when it has a kit: what the review will ask of the player (filled in once its file loads). */
function learningObjectives(scenario: Scenario): HTMLElement {
  const slot = el('div', { class: 'brief-kit' });
  void kitOf(scenario).then((shipped) => {
    const kit = shipped && localKit(shipped, scenario.id);
    if (kit) slot.append(el('h3', {}, t().brief_learning_objectives()), el('ol', { class: 'brief-list', 'data-testid': 'briefing-objectives' }, ...kit.objectives.map((o) => el('li', {}, o.text))));
  });
  return slot;
}

/** "9 Sep 2017 to 30 Sep 2017: 11 turns of 2 days." (also the pack's and the handbook's) */
export function span(scenario: Scenario): string {
  return t().brief_span({
    first: turnDateText(scenario, 1), last: turnDateText(scenario, scenario.data.turns),
    turns: t().common_turns({ count: scenario.data.turns }), length: t().brief_turn_length({ days: scenario.data.daysPerTurn }),
  });
}

/** Opens the briefing. `onBegin` runs when it closes (Begin or Esc); `first` labels the button Begin. */
export function showBriefing(played: Scenario, view: GameView, camp: Power, first: boolean, onBegin?: () => void): HTMLDialogElement {
  // Its text in the page's language (loadScenarioText ran when the game started); the rules read the same numbers.
  const scenario = localScenario(played);
  return openModal({ id: 'briefing', title: t().brief_title({ camp: campLabel(scenario, camp) }), className: 'briefing-card', onClose: onBegin },
    el('p', { class: 'lede' }, span(scenario)),
    el('h3', {}, t().brief_situation()),
    ...situation(scenario, camp).map((p) => el('p', {}, p)),
    el('h3', {}, t().brief_objectives()),
    el('p', {}, t().brief_win({ turns: scenario.data.turns })),
    objectives(scenario, view, camp),
    learningObjectives(scenario),
    el('h3', {}, t().brief_forces()),
    forces(scenario, view, camp),
    ...isWeapons(scenario),
    el('h3', {}, t().brief_hotline()),
    hotlineRules(scenario, camp),
    el('div', { class: 'buttons' }, closeButton(first ? t().brief_begin() : t().brief_close(), { class: 'primary', 'data-testid': 'briefing-begin' })),
  );
}
