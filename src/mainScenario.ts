// The main built-in scenario alone: the game page's first screen (?camp=, a saved game of it, the
// briefing) needs only it, so the other scenarios (src/scenarios.ts) load with the menu (issue 19).
// scenarios.ts serves this same checked object for its id: code compares scenarios by identity.
import type { Scenario } from './engine';
import { checkedScenario } from './checkedData';
import deirEzZor from '../assets/scenarios/deir-ez-zor-2017.json';
import middleEuphrates from '../assets/maps/middle-euphrates.json';

export const MAIN_SCENARIO_ID = 'deir-ez-zor-2017';
/** The main scenario's file and its map's, as shipped (scenarios.ts lists them with the others). */
export const MAIN_SCENARIO_RAW = { scenario: deirEzZor as unknown, map: middleEuphrates as unknown };

let main: Scenario | undefined;

/** The main scenario, checked once. */
export function mainScenario(): Scenario {
  return (main ??= checkedScenario(`built-in scenario ${MAIN_SCENARIO_ID}`, deirEzZor, middleEuphrates));
}
