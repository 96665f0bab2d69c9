/** Scenario files larger than this are refused before parsing (the built-in scenario is about 20 KB). */
export const MAX_SCENARIO_BYTES = 1024 * 1024;
