// npm run sim: plays N seeded games headless, over worker threads, and prints a summary (or --json).
// Game i uses seed S+i, so the figures are the same for any --workers.
import { rename, writeFile } from 'node:fs/promises';
import { type SimSummary, simulate } from '../sim/simulate';
import { runCli, usage } from './args';
import { machine, processTiming } from './measure';
import { progressBar } from './progress';
import { type SimTiming, formatSimTiming, simTiming } from './simTiming';
import { SIM_FLAGS, simRequest } from './simFlags';

function table(s: SimSummary, timing: SimTiming): string {
  const pct = (n: number): string => `${((100 * n) / s.games).toFixed(1)}%`;
  const row = (label: string, n: number): string => `  ${label.padEnd(16)}${String(n).padStart(6)}  ${pct(n)}`;
  return [
    `${s.scenario}: ${s.games} games from seed ${s.seed} (coalition ${s.policies.coalition}, russia ${s.policies.russia}, IS ${s.policies.is})`,
    row('coalition wins', s.results.coalition),
    row('russia wins', s.results.russia),
    row('draws', s.results.draw),
    row('direct clash', s.results.clash),
    `  clash rate      ${s.clashRate.toFixed(3)} (set off by coalition ${s.clashBy.coalition}, russia ${s.clashBy.russia})`,
    `  highest rung reached`,
    ...Object.entries(s.maxRung).map(([name, n]) => row(`  ${name}`, n)),
    `  mean turns      ${s.meanTurns.toFixed(1)}`,
    `  mean VP         coalition ${s.meanPoints.coalition.toFixed(1)}, russia ${s.meanPoints.russia.toFixed(1)}, IS ${s.meanPoints.is.toFixed(1)}`,
    `  mean incidents  ${s.meanIncidents.toFixed(2)}`,
    `  mean messages   ${s.meanMessages.toFixed(1)}`,
    ...formatSimTiming(timing),
  ].join('\n');
}

/** Writes beside the target and renames over it: an interrupted run never leaves half a file. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, path);
}

runCli('npm run sim --', SIM_FLAGS, async (flags) => {
  if (flags.help) { process.stdout.write(`${usage('npm run sim --', SIM_FLAGS)}\n`); return; }
  const { out, ...request } = simRequest(flags);
  const { games, workers } = request;
  const bar = progressBar(games);
  const run = await simulate(request, bar.tick);
  const timing = simTiming({ games, workers, run: run.timing, process: processTiming(), machine: machine() });
  if (out !== undefined) {
    const records = run.records.map((r) => ({ seed: r.seed, outcome: r.outcome, maxRung: r.maxRung, turns: r.turns, timeline: r.timeline }));
    await writeAtomically(out, `${JSON.stringify({ ...run.summary, timing, games: records }, null, 2)}\n`);
  }
  process.stdout.write(flags.json ? `${JSON.stringify({ ...run.summary, timing }, null, 2)}\n` : `${table(run.summary, timing)}\n`);
});
