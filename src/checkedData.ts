// The shipped data files (built-in scenarios, the tutorial's, the teaching kits), checked where they are loaded: here,
// in Node (tests, command line, class server), by the full validator. The build swaps this module for
// checkedData.build.ts (scripts/builtinData.ts): there the same validator ran when the app was built,
// failed the build on any error, and shipped its output, so the browser loads no zod for them.
import type { Scenario } from './engine';
import { loadScenario } from './engine/validation';
import { type KitResult, loadKit } from './exercise/kit';

/** The scenario of shipped files. Throws only if they are broken, naming each error's JSON path. */
export function checkedScenario(name: string, rawScenario: unknown, rawMap: unknown): Scenario {
  const loaded = loadScenario(rawScenario, rawMap);
  if (!loaded.ok) throw new Error(`${name} is invalid:\n${loaded.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}`);
  return loaded.scenario;
}

/** A shipped teaching kit checked against `scenario` (`asBuilt`: the scenario is the one the build checked the kit against, as far as a kit's checks read it). */
export const checkedKit = (raw: unknown, scenario: Scenario, _asBuilt: boolean): KitResult => loadKit(raw, scenario);
