// Car bombs (VBIEDs): a one-step IS unit that drives at an adjacent hex and blows itself up there.
// It is expended whatever the result, so it never takes losses, never advances and never holds ground.
import { typeOf } from './board';
import type { Dice } from './rng';
import type { Scenario } from './scenario';
import { conductAttack } from './strikes';
import type { Hex } from './hex';
import type { GameEvent, GameState, Unit } from './types';

export const isCarBomb = (scenario: Scenario, unit: Unit): boolean => typeOf(scenario, unit).carBomb;

/** The car bomb leaves the map, then its blast is resolved as a `car_bomb` attack. Mutates `state`. */
export function detonate(scenario: Scenario, state: GameState, dice: Dice, unit: Unit, target: Hex, events: GameEvent[]): void {
  events.push({ type: 'car_bomb_detonated', unit: unit.id, camp: unit.camp, from: unit.hex, target });
  state.units = state.units.filter((u) => u.id !== unit.id);
  conductAttack(scenario, state, dice, unit.camp, unit, 'car_bomb', typeOf(scenario, unit).attack * unit.strength, target, events);
}
