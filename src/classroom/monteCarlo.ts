// The class page's Monte Carlo: N seeded AI-vs-AI games, game i on seed S+i, each played by the same
// playRecord and summarised by the same summarise as `npm run sim`, so the figures are the same.
import { POLICIES } from '../ai/simple';
import { builtinScenario } from '../scenarios';
import { type GameResult, playRecord } from '../sim/record';
import { type SimSpec, type SimSummary, summarise } from '../sim/summarise';

export const MAX_GAMES = 2000;

/** Why a spec cannot run, or null: the same checks as the command line's. */
export function specError(spec: SimSpec): string | null {
  if (!builtinScenario(spec.scenario)) return `Unknown scenario "${spec.scenario}".`;
  if (!Number.isInteger(spec.games) || spec.games < 1 || spec.games > MAX_GAMES) return `Games must be a whole number from 1 to ${MAX_GAMES}.`;
  if (!Number.isInteger(spec.seed)) return 'The seed must be a whole number.';
  for (const camp of ['coalition', 'russia', 'is'] as const) {
    if (!POLICIES[spec.policies[camp]]) return `Unknown policy "${spec.policies[camp]}" for ${camp}.`;
  }
  return null;
}

/** Plays the games in order; `onGame` hears each result (the worker posts progress from it). */
export function runMonteCarlo(spec: SimSpec, onGame?: (done: number, result: GameResult) => void): { summary: SimSummary; records: GameResult[] } {
  const bad = specError(spec);
  if (bad) throw new Error(bad);
  const scenario = builtinScenario(spec.scenario)!;
  const records: GameResult[] = [];
  for (let i = 0; i < spec.games; i++) {
    const r = playRecord(scenario, spec.seed + i, spec.policies);
    records.push(r);
    onGame?.(i + 1, r);
  }
  return { summary: summarise(spec, records), records };
}
