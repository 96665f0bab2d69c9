// The engine's second entry: validating data from outside (scenario and map files) with zod. Kept out
// of the engine's index so that code playing only built-in, build-checked scenarios loads no zod.
export { checkScenarioFiles, loadScenario } from './scenarioLoad';
export { type ScenarioReport, validateScenario } from './scenarioCheck';
