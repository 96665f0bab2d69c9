// What the class page and the Monte Carlo worker say to each other, and what the page may know of the
// AI without loading it: the policy names the worker offers and the checks on a spec. The page imports
// this file only; the AI, the games and the summary run in the worker (mcWorker.ts).
import { SCENARIO_IDS } from '../scenarios';
import type { SimSpec, SimSummary } from '../sim/summarise';

export type { SimSpec, SimSummary };

export const MAX_GAMES = 2000;

/** The AI policies a spec may name: the keys of ai/simple's POLICIES (a unit test holds them equal). */
export const POLICY_NAMES: readonly string[] = [
  'ai:cautious:easy', 'ai:cautious', 'ai:cautious:hard', 'ai:balanced:easy', 'ai:balanced', 'ai:balanced:hard',
  'ai:assertive:easy', 'ai:assertive', 'ai:assertive:hard', 'ai:easy', 'ai:normal', 'ai:hard',
  'greedy', 'advance', 'careful', 'reckless', 'hold', 'random', 'pass',
];

export type WorkerReply =
  | { kind: 'progress'; done: number; games: number }
  | { kind: 'done'; summary: SimSummary }
  | { kind: 'error'; message: string };

/** Why a spec cannot run, or null: the same checks as the command line's. */
export function specError(spec: SimSpec): string | null {
  if (!SCENARIO_IDS.includes(spec.scenario)) return `Unknown scenario "${spec.scenario}".`;
  if (!Number.isInteger(spec.games) || spec.games < 1 || spec.games > MAX_GAMES) return `Games must be a whole number from 1 to ${MAX_GAMES}.`;
  if (!Number.isInteger(spec.seed)) return 'The seed must be a whole number.';
  for (const camp of ['coalition', 'russia', 'is'] as const) {
    if (!POLICY_NAMES.includes(spec.policies[camp])) return `Unknown policy "${spec.policies[camp]}" for ${camp}.`;
  }
  return null;
}
