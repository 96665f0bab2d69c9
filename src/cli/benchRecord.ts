// What `npm run bench` reports, and how it prints it: every timed figure as {wall, cpu}, rounded, with
// the machine's load before and after. Pure, so that the shape and the text are tested.
import { type Machine, type Timing, formatMachine, roundTiming } from '../sim/benchStats';

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
  };
}

const TIMED = ['applyCommandPerSec', 'fullGameMs', 'replayVerifyMs', 'hashStateMs', 'legalCommandsMs', 'aiTurnMs', 'gamesPerSecond', 'simStartupMs'] as const;

export function formatBench(r: BenchInput): string[] {
  return [
    `${r.scenario}: ai:balanced game, seed ${r.seed}, ${r.commandsPerGame} commands; median of ${r.runs} runs`,
    `${'figure'.padEnd(20)}${'wall'.padStart(12)}${'CPU'.padStart(12)}`,
    ...TIMED.map((k) => `${k.padEnd(20)}${String(r[k].wall).padStart(12)}${String(r[k].cpu).padStart(12)}`),
    `replayLinkBytes     ${r.replayLinkBytes}`,
    `gamesPerSecond and simStartupMs: ${r.games} games on ${r.workers} workers; rates per wall or CPU second, CPU of all threads`,
    `machine: before ${formatMachine(r.machine.before)}; after ${formatMachine(r.machine.after)}`,
  ];
}
