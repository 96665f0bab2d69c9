// Fog of war: each camp sees the hexes within sight of its own units. A view is the state as one
// camp knows it; it never holds a hidden unit, the dice state or the seed.
import { type Board, typeOf } from './board';
import { type HexKey, hexKey, hexRange } from './hex';
import type { Scenario } from './scenario';
import type { Camp, GameState, Unit } from './types';

export type Viewer = Camp | 'all';

export interface GameView extends Omit<GameState, 'rng' | 'seed' | 'units' | 'reinforcements'> {
  viewer: Viewer;
  units: Unit[];
  reinforcements: GameState['reinforcements'];
  /** Hexes the viewer sees now ("q,r"); every hex for 'all'. */
  visible: HexKey[];
}

export function visibleHexes(scenario: Scenario, units: readonly Unit[], camp: Camp): Set<HexKey> {
  const seen = new Set<HexKey>();
  for (const u of units) {
    if (u.camp !== camp) continue;
    for (const h of hexRange(u.hex, typeOf(scenario, u).sight)) {
      if (scenario.map.isOnMap(h)) seen.add(hexKey(h));
    }
  }
  return seen;
}

/** The board as `camp` sees it, sharing the state's objects: for read-only rule checks, not for callers. */
export function boardSeenBy(scenario: Scenario, state: GameState, camp: Camp): Board {
  const seen = visibleHexes(scenario, state.units, camp);
  return { ...state, units: state.units.filter((u) => u.camp === camp || seen.has(hexKey(u.hex))) };
}

export function viewFor(scenario: Scenario, state: GameState, viewer: Viewer): GameView {
  const { rng: _rng, seed: _seed, units, reinforcements, ...shared } = state;
  const copy = <T>(v: T): T => structuredClone(v);
  if (viewer === 'all') {
    return { ...copy(shared), viewer, units: copy(units), reinforcements: copy(reinforcements), visible: scenario.map.hexes.map(hexKey) };
  }
  const seen = visibleHexes(scenario, units, viewer);
  return {
    ...copy(shared),
    viewer,
    units: copy(units.filter((u) => u.camp === viewer || seen.has(hexKey(u.hex)))),
    reinforcements: copy(reinforcements.filter((r) => r.unit.camp === viewer)),
    visible: [...seen],
  };
}
