// The class page's Monte Carlo: N seeded AI-vs-AI games, game i on seed S+i, each played by the same
// playRecord and summarised by the same summarise as `npm run sim`, so the figures are the same.
import { builtinScenario } from '../scenarios';
import { type GameResult, playRecord } from '../sim/record';
import { type SimSpec, type SimSummary, summarise } from '../sim/summarise';
import { specError } from './mcProtocol';

export { MAX_GAMES, specError } from './mcProtocol';

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
