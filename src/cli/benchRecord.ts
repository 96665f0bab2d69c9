// What `npm run bench` reports, and how it prints it: every timed figure as {wall, cpu}, rounded, with
// the machine's load before and after. Pure, so that the shape and the text are tested.
import { type Machine, type Timing, formatMachine, roundTiming } from '../sim/benchStats';
import type { HeapGrowth, StateCost, StateCostByPhase } from './benchState';

export interface BenchInput {
  scenario: string;
  runs: number;
  seed: string;
  commandsPerGame: number;
  /** Commands applied per second of wall time and per second of CPU time. */
  applyCommandPerSec: Timing;
  fullGameMs: Timing;
  hashStateMs: Timing;
  legalCommandsMs: Timing;
  /** One great-power ai:balanced phase: its decisions and the engine applying them. */
  aiTurnMs: Timing;
  /** Verifying the timed game from its replay, every checkpoint hashed. */
  replayVerifyMs: Timing;
  replayLinkBytes: number;
  /** The state copy and hash per command (µs) in each third of the timed game: they should not grow with it. */
  stateCostByPhase: StateCostByPhase;
  /** The heap after a full collection at turn 50 and at turn 200 of games played one after another. */
  heapGrowth: HeapGrowth;
  games: number;
  workers: number;
  /** ai:balanced games per second over all workers (per second of wall time; of the process's CPU time), start-up excluded. */
  gamesPerSecond: Timing;
  /** Bundling the worker and starting the threads, before the first game. */
  simStartupMs: Timing;
  machine: { before: Machine; after: Machine };
}

/** The figures rounded for printing: rates to whole numbers or tenths, times to what their size needs. */
export function benchRecord(x: BenchInput): BenchInput {
  return {
    ...x,
    applyCommandPerSec: roundTiming(x.applyCommandPerSec, 0),
    fullGameMs: roundTiming(x.fullGameMs, 2),
    hashStateMs: roundTiming(x.hashStateMs, 4),
    legalCommandsMs: roundTiming(x.legalCommandsMs, 3),
    aiTurnMs: roundTiming(x.aiTurnMs, 2),
    replayVerifyMs: roundTiming(x.replayVerifyMs, 2),
    gamesPerSecond: roundTiming(x.gamesPerSecond, 1),
    simStartupMs: roundTiming(x.simStartupMs, 0),
    stateCostByPhase: { early: roundCost(x.stateCostByPhase.early), mid: roundCost(x.stateCostByPhase.mid), late: roundCost(x.stateCostByPhase.late) },
  };
}

const roundCost = (c: StateCost): StateCost => ({ ...c, copyUs: roundTiming(c.copyUs, 2), hashUs: roundTiming(c.hashUs, 2), fullHashUs: roundTiming(c.fullHashUs, 2) });

const TIMED = ['applyCommandPerSec', 'fullGameMs', 'replayVerifyMs', 'hashStateMs', 'legalCommandsMs', 'aiTurnMs', 'gamesPerSecond', 'simStartupMs'] as const;

export function formatBench(r: BenchInput): string[] {
  return [
    `${r.scenario}: ai:balanced game, seed ${r.seed}, ${r.commandsPerGame} commands; median of ${r.runs} runs`,
    `${'figure'.padEnd(20)}${'wall'.padStart(12)}${'CPU'.padStart(12)}`,
    ...TIMED.map((k) => `${k.padEnd(20)}${String(r[k].wall).padStart(12)}${String(r[k].cpu).padStart(12)}`),
    `replayLinkBytes     ${r.replayLinkBytes}`,
    'stateCostByPhase    µs per command, wall / CPU (state size in JSON characters); hash: StateHasher over every state in turn',
    ...(['early', 'mid', 'late'] as const).map((p) => {
      const c = r.stateCostByPhase[p];
      return `  ${p.padEnd(6)}${c.commands} commands, ${c.chars} chars: copy ${c.copyUs.wall} / ${c.copyUs.cpu}, hash ${c.hashUs.wall} / ${c.hashUs.cpu} (hashState ${c.fullHashUs.wall} / ${c.fullHashUs.cpu})`;
    }),
    `heapGrowth          ${r.heapGrowth.fromMB} MB at turn ${r.heapGrowth.fromTurn}, ${r.heapGrowth.toMB} MB at turn ${r.heapGrowth.toTurn}: ${r.heapGrowth.percent}% (games one after another, after a full collection)`,
    `gamesPerSecond and simStartupMs: ${r.games} games on ${r.workers} workers; rates per wall or CPU second, CPU of all threads`,
    `machine: before ${formatMachine(r.machine.before)}; after ${formatMachine(r.machine.after)}`,
  ];
}
