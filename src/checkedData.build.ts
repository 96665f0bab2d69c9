// The build's checkedData.ts (swapped in by scripts/builtinData.ts): the shipped scenario and map files
// were checked when the app was built, and the build replaced each with the validator's output.
import { type MapData, type Scenario, type ScenarioData, trustedScenario } from './engine';

export function checkedScenario(_name: string, rawScenario: unknown, rawMap: unknown): Scenario {
  return trustedScenario(rawScenario as ScenarioData, rawMap as MapData);
}
