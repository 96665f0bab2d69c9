// Many seeded games, summarised: the computation behind `npm run sim` and `npm run bench:ai`.
import { type PoolOptions, runGames } from './pool';
import type { GameResult } from './record';
import { type SimSpec, type SimSummary, summarise } from './summarise';

export { type SimSpec, type SimSummary, summarise };
export interface SimOptions extends SimSpec { workers: number }

export interface SimRun { summary: SimSummary; records: GameResult[]; ms: number }

export async function simulate(opts: SimOptions, onProgress?: PoolOptions['onProgress']): Promise<SimRun> {
  const start = performance.now();
  const records = await runGames({ ...opts, onProgress });
  return { summary: summarise(opts, records), records, ms: performance.now() - start };
}
