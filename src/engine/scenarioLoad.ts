// Loading scenario and map files from outside: their shapes (scenarioSchema.ts, zod), then the
// cross-checks (scenario.ts). Reached through validation.ts, never the engine's index, so that what
// only plays built-in scenarios loads no zod.
import { type CheckedFiles, type LoadResult, crossCheck, scenarioFromData } from './scenario';
import { parseScenarioFiles } from './scenarioSchema';

/** Checks a scenario and its map: shape (zod), then the cross-checks; the data and map come back once the shapes pass. */
export function checkScenarioFiles(rawScenario: unknown, rawMap: unknown): CheckedFiles {
  const { errors, data, mapData } = parseScenarioFiles(rawScenario, rawMap);
  if (!data || !mapData) return { errors };
  const checked = crossCheck(data, mapData);
  return { errors: checked.errors, data, map: checked.map };
}

export function loadScenario(rawScenario: unknown, rawMap: unknown): LoadResult {
  const { errors, data, map } = checkScenarioFiles(rawScenario, rawMap);
  if (errors.length > 0 || !data || !map) return { ok: false, errors };
  return { ok: true, scenario: scenarioFromData(data, map) };
}
