// The tutorial's steps: what each asks for, the fact that shows it was done, where to point, and what
// it explains once done. Words only; the order and the moves between steps are machine.ts's.
import type { Hex } from '../engine';
import type { Fact, TutorialSnapshot } from './facts';
import type { TutorialSetup } from './setup';

/** Where a step points: a hex on the map, or a control on the page (a CSS selector). */
export type Spot = { hex: Hex } | { selector: string } | null;

export interface TutorialStep {
  id: string;
  title: string;
  /** What to do. */
  task: string;
  /** What it did and why it matters, shown once done. */
  explain: string;
  /** The fact that completes the step; null for a step that only tells. */
  fact: Fact | null;
  /** Show the event log's lines of the change that did it (a roll worth reading). */
  log?: true;
  spot(s: TutorialSnapshot): Spot;
}

const button = (testid: string): Spot => ({ selector: `[data-testid="${testid}"]` });

/** The steps for a setup; `name` gives a hex's place name for the text. */
export function tutorialSteps(setup: TutorialSetup, name: (h: Hex) => string): TutorialStep[] {
  const { units, hexes } = setup;
  const unitHex = (s: TutorialSnapshot, id: string): Spot => {
    const u = s.view.units.find((x) => x.id === id);
    return u ? { hex: u.hex } : null;
  };
  // Pick the unit first, then the hex: a step that needs a unit selected points at the unit until it is.
  const withUnit = (id: string, then: Hex) => (s: TutorialSnapshot): Spot => (s.selectedId === id ? { hex: then } : unitHex(s, id));
  const air = (s: TutorialSnapshot): Spot => {
    if (s.warning === 'air') return s.view.crisis.messages.some((m) => m.from === setup.camp && m.body.kind === 'notify') ? button('warning-confirm') : button('warning-notify');
    return s.mode === 'air' ? { hex: hexes.strikeAt } : button('air-strike');
  };
  return [
    {
      id: 'welcome', title: 'Welcome', fact: null, spot: () => null,
      task: 'You command the US-backed coalition on the first day of Operation Jazira Storm, 9 September 2017: SDF fighters with US advisers, guns and aircraft on the east bank of the Euphrates, facing IS posts at Conoco and Khasham. The government side and its Russian backers hold the airbase across the river. Eleven short steps follow; each waits for you to act on the map or the panel. From the keyboard, the arrow keys move the map cursor and Enter acts as a click does; the side panel lists your units and targets as buttons. Press Next.',
      explain: '',
    },
    {
      id: 'select', title: 'Select a unit', fact: 'selected', spot: (s) => unitHex(s, units.infantry),
      task: 'Click the Elite Forces counter (ringed in yellow). You can also press N to go through your units, or use the unit list in the side panel.',
      explain: 'The side panel now shows the unit: its strength in steps, its movement points and what it can do. The hexes it can reach this turn light up in white.',
    },
    {
      id: 'move', title: 'Move', fact: 'moved', spot: withUnit(units.infantry, hexes.moveTo),
      task: `Click the ringed hex, ${name(hexes.moveTo)}, next to the IS post at Conoco. Hover a hex first to see the path.`,
      explain: 'Entering a hex next to an IS unit ends a move: that is its zone of control. Roads halve the cost of a move, and the river stops it unless there is a bridge or a pontoon.',
    },
    {
      id: 'attack', log: true, title: 'Attack', fact: 'assaulted', spot: withUnit(units.infantry, hexes.assault),
      task: `With the Elite Forces selected, click the IS post at ${name(hexes.assault)}. Its tag shows the odds and the chance to inflict a loss.`,
      explain: 'An assault rolls a die on the combat results table at those odds. A defender who loses its last step is destroyed, and the attacker advances: Conoco, an objective worth points, changes hands.',
    },
    {
      id: 'artillery', log: true, title: 'Artillery', fact: 'fired', spot: withUnit(units.guns, hexes.fireAt),
      task: `Select the US Marine artillery, then click the IS unit at ${name(hexes.fireAt)}, three hexes away.`,
      explain: 'Artillery fires at range and risks nothing: it never takes losses from its own fire. Each unit fires or assaults once a turn.',
    },
    {
      id: 'air', title: 'Air strike', fact: 'warned', spot: air,
      task: `Press Air strike in the side panel, then click the IS unit on Hawijat Kati (${name(hexes.strikeAt)}), the island by the city.`,
      explain: 'Air sorties strike any IS hex you can see, a few a turn. This one is next to Russian-backed troops at the airbase, so the game stops and warns you: a strike may be mistaken and hit them.',
    },
    {
      id: 'notify', title: 'Notify first', fact: 'composing', spot: air,
      task: 'The warning gives the chance of misidentification. Press Notify first.',
      explain: 'Notify first puts the strike on hold and opens the hotline form with a strike notice for that area already filled in.',
    },
    {
      id: 'hotline', log: true, title: 'The hotline', fact: 'notified', spot: () => button('hotline-send'),
      task: 'The hotline form shows the formal text the Russians will read and its predicted effect. Press Send.',
      explain: 'The notice is on the line and drawn on the map. Notified strikes near the other power are far less likely to be mistaken, and any incident is attributed, not disputed. The Hotline button in the side panel opens and closes this panel.',
    },
    {
      id: 'strike', log: true, title: 'Strike, notified', fact: 'struck', spot: air,
      task: `Once the notice is sent, the strike warning comes back for the same strike, now saying "Notified: yes" with a lower chance: press Fire anyway. (If you closed it, press Air strike and click Hawijat Kati again.)`,
      explain: 'The strike went in. Every incident climbs the escalation ladder at the top of the side panel; the hotline is how you keep the race from becoming a war.',
    },
    {
      id: 'undo-move', title: 'A move to take back', fact: 'mobile_moved', spot: withUnit(units.mobile, hexes.mobileTo),
      task: `Select the SDF mobile group and move it to the ringed hex, ${name(hexes.mobileTo)}.`,
      explain: 'A move that made no contact, drew no dice and revealed nothing can be taken back.',
    },
    {
      id: 'undo', title: 'Undo', fact: 'undone', spot: () => button('undo'),
      task: 'Press Undo (or Ctrl+Z) to take that move back.',
      explain: 'The mobile group is back where it was, with all its movement. Undo is refused, with the reason in its tooltip, for an order that drew dice, revealed a unit or caused a crisis event.',
    },
    {
      id: 'done', title: 'Your turn', fact: null, spot: () => button('end-turn'),
      task: 'That is the whole loop. Press End turn to watch the government side and IS move, play on, or leave the tutorial for a real game from the menu.',
      explain: '',
    },
  ];
}
