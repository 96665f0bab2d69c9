// The briefing before the first turn (and from the HUD's Briefing button): the situation for the
// player's camp, the objectives and their points, the forces, and the hotline rules. The history is
// from the scenario's story (docs/history.md), the numbers from the scenario and the crisis rules.
import {
  type GameView, type Power, RUNGS, type Scenario, formatDate, otherPower, rulesSummary, turnDate, typeOf,
} from '../engine';
import { kitOf } from '../exercise/kitOf';
import { POWER_NAME, signed } from '../text/crisisText';
import { campName } from '../text/places';
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
    el('li', {}, `${scenario.data.camps[camp].sortiesPerTurn} air sorties a turn`),
    later.length > 0 ? el('li', {}, `${later.length} more units arrive as reinforcements, the first in turn ${first}`) : null);
}

export function objectives(scenario: Scenario, view: GameView, camp: Power): HTMLElement {
  const aims = new Set(scenario.data.story?.aims[camp] ?? []);
  const rows = [...scenario.objectives].sort((a, b) => Number(aims.has(b.id)) - Number(aims.has(a.id)));
  return el('table', { class: 'brief-table' },
    el('caption', { class: 'sr-only' }, 'Objectives, their victory points and who holds them now'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Objective'), el('th', { scope: 'col' }, 'Points'), el('th', { scope: 'col' }, 'Held by now'))),
    el('tbody', {}, ...rows.map((o) => {
      const owner = view.control[o.id];
      return el('tr', { class: aims.has(o.id) ? 'aim' : undefined },
        el('td', {}, o.name, aims.has(o.id) ? el('span', { class: 'tag' }, ' your aim') : null),
        el('td', {}, String(o.points)),
        el('td', {}, owner ? campName(scenario, owner) : 'nobody'));
    })));
}

/** IS's car bombs and minefields, when the scenario gives it any: what the player cannot see coming. */
function isWeapons(scenario: Scenario): HTMLElement[] {
  const list = isWeaponsList(scenario);
  return list ? [el('h3', {}, 'IS car bombs and mines'), list] : [];
}

/** The list of IS's car bombs and minefields, or null when the scenario gives it none (also in the exercise pack). */
export function isWeaponsList(scenario: Scenario): HTMLElement | null {
  const bombs = scenario.data.units.filter((u) => u.camp === 'is' && scenario.unitTypes[u.type]?.carBomb).length;
  const fields = (scenario.data.mines?.hexes.length ?? 0) + (scenario.data.mines?.stock ?? 0);
  if (bombs === 0 && fields === 0) return null;
  return el('ul', { class: 'brief-list' },
    bombs > 0 ? el('li', {}, `IS fields ${bombs} car bombs (VBIEDs), some arriving later: fast on the roads, they drive at your troops and blow up, expended whatever the result. Keep your strongest stacks in towns, where they defend best.`) : null,
    fields > 0 ? el('li', {}, 'IS has mined the approaches to its towns and fields and lays more as you close in. A minefield is hidden until one of your units drives onto it: the unit stops there and may lose steps; the spent field is then marked on the map.') : null);
}

export function hotlineRules(scenario: Scenario, camp: Power): HTMLElement {
  const rival = POWER_NAME[otherPower(camp)];
  const c = scenario.data.crisis;
  const { raise, lower, trust, misidentification, clashScore, hotline } = rulesSummary();
  return el('ul', { class: 'brief-list' },
    el('li', {}, `You may send ${c.messagesPerTurn} hotline messages a turn, answers included.`),
    el('li', {}, `Notice: tell ${rival} where you will strike. It lowers the chance of hitting their troops by mistake by ${-misidentification.notice} points, and any incident is then attributed, not disputed.`),
    el('li', {}, `Deconfliction line (the river, or hexes you pick): once accepted it binds both sides; crossing it is +${raise.lineCrossed} escalation and costs trust.`),
    el('li', {}, `Shared positions, hold-fire, withdrawal and meetings: agreements kept lower escalation and build trust; a face-to-face meeting lowers it by ${lower.meeting}.`),
    el('li', {}, `Warnings mark an area for ${hotline.warningTurns} turns; a public one adds +${raise.publicWarning} at once.`),
    el('li', {}, `Protest an incident against you: the other side acknowledges (escalation ${signed(-lower.acknowledge)}) or denies it; a false denial may be exposed.`),
    el('li', {}, `Calls to you must be answered in your phase; an unanswered call costs trust ${signed(trust.unanswered)}.`),
    el('li', {}, `The ladder: ${RUNGS.map((r) => r.name).join(' → ')}. Escalation starts at ${c.escalation}. At 100 the game ends in a direct clash: whoever set it off scores ${signed(clashScore.culprit)}, the other ${signed(clashScore.other)}.`));
}

/** The scenario kit's learning objectives, when it has a kit: what the review will ask of the player (filled in once its file loads). */
function learningObjectives(scenario: Scenario): HTMLElement {
  const slot = el('div', { class: 'brief-kit' });
  void kitOf(scenario).then((kit) => {
    if (kit) slot.append(el('h3', {}, 'Learning objectives'), el('ol', { class: 'brief-list', 'data-testid': 'briefing-objectives' }, ...kit.objectives.map((o) => el('li', {}, o.text))));
  });
  return slot;
}

/** Opens the briefing. `onBegin` runs when it closes (Begin or Esc); `first` labels the button Begin. */
export function showBriefing(scenario: Scenario, view: GameView, camp: Power, first: boolean, onBegin?: () => void): HTMLDialogElement {
  const last = formatDate(turnDate(scenario, scenario.data.turns));
  return openModal({ id: 'briefing', title: `Briefing: ${campName(scenario, camp)}`, className: 'briefing-card', onClose: onBegin },
    el('p', { class: 'lede' }, `${formatDate(turnDate(scenario, 1))} to ${last}: ${scenario.data.turns} turns of ${scenario.data.daysPerTurn === 1 ? 'one day' : `${scenario.data.daysPerTurn} days`}.`),
    el('h3', {}, 'Situation'),
    ...situation(scenario, camp).map((p) => el('p', {}, p)),
    el('h3', {}, 'Objectives'),
    el('p', {}, `After turn ${scenario.data.turns} the camp holding more victory points wins. Your aims are listed first; every objective counts.`),
    objectives(scenario, view, camp),
    learningObjectives(scenario),
    el('h3', {}, 'Your forces'),
    forces(scenario, view, camp),
    ...isWeapons(scenario),
    el('h3', {}, 'The hotline'),
    hotlineRules(scenario, camp),
    el('div', { class: 'buttons' }, closeButton(first ? 'Begin' : 'Close', { class: 'primary', 'data-testid': 'briefing-begin' })),
  );
}
