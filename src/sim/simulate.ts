// Many seeded games, summarised: the computation behind `npm run sim` and `npm run bench:ai`.
import type { Timing } from './benchStats';
import { type PoolOptions, type PoolTiming, runGames } from './pool';
import type { GameResult } from './record';
import { type SimSpec, type SimSummary, summarise } from './summarise';

export { type SimSpec, type SimSummary, summarise };
export interface SimOptions extends SimSpec { workers: number }

/** `ms` is the whole run's wall time; `timing` splits it (wall and CPU) into thread start-up and games. */
export interface SimRun { summary: SimSummary; records: GameResult[]; ms: number; timing: PoolTiming & { total: Timing } }

export async function simulate(opts: SimOptions, onProgress?: PoolOptions['onProgress']): Promise<SimRun> {
  const start = performance.now();
  const c0 = process.cpuUsage();
  const { results: records, timing } = await runGames({ ...opts, onProgress });
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(c0);
  return { summary: summarise(opts, records), records, ms, timing: { ...timing, total: { wall: ms, cpu: (cpu.user + cpu.system) / 1000 } } };
}
