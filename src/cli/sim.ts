// npm run sim: plays N seeded games headless, over worker threads, and prints a summary (or --json).
// Game i uses seed S+i, so the figures are the same for any --workers.
import { rename, writeFile } from 'node:fs/promises';
import { POLICIES } from '../ai/simple';
import type { Camp } from '../engine';
import { MAIN_SCENARIO_ID, SCENARIO_IDS, builtinScenario } from '../scenarios';
import { defaultWorkers } from '../sim/pool';
import { type SimSummary, simulate } from '../sim/simulate';
import { type FlagSpec, UsageError, runCli, usage } from './args';
import { progressBar } from './progress';

const policyNames = Object.keys(POLICIES).join('|');
const spec: FlagSpec = {
  scenario: { kind: 'string', default: MAIN_SCENARIO_ID, help: `scenario id (${SCENARIO_IDS.join(', ')})` },
  games: { kind: 'int', default: 100, help: 'number of games, at least 1' },
  seed: { kind: 'int', default: 1, help: 'first seed; game i uses seed+i' },
  coalition: { kind: 'string', default: 'ai:balanced', help: `coalition policy (${policyNames})` },
  russia: { kind: 'string', default: 'ai:balanced', help: `russia policy (${policyNames})` },
  is: { kind: 'string', default: 'ai:balanced', help: 'IS policy (any ai:* name is the IS AI; or hold|random|pass)' },
  workers: { kind: 'int', default: defaultWorkers(), help: 'worker threads, at least 1 (default: the number of cores)' },
  out: { kind: 'string', help: 'also write the results and one record per game to this JSON file' },
  json: { kind: 'bool', help: 'print JSON instead of a table (the progress bar stays on stderr)' },
  help: { kind: 'bool', help: 'show this help' },
};

function table(s: SimSummary, ms: number, workers: number): string {
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
    `  time            ${(ms / 1000).toFixed(2)} s on ${workers} workers, ${((1000 * s.games) / ms).toFixed(1)} games/s`,
  ].join('\n');
}

/** Writes beside the target and renames over it: an interrupted run never leaves half a file. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, path);
}

runCli('npm run sim --', spec, async (flags) => {
  if (flags.help) { process.stdout.write(`${usage('npm run sim --', spec)}\n`); return; }
  const scenario = String(flags.scenario);
  if (!builtinScenario(scenario)) throw new UsageError(`unknown scenario "${scenario}"; known: ${SCENARIO_IDS.join(', ')}`);
  const games = Number(flags.games);
  if (games < 1) throw new UsageError(`--games must be at least 1, got ${games}`);
  const workers = Number(flags.workers);
  if (workers < 1) throw new UsageError(`--workers must be at least 1, got ${workers}`);
  if (flags.out !== undefined && String(flags.out).trim() === '') throw new UsageError('--out needs a file name');
  const policies = {} as Record<Camp, string>;
  for (const camp of ['coalition', 'russia', 'is'] as const) {
    const name = String(flags[camp]);
    if (!POLICIES[name]) throw new UsageError(`unknown policy "${name}" for --${camp}; known: ${policyNames}`);
    policies[camp] = name;
  }
  const bar = progressBar(games);
  const run = await simulate({ scenario, games, seed: Number(flags.seed), policies, workers }, bar.tick);
  const timing = { workers, ms: +run.ms.toFixed(1), gamesPerSecond: +((1000 * games) / run.ms).toFixed(2) };
  if (flags.out !== undefined) {
    const games = run.records.map((r) => ({ seed: r.seed, outcome: r.outcome, maxRung: r.maxRung, turns: r.turns }));
    await writeAtomically(String(flags.out), `${JSON.stringify({ ...run.summary, timing, games }, null, 2)}\n`);
  }
  process.stdout.write(flags.json ? `${JSON.stringify({ ...run.summary, timing }, null, 2)}\n` : `${table(run.summary, run.ms, workers)}\n`);
});
