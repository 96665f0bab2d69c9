// The build's checkedData.ts (swapped in by scripts/builtinData.ts): the shipped scenario and map files
// and the teaching kits were checked when the app was built, and the build replaced each with the
// validator's output.
import { type MapData, type Scenario, type ScenarioData, trustedScenario } from './engine/core';
import type { Kit, KitResult } from './exercise/kit';

export function checkedScenario(_name: string, rawScenario: unknown, rawMap: unknown): Scenario {
  return trustedScenario(rawScenario as ScenarioData, rawMap as MapData);
}

/**
 * A kit was checked at build time against its built-in scenario only (kitCheck.ts says whether
 * `scenario` is the same for the kit's checks). A scenario file loaded under a built-in id that differs
 * there is another scenario: without the checker (zod) here, it plays without the kit.
 */
export function checkedKit(raw: unknown, _scenario: Scenario, asBuilt: boolean): KitResult {
  return asBuilt ? { ok: true, kit: raw as Kit } : { ok: false, errors: [{ path: '', message: 'a kit is checked only against its built-in scenario in the browser' }] };
}
