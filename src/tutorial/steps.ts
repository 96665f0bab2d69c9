// The tutorial's steps: what each asks for, the fact that shows it was done, where to point, and what
// it explains once done. Words only; the order and the moves between steps are machine.ts's.
import type { Hex } from '../engine';
import { t } from '../i18n/messages';
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
      id: 'welcome', title: t().tut_welcome_title(), fact: null, spot: () => null,
      task: t().tut_welcome_task(),
      explain: '',
    },
    {
      id: 'select', title: t().tut_select_title(), fact: 'selected', spot: (s) => unitHex(s, units.infantry),
      task: t().tut_select_task(),
      explain: t().tut_select_explain(),
    },
    {
      id: 'move', title: t().tut_move_title(), fact: 'moved', spot: withUnit(units.infantry, hexes.moveTo),
      task: t().tut_move_task({ place: name(hexes.moveTo) }),
      explain: t().tut_move_explain(),
    },
    {
      id: 'attack', log: true, title: t().tut_attack_title(), fact: 'assaulted', spot: withUnit(units.infantry, hexes.assault),
      task: t().tut_attack_task({ place: name(hexes.assault) }),
      explain: t().tut_attack_explain(),
    },
    {
      id: 'artillery', log: true, title: t().tut_artillery_title(), fact: 'fired', spot: withUnit(units.guns, hexes.fireAt),
      task: t().tut_artillery_task({ place: name(hexes.fireAt) }),
      explain: t().tut_artillery_explain(),
    },
    {
      id: 'air', title: t().tut_air_title(), fact: 'warned', spot: air,
      task: t().tut_air_task({ place: name(hexes.strikeAt) }),
      explain: t().tut_air_explain(),
    },
    {
      id: 'notify', title: t().tut_notify_title(), fact: 'composing', spot: air,
      task: t().tut_notify_task(),
      explain: t().tut_notify_explain(),
    },
    {
      id: 'hotline', log: true, title: t().tut_hotline_title(), fact: 'notified', spot: () => button('hotline-send'),
      task: t().tut_hotline_task(),
      explain: t().tut_hotline_explain(),
    },
    {
      id: 'strike', log: true, title: t().tut_strike_title(), fact: 'struck', spot: air,
      task: t().tut_strike_task(),
      explain: t().tut_strike_explain(),
    },
    {
      id: 'undo-move', title: t().tut_undo_move_title(), fact: 'mobile_moved', spot: withUnit(units.mobile, hexes.mobileTo),
      task: t().tut_undo_move_task({ place: name(hexes.mobileTo) }),
      explain: t().tut_undo_move_explain(),
    },
    {
      id: 'undo', title: t().tut_undo_title(), fact: 'undone', spot: () => button('undo'),
      task: t().tut_undo_task(),
      explain: t().tut_undo_explain(),
    },
    {
      id: 'done', title: t().tut_done_title(), fact: null, spot: () => button('end-turn'),
      task: t().tut_done_task(),
      explain: '',
    },
  ];
}
