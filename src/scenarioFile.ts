// A scenario file's text, read and validated the same way by the command line and the browser.
import { dataError, jsonFault } from './engine';
import { type ScenarioReport, validateScenario } from './engine/validation';
import { BUILTIN_MAPS } from './scenarios';

import { MAX_SCENARIO_BYTES } from './scenarioFileLimit';

export { MAX_SCENARIO_BYTES };

/** Validates a scenario file's text against the built-in maps: a JSON error or an oversized file is an error at "(root)". */
export function validateScenarioText(text: string): ScenarioReport {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_SCENARIO_BYTES) {
    return { errors: [dataError('(root)', 'file_too_big', { kb: Math.ceil(bytes / 1024), limit: MAX_SCENARIO_BYTES / 1024 })], warnings: [] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { errors: [dataError('(root)', 'file_not_json', { detail: (e as Error).message, fault: jsonFault(text.replace(/^\uFEFF/, ''), e) })], warnings: [] };
  }
  return validateScenario(raw, BUILTIN_MAPS);
}
