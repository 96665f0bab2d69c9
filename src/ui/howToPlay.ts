// The "How to play" dialog of the start menu (and the HUD): the rules a new player needs, short.
import { el } from './dom';
import { closeButton, openModal } from './modal';

const STEPS: readonly string[] = [
  'Pick your camp, the opponent\'s doctrine and difficulty, and a seed (the same seed gives the same dice), then Start. The briefing tells you the situation and your objectives.',
  'Select one of your units: click its counter, press N, or use the "Your units" list. The hexes it can reach light up; click one to move. Roads halve the cost; the river is crossed only by pontoon or through an island.',
  'IS units in reach show the odds and what the attack may cost ("1:2 · hit 17% · risk 83%": a 17% chance to inflict a loss, 83% to lose a step yourself; "take" is the chance an assault takes the hex). Under Orders each target lists every outcome and the expected losses. Click one, or its button, to attack. Artillery fires at range without risk; air strikes hit any IS hex you can see.',
  'Press T (or Threats) to see where the enemy units you can see could move (shaded) and attack (outlined) next turn.',
  'Entering a hex next to an IS unit ends a move. You see only what your units see; darker hexes are out of sight.',
  'IS has car bombs (VBIEDs): fast one-step vehicles that drive at your troops and blow up, gone whatever the result. It also mines the approaches to its towns: you cannot see a minefield until a unit of yours drives onto it, stops there and may lose steps; a field that has gone off is marked with a red triangle and is spent.',
  'Fire near the other great power\'s troops first shows a warning with the chance of hitting them by mistake, and offers to notify them over the hotline.',
  'The Hotline button opens the transcript and a form for notices, a deconfliction line, shared positions, hold-fire, withdrawal, warnings, protests and meetings. Calls to you must be answered in your phase.',
  'End turn lets the other camps move; each turn is two days. Every incident climbs the escalation ladder; at the top, a direct US–Russian clash ends the game and both camps lose.',
  'After the last turn the camp holding more victory points wins.',
];

const KEYS: readonly [string, string][] = [
  ['Tab', 'move between the map and the panels'],
  ['Arrows', 'move the hex cursor on the map'],
  ['Enter / Space', 'act on the cursor\'s hex, as a click does'],
  ['Shift+arrows / WASD', 'pan the map (or drag it)'],
  ['+ / − or wheel', 'zoom'],
  ['N', 'next unit that can still act'],
  ['M', 'show or hide the overview map'],
  ['T', 'show or hide the threat ranges of the enemy units in sight'],
  ['Esc', 'cancel, deselect, skip an animation, or close a dialog'],
];

export function showHowToPlay(): HTMLDialogElement {
  return openModal({ id: 'how-to-play', title: 'How to play', className: 'how-card' },
    el('ol', { class: 'steps' }, ...STEPS.map((s) => el('li', {}, s))),
    el('h3', {}, 'Keys'),
    el('dl', { class: 'keys' }, ...KEYS.flatMap(([k, v]) => [el('dt', {}, el('kbd', {}, k)), el('dd', {}, v)])),
    el('div', { class: 'buttons' }, closeButton('Close', { class: 'primary', 'data-testid': 'how-close' })),
  );
}
