// The time part of `npm run sim` (and bench's gamesPerSecond): start-up apart from the games' rate, wall
// and CPU side by side, with the machine's load. Pure, so that the record's shape is tested.
import { type Machine, type Timing, formatMachine, formatTiming, roundTiming, scale } from '../sim/benchStats';
import type { PoolTiming } from '../sim/pool';

export interface SimTimingInput {
  games: number;
  workers: number;
  run: PoolTiming & { total: Timing };
  /** This process from node's start (tsx loading the sources included) to the end of the run. */
  process: Timing;
  machine: Machine;
}

export interface SimTiming {
  workers: number;
  /** The run's wall time (start-up and games), ms. */
  ms: number;
  /** Games per second of wall time over all workers, thread start-up excluded. */
  gamesPerSecond: number;
  /** The same, start-up included (starting the threads; under tsx, bundling the worker too). */
  gamesPerSecondWithStartup: number;
  /** CPU time one game costs, all threads (ms). */
  cpuMsPerGame: number;
  total: Timing;
  startup: Timing;
  play: Timing;
  process: Timing;
  machine: Machine;
}

export function simTiming(x: SimTimingInput): SimTiming {
  const r1 = (t: Timing): Timing => roundTiming(t, 1);
  return {
    workers: x.workers,
    ms: +x.run.total.wall.toFixed(1),
    gamesPerSecond: +((1000 * x.games) / x.run.play.wall).toFixed(2),
    gamesPerSecondWithStartup: +((1000 * x.games) / x.run.total.wall).toFixed(2),
    cpuMsPerGame: +(x.run.play.cpu / x.games).toFixed(2),
    total: r1(x.run.total),
    startup: r1(x.run.startup),
    play: r1(x.run.play),
    process: r1(x.process),
    machine: x.machine,
  };
}

export function formatSimTiming(t: SimTiming): string[] {
  const s = (x: Timing): string => formatTiming(scale(x, 1 / 1000), 's', 2);
  return [
    `  time            ${s(t.total)} on ${t.workers} workers`,
    `    start-up      ${s(t.startup)} (starting the threads; under tsx, bundling the worker too)`,
    `    games         ${s(t.play)}: ${t.gamesPerSecond} games/s, ${t.cpuMsPerGame} ms CPU a game`,
    `    with start-up ${t.gamesPerSecondWithStartup} games/s; this process from node's start ${s(t.process)}`,
    `  machine         ${formatMachine(t.machine)}`,
  ];
}
