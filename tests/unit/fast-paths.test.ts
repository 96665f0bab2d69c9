// The engine's fast movement and sight searches against plain references written from the rules
// (generic search with map-keyed step costs; union of hexRange), on positions from played games.
import { describe, expect, it } from 'vitest';
import { type GameState, type Hex, type Scenario, hexKey, hexNeighbors, hexRange, hostile, movementRange, newGame, sharedView, typeOf } from '../../src/engine';
import { pathTo, reachable } from '../../src/engine/pathfinding';
import { visibleHexes } from '../../src/engine/fog';
import { stepCostFor } from '../../src/engine/movement';
import { builtinScenario } from '../../src/scenarios';
import { makePolicies, playPhase } from '../../src/sim/play';

const scenario = builtinScenario('deir-ez-zor-2017')!;
const names = { coalition: 'ai:balanced', russia: 'ai:balanced', is: 'ai:balanced' };

/** Positions along two played games: every fifth phase's start, and the end. */
function positions(): GameState[] {
  const out: GameState[] = [];
  for (const seed of ['fast-1', 'fast-2']) {
    const policies = makePolicies(names, seed);
    let state = newGame(scenario, seed);
    for (let phase = 0; state.status === 'playing'; phase++) {
      if (phase % 5 === 0) out.push(state);
      state = playPhase(scenario, state, policies[state.phase]).state;
    }
    out.push(state);
  }
  return out;
}

/** movementRange as the rules state it: a generic search, zones of control, stacking. */
function referenceRange(scn: Scenario, state: GameState, unitId: string): Map<string, { cost: number; path: Hex[] }> {
  const unit = state.units.find((u) => u.id === unitId)!;
  // A unit with no movement (IS's dug-in defenders) goes nowhere, not even by boat to an island.
  if (unit.mp <= 0) return new Map();
  const zoc = new Set<string>();
  for (const u of state.units) if (hostile(u.camp, unit.camp)) for (const n of hexNeighbors(u.hex)) zoc.add(hexKey(n));
  const reach = reachable(unit.hex, unit.mp, stepCostFor(scn, state, unit), (h) => !zoc.has(hexKey(h)));
  const count = new Map<string, number>();
  for (const u of state.units) count.set(hexKey(u.hex), (count.get(hexKey(u.hex)) ?? 0) + 1);
  const out = new Map<string, { cost: number; path: Hex[] }>();
  for (const [k, r] of reach) {
    if (k === hexKey(unit.hex) || (count.get(k) ?? 0) >= scn.data.stackLimit) continue;
    out.set(k, { cost: r.cost, path: pathTo(reach, r.hex)! });
  }
  return out;
}

function referenceSight(scn: Scenario, state: GameState, camp: GameState['phase']): string[] {
  const seen = new Set<string>();
  for (const u of state.units) {
    if (u.camp !== camp) continue;
    for (const h of hexRange(u.hex, typeOf(scn, u).sight)) if (scn.map.isOnMap(h)) seen.add(hexKey(h));
  }
  return [...seen];
}

/** Fresh states with every unit given movement, so the searches have somewhere to go. */
function withMovement(state: GameState): GameState {
  return { ...state, units: state.units.map((u) => ({ ...u, mp: typeOf(scenario, u).movement, acted: false })) };
}

describe('fast paths match the references', () => {
  const states = positions().map(withMovement);

  it('movement ranges: same hexes in the same order, same costs and paths', () => {
    let compared = 0;
    for (const state of states) {
      for (const unit of state.units) {
        const fast = movementRange(scenario, state, unit.id);
        const ref = referenceRange(scenario, state, unit.id);
        expect([...fast.keys()]).toEqual([...ref.keys()]);
        for (const [k, d] of fast) {
          expect(d.cost).toBe(ref.get(k)!.cost);
          expect(d.path).toEqual(ref.get(k)!.path);
        }
        compared += fast.size;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('sight: same hexes in the same order, membership by key as a Set', () => {
    for (const state of states) {
      for (const camp of ['coalition', 'russia', 'is'] as const) {
        const fast = visibleHexes(scenario, state.units, camp);
        const ref = referenceSight(scenario, state, camp);
        expect([...fast]).toEqual(ref);
        expect(fast.size).toBe(ref.length);
        expect(sharedView(scenario, state, camp).visible).toEqual(ref);
        for (const h of scenario.map.hexes) expect(fast.has(hexKey(h))).toBe(ref.includes(hexKey(h)));
        expect(fast.has('not a hex')).toBe(false);
      }
    }
  });
});
