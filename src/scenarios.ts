// The built-in scenarios, loaded and checked once (checkedData.ts: in the browser, at build time).
// Shared by the browser, the command line and tests.
import type { Scenario } from './engine';
import { checkedScenario } from './checkedData';
import { MAIN_SCENARIO_ID, MAIN_SCENARIO_RAW, mainScenario } from './mainScenario';
import theCrossing from '../assets/scenarios/the-crossing-2017.json';
import alBukamal from '../assets/scenarios/al-bukamal-2017.json';
import khasham from '../assets/scenarios/khasham-2018.json';
import middleEuphrates from '../assets/maps/middle-euphrates.json';

const RAW: Readonly<Record<string, { scenario: unknown; map: unknown }>> = {
  [MAIN_SCENARIO_ID]: MAIN_SCENARIO_RAW,
  'the-crossing-2017': { scenario: theCrossing, map: middleEuphrates },
  'al-bukamal-2017': { scenario: alBukamal, map: middleEuphrates },
  'khasham-2018': { scenario: khasham, map: middleEuphrates },
};

/** The built-in maps by id: a scenario names its map by id (a file loaded in the browser or validated too). */
export const BUILTIN_MAPS: Readonly<Record<string, unknown>> = {
  'middle-euphrates': middleEuphrates,
};

export const SCENARIO_IDS = Object.keys(RAW);
export { MAIN_SCENARIO_ID };

/** A built-in scenario's file as shipped (before the loader's defaults; in the browser build, after them), or undefined for an unknown id. */
export const builtinScenarioFile = (id: string): unknown => RAW[id]?.scenario;

const cache = new Map<string, Scenario>();

/** A built-in scenario by id, or undefined for an unknown id. Throws only if a shipped file is broken. */
export function builtinScenario(id: string): Scenario | undefined {
  if (id === MAIN_SCENARIO_ID) return mainScenario();
  const cached = cache.get(id);
  if (cached) return cached;
  const raw = RAW[id];
  if (!raw) return undefined;
  const scenario = checkedScenario(`built-in scenario ${id}`, raw.scenario, raw.map);
  cache.set(id, scenario);
  return scenario;
}
