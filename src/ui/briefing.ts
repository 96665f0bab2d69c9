// The briefing before the first turn (and from the HUD's Briefing button): the situation for the
// player's camp, the objectives and their points, the forces, and the hotline rules. The history is
// from docs/history.md, the numbers from the scenario and the crisis rules.
import {
  type GameView, type Power, RUNGS, type Scenario, formatDate, otherPower, rulesSummary, turnDate, typeOf,
} from '../engine';
import { kitFor } from '../exercise/kits';
import { POWER_NAME, signed } from '../text/crisisText';
import { campName } from '../text/places';
import { el } from './dom';
import { closeButton, openModal } from './modal';

/** The situation on 9 September 2017, as each camp's staff would brief it. */
export const SITUATION: Readonly<Record<string, Readonly<Record<Power, readonly string[]>>>> = {
  'deir-ez-zor-2017': {
    coalition: [
      'On 9 September the SDF and its Deir ez-Zor Military Council launch operation "Jazeera Storm" south from the Khabur valley, with US special forces advisers and coalition air. (The Marines\' M777 battalion is not on this front in this game.)',
      'Your aims are on the east bank: the industrial zone opposite the city and the oil and gas fields of Conoco, Jafra and Al-Omar. IS stands between you and the government side — for now.',
      'IS holds Al-Omar, its largest oil field, dug in: its defenders there neither attack nor move, and they hold until air strikes and guns have worn them down.',
      'Across the river the Syrian army, with Russian air and special forces, has just broken the three-year siege of the city. Russia suspended the 2015 air-safety memorandum this year, but the deconfliction line to Russian command still works.',
    ],
    russia: [
      'On 5 September the 17th Division and the Tiger Forces broke the three-year siege of Deir ez-Zor; on 9 September the siege of the airbase was broken too. Russian aircraft, special forces and engineers support the Syrian army.',
      'Your aims: clear the city, cross the Euphrates (engineers can bridge it) and race down the west bank to Al-Mayadin and Al-Bukamal — and reach the east-bank oil before the Americans do.',
      'IS holds the city quarters dug in: its defenders there neither attack nor move, and they hold until air strikes and guns have worn them down.',
      'On the east bank the US-backed SDF is driving south from the Khabur. Russia suspended the 2015 memorandum with the United States, but the deconfliction line to Al Udeid still works.',
    ],
  },
};

/** Objectives each camp is sent for first (by id); the rest still count. */
const AIMS: Readonly<Record<string, Readonly<Record<Power, readonly string[]>>>> = {
  'deir-ez-zor-2017': {
    coalition: ['industrial-zone', 'conoco', 'jafra', 'al-omar'],
    russia: ['deir-ez-zor', 'airbase', 'hawijat-saqr', 'mayadin', 'bukamal'],
  },
};

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
  const aims = new Set(AIMS[scenario.id]?.[camp] ?? []);
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

/** The scenario kit's learning objectives, when it has a kit: what the review will ask of the player. */
function learningObjectives(scenario: Scenario): HTMLElement[] {
  const kit = kitFor(scenario);
  return kit ? [el('h3', {}, 'Learning objectives'), el('ol', { class: 'brief-list', 'data-testid': 'briefing-objectives' }, ...kit.objectives.map((o) => el('li', {}, o.text)))] : [];
}

/** Opens the briefing. `onBegin` runs when it closes (Begin or Esc); `first` labels the button Begin. */
export function showBriefing(scenario: Scenario, view: GameView, camp: Power, first: boolean, onBegin?: () => void): HTMLDialogElement {
  const last = formatDate(turnDate(scenario, scenario.data.turns));
  const situation = SITUATION[scenario.id]?.[camp] ?? [scenario.data.summary];
  return openModal({ id: 'briefing', title: `Briefing: ${campName(scenario, camp)}`, className: 'briefing-card', onClose: onBegin },
    el('p', { class: 'lede' }, `${formatDate(turnDate(scenario, 1))} to ${last}: ${scenario.data.turns} turns of ${scenario.data.daysPerTurn} days.`),
    el('h3', {}, 'Situation'),
    ...situation.map((p) => el('p', {}, p)),
    el('h3', {}, 'Objectives'),
    el('p', {}, `After turn ${scenario.data.turns} the camp holding more victory points wins. Your aims are listed first; every objective counts.`),
    objectives(scenario, view, camp),
    ...learningObjectives(scenario),
    el('h3', {}, 'Your forces'),
    forces(scenario, view, camp),
    ...isWeapons(scenario),
    el('h3', {}, 'The hotline'),
    hotlineRules(scenario, camp),
    el('div', { class: 'buttons' }, closeButton(first ? 'Begin' : 'Close', { class: 'primary', 'data-testid': 'briefing-begin' })),
  );
}
