// What the player has done, read from the game as it now stands: the facts the tutorial's steps wait
// for. Pure: it reads a snapshot of the controller (selection, mode, warning) and the player's view and
// last events, so the same code runs in the page and in the unit tests.
import { type CombatKind, type GameEvent, type GameView, type Hex, type Scenario, hexDistance, hexKey } from '../engine';
import type { TutorialSetup } from './setup';

export const FACTS = [
  'selected', 'moved', 'assaulted', 'fired', 'air_mode', 'warned', 'composing', 'notified', 'struck', 'mobile_moved', 'undone',
] as const;
export type Fact = (typeof FACTS)[number];

/** What the tutorial reads of the game after each change. */
export interface TutorialSnapshot {
  selectedId: string | null;
  mode: string;
  /** The kind of fire the strike warning holds back, or null when none is up. */
  warning: CombatKind | null;
  /** The hotline form was opened with a strike notice (Notify first). */
  composing: boolean;
  view: GameView;
  /** The player's own command's and the AI round's events of the last change. */
  events: readonly GameEvent[];
}

const same = (a: Hex, b: Hex): boolean => a.q === b.q && a.r === b.r;

/** The facts true now; `seen` are those already seen (undo needs the move it takes back). */
export function factsIn(s: TutorialSnapshot, setup: TutorialSetup, scenario: Scenario, seen: ReadonlySet<Fact>): Fact[] {
  const out: Fact[] = [];
  const { units, hexes } = setup;
  const unit = (id: string) => s.view.units.find((u) => u.id === id);
  const start = (id: string): Hex | undefined => {
    const u = scenario.data.units.find((x) => x.id === id);
    return u && { q: u.hex[0], r: u.hex[1] };
  };
  const combat = (kind: CombatKind, by?: string) => s.events.some((e) => e.type === 'combat' && e.kind === kind && e.camp === setup.camp && (by === undefined || e.attacker === by));
  if (s.selectedId === units.infantry) out.push('selected');
  const inf = unit(units.infantry);
  // Any hex next to the IS post will do; an assault that takes the post moves the unit into it.
  if (inf && (hexDistance(inf.hex, hexes.assault) === 1 || same(inf.hex, hexes.assault))) out.push('moved');
  if (s.events.some((e) => e.type === 'combat' && e.kind === 'assault' && e.camp === setup.camp && hexKey(e.target) === hexKey(hexes.assault))) out.push('assaulted');
  if (combat('fire', units.guns)) out.push('fired');
  if (s.mode === 'air') out.push('air_mode');
  if (s.warning === 'air') out.push('warned');
  const notified = s.view.crisis.messages.some((m) => m.from === setup.camp && m.body.kind === 'notify' && m.body.activity === 'strike');
  // A notice written from the Hotline button, not through Notify first, does the step as well.
  if (s.composing || notified) out.push('composing');
  if (notified) out.push('notified');
  if (combat('air')) out.push('struck');
  const mobile = unit(units.mobile);
  const home = start(units.mobile);
  if (mobile && home && !same(mobile.hex, home)) out.push('mobile_moved');
  // Back home with every movement point: taken back, not driven back.
  const full = mobile ? scenario.unitTypes[mobile.type]?.movement : undefined;
  if (seen.has('mobile_moved') && mobile && home && same(mobile.hex, home) && mobile.mp === full) out.push('undone');
  return out;
}
