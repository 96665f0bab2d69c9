// Pieces shared by the scripted policies: a per-phase memory and the choice of the best target.
import { type GameView, type Scenario, type Target, type Unit, attackTargets, hexDistance, hostile, typeOf } from '../engine';

/** Remembers which units it has finished with in the current phase, and what the hotline refused. */
export class PhaseMemory {
  private phaseKey = '';
  readonly done = new Set<string>();
  /** Messages (by id) this phase's policy has decided to leave unanswered. */
  readonly unanswered = new Set<string>();
  /** The engine refused a hotline call this phase: do not call again until the next phase. */
  hotlineRefused = false;
  /** The engine refused an air strike this phase. */
  airRefused = false;
  /** Whether the phase's once-only hotline checks (line, meeting, warnings, shares) have run. */
  opened = false;
  /** Proxies given an order this phase (one each at most). */
  readonly ordered = new Set<string>();

  sync(view: GameView): void {
    const key = `${view.turn}/${view.phase}`;
    if (key !== this.phaseKey) {
      this.phaseKey = key;
      this.done.clear();
      this.unanswered.clear();
      this.ordered.clear();
      this.hotlineRefused = false;
      this.airRefused = false;
      this.opened = false;
    }
  }
}

export const ASSAULT_MIN_COLUMN = 2; // 3:2
export const COUNTERATTACK_MIN_COLUMN = 3; // 2:1

/** A target's order: best odds first, then the weakest defence, then position (a stable order). */
export const byOdds = (a: Target, b: Target): number =>
  b.odds.column - a.odds.column || a.odds.defence - b.odds.defence || a.hex.q - b.hex.q || a.hex.r - b.hex.r;

/** IS targets the unit can reach, best first; assaults only at `minColumn` or better. */
export function hostileTargets(scenario: Scenario, view: GameView, unit: Unit, minColumn: number): Target[] {
  // attackTargets works out the whole camp's sight: skip it when no enemy is in reach at all.
  const range = typeOf(scenario, unit).range;
  if (!view.units.some((u) => hostile(u.camp, unit.camp) && hexDistance(u.hex, unit.hex) <= range)) return [];
  return attackTargets(scenario, view, unit)
    .filter((t) => view.units.some((u) => u.hex.q === t.hex.q && u.hex.r === t.hex.r && hostile(u.camp, unit.camp)))
    .filter((t) => t.odds.kind !== 'assault' || t.odds.column >= minColumn)
    .sort(byOdds);
}

/** hostileTargets(...).length > 0, without making and sorting the list. */
export function hasHostileTarget(scenario: Scenario, view: GameView, unit: Unit, minColumn: number): boolean {
  const range = typeOf(scenario, unit).range;
  if (!view.units.some((u) => hostile(u.camp, unit.camp) && hexDistance(u.hex, unit.hex) <= range)) return false;
  return attackTargets(scenario, view, unit).some((t) => (t.odds.kind !== 'assault' || t.odds.column >= minColumn)
    && view.units.some((u) => u.hex.q === t.hex.q && u.hex.r === t.hex.r && hostile(u.camp, unit.camp)));
}

export function bestHostileTarget(scenario: Scenario, view: GameView, unit: Unit, minColumn: number): Target | undefined {
  return hostileTargets(scenario, view, unit, minColumn)[0];
}
