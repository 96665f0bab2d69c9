// npm run history: plays the three doctrines against themselves (and greedy v greedy) over the same
// seeds and writes docs/history-comparison.md, the game's dates beside 2017's. With --in FILE it
// prints the tables of one `npm run sim -- --out FILE` run instead.
import { readFile, rename, writeFile } from 'node:fs/promises';
import { RULES_VERSION } from '../engine';
import { MAIN_SCENARIO_ID, builtinScenario } from '../scenarios';
import { type DoctrineRun, comparisonMarkdown } from '../sim/comparison';
import { defaultWorkers } from '../sim/pool';
import type { GameResult } from '../sim/record';
import { simulate } from '../sim/simulate';
import { type FlagSpec, UsageError, runCli } from './args';
import { progressBar } from './progress';

const spec: FlagSpec = {
  games: { kind: 'int', default: 400, help: 'seeds per doctrine, at least 1' },
  seed: { kind: 'int', default: 50001, help: 'first seed (kept apart from the tuning seeds, 1-10000)' },
  workers: { kind: 'int', default: defaultWorkers(), help: 'worker threads, at least 1' },
  out: { kind: 'string', default: 'docs/history-comparison.md', help: 'the document to write' },
  in: { kind: 'string', help: 'print the tables of this `npm run sim -- --out` file instead of playing' },
  help: { kind: 'bool', help: 'show this help' },
};

const RUNS = [
  { label: 'balanced', policies: { coalition: 'ai:balanced', russia: 'ai:balanced' } },
  { label: 'cautious', policies: { coalition: 'ai:cautious', russia: 'ai:cautious' } },
  { label: 'assertive', policies: { coalition: 'ai:assertive', russia: 'ai:assertive' } },
  { label: 'greedy', policies: { coalition: 'greedy', russia: 'greedy' } },
] as const;

runCli('npm run history --', spec, async (flags) => {
  const scenario = builtinScenario(MAIN_SCENARIO_ID)!;
  const games = Number(flags.games);
  const workers = Number(flags.workers);
  if (games < 1) throw new UsageError(`--games must be at least 1, got ${games}`);
  if (workers < 1) throw new UsageError(`--workers must be at least 1, got ${workers}`);
  if (flags.in !== undefined) {
    const file = JSON.parse(await readFile(String(flags.in), 'utf8')) as { policies: DoctrineRun['policies']; seed: number; games: GameResult[] };
    if (!Array.isArray(file.games) || file.games.some((g) => g.timeline === undefined)) throw new UsageError(`${String(flags.in)}: games[] without timeline; write it with npm run sim -- --out`);
    process.stdout.write(comparisonMarkdown(scenario, [{ label: 'run', policies: file.policies, games: file.games }], { seed: file.seed, command: `npm run history -- --in ${String(flags.in)}`, rulesVersion: RULES_VERSION }, 'run'));
    return;
  }
  const seed = Number(flags.seed);
  const bar = progressBar(games * RUNS.length);
  let before = 0;
  const runs: DoctrineRun[] = [];
  for (const r of RUNS) {
    const run = await simulate({ scenario: MAIN_SCENARIO_ID, games, seed, workers, policies: { ...r.policies, is: 'ai:balanced' } }, (d) => bar.tick(before + d));
    before += games;
    runs.push({ label: r.label, policies: r.policies, games: run.records });
  }
  const command = games === 400 && seed === 50001 ? 'npm run history' : `npm run history -- --games ${games} --seed ${seed}`;
  const text = comparisonMarkdown(scenario, runs, { seed, command, rulesVersion: RULES_VERSION }, 'balanced');
  const out = String(flags.out);
  await writeFile(`${out}.${process.pid}.tmp`, text);
  await rename(`${out}.${process.pid}.tmp`, out);
  process.stdout.write(`wrote ${out}\n`);
});
