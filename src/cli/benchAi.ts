// npm run bench:ai: the AI's strength, measured. Each match-up plays N seeds with A as the coalition
// and N with A as russia (IS is the IS AI throughout). Prints figures; asserts nothing.
import { MAIN_SCENARIO_ID } from '../scenarios';
import { defaultWorkers } from '../sim/pool';
import { simulate } from '../sim/simulate';
import { type FlagSpec, UsageError, runCli } from './args';
import { type Timing, cpuMs, roundTiming } from '../sim/benchStats';
import { aiTiming, formatAiTiming } from './benchAiTiming';
import { machine } from './measure';
import { progressBar } from './progress';

const spec: FlagSpec = {
  games: { kind: 'int', default: 200, help: 'seeds per match-up and direction, at least 1' },
  seed: { kind: 'int', default: 1, help: 'first seed' },
  workers: { kind: 'int', default: defaultWorkers(), help: 'worker threads, at least 1' },
  json: { kind: 'bool', help: 'print JSON: one record per match-up and direction' },
  ladder: { kind: 'bool', help: 'only the difficulty ladder (hard v normal, normal v easy)' },
  help: { kind: 'bool', help: 'show this help' },
};

/** The match-ups of issue 5 with their targets: A's win rate, or the clash rate. */
const MATCHUPS = [
  { a: 'ai:balanced', b: 'random', metric: 'winRateA', least: true, bound: 0.95 },
  { a: 'ai:balanced', b: 'greedy', metric: 'winRateA', least: true, bound: 0.7 },
  { a: 'ai:cautious', b: 'ai:cautious', metric: 'clashRate', least: false, bound: 0.05 },
  { a: 'greedy', b: 'greedy', metric: 'clashRate', least: true, bound: 0.3 },
] as const;

/** The difficulty ladder of issue 17: each level beats the one below in at least 65% of games. */
const LADDER = [
  { a: 'ai:hard', b: 'ai:normal', metric: 'winRateA', least: true, bound: 0.65 },
  { a: 'ai:normal', b: 'ai:easy', metric: 'winRateA', least: true, bound: 0.65 },
] as const;

export interface MatchRecord {
  a: string;
  b: string;
  /** The camp A played. */
  aCamp: 'coalition' | 'russia';
  games: number;
  /** Games A won outright (more VP after the last turn). */
  winRateA: number;
  /** Games A finished ahead on score: won, or B set off the direct clash (both lose, the culprit worse). */
  aheadRateA: number;
  clashRate: number;
  target: string;
  met: boolean;
  /** This match-up's games (start-up excluded) and its thread start-up, ms of wall and of CPU (all threads). */
  play: Timing;
  startup: Timing;
}

runCli('npm run bench:ai --', spec, async (flags) => {
  const games = Number(flags.games);
  const workers = Number(flags.workers);
  if (games < 1) throw new UsageError(`--games must be at least 1, got ${games}`);
  if (workers < 1) throw new UsageError(`--workers must be at least 1, got ${workers}`);
  const records: MatchRecord[] = [];
  const matchups = flags.ladder ? LADDER : [...MATCHUPS, ...LADDER];
  const bar = progressBar(games * matchups.length * 2);
  let played = 0;
  const before = machine();
  const c0 = process.cpuUsage();
  const start = performance.now();
  for (const m of matchups) {
    for (const aCamp of ['coalition', 'russia'] as const) {
      const bCamp = aCamp === 'coalition' ? 'russia' : 'coalition';
      const policies = { [aCamp]: m.a, [bCamp]: m.b, is: 'ai:balanced' } as Record<'coalition' | 'russia' | 'is', string>;
      const run = await simulate({ scenario: MAIN_SCENARIO_ID, games, seed: Number(flags.seed), policies, workers }, (d) => bar.tick(played + d));
      played += games;
      const s = run.summary;
      const winRateA = s.results[aCamp] / games;
      const aheadRateA = (s.results[aCamp] + s.clashBy[bCamp]) / games;
      const value = m.metric === 'winRateA' ? winRateA : s.clashRate;
      const met = m.least ? value >= m.bound : value <= m.bound;
      const target = `${m.metric} ${m.least ? '>=' : '<='} ${m.bound}`;
      records.push({ a: m.a, b: m.b, aCamp, games, winRateA, aheadRateA, clashRate: s.clashRate, target, met,
        play: roundTiming(run.timing.play, 0), startup: roundTiming(run.timing.startup, 0) });
    }
  }
  const total: Timing = { wall: performance.now() - start, cpu: cpuMs(process.cpuUsage(c0)) };
  const timing = aiTiming(records, total, { before, after: machine() });
  if (flags.json) { process.stdout.write(`${JSON.stringify({ records, timing }, null, 2)}\n`); return; }
  process.stdout.write(`${games} seeds per match-up and direction, ${workers} workers\n`);
  process.stdout.write(`  ${'A'.padEnd(13)}${'B'.padEnd(13)}${'A as'.padEnd(11)}winRateA  aheadRateA  clashRate  games s wall/CPU  target\n`);
  for (const r of records) {
    const t = `${(r.play.wall / 1000).toFixed(1)}/${(r.play.cpu / 1000).toFixed(1)}`;
    process.stdout.write(`  ${r.a.padEnd(13)}${r.b.padEnd(13)}${r.aCamp.padEnd(11)}${r.winRateA.toFixed(3).padStart(8)}  ${r.aheadRateA.toFixed(3).padStart(10)}  ${r.clashRate.toFixed(3).padStart(9)}  ${t.padStart(16)}  ${r.target} ${r.met ? 'met' : 'MISSED'}\n`);
  }
  process.stdout.write(`${formatAiTiming(timing).join('\n')}\n`);
});
