// Game codes: a scenario and a seed in a short string ("DEZ17-k3x9q"), for the side panel and ?code=.

/** Short codes of the built-in scenarios, for game codes. */
export const SCENARIO_CODES: Readonly<Record<string, string>> = { 'deir-ez-zor-2017': 'DEZ17' };

/** "DEZ17-k3x9q": a scenario and a seed. */
export function gameCode(scenarioId: string, seed: string): string {
  return `${SCENARIO_CODES[scenarioId] ?? scenarioId}-${encodeURIComponent(seed)}`;
}

export function parseGameCode(code: string): { ok: true; scenarioId: string; seed: string } | { ok: false; message: string } {
  const m = /^([A-Za-z0-9-]+?)-([^\s]+)$/.exec(code.trim());
  if (!m) return { ok: false, message: `"${code.slice(0, 40)}" is not a game code (like DEZ17-k3x9q).` };
  const scenarioId = Object.entries(SCENARIO_CODES).find(([, c]) => c === m[1]!.toUpperCase())?.[0] ?? m[1]!;
  try {
    return { ok: true, scenarioId, seed: decodeURIComponent(m[2]!) };
  } catch {
    return { ok: false, message: `The seed in "${code.slice(0, 40)}" is not valid.` };
  }
}
