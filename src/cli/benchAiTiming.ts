// The time part of `npm run bench:ai`: the whole run and its games apart from thread start-up, in wall and
// CPU time, with the machine's load. Pure, so that the shape is tested.
import { type Machine, type Timing, formatMachine, formatTiming, roundTiming, scale } from '../sim/benchStats';

export interface AiTiming {
  /** The whole run, ms: every match-up's start-up and games. */
  total: Timing;
  /** The games alone, summed over the match-ups, ms. */
  play: Timing;
  startup: Timing;
  games: number;
  /** Games per second of wall time and of CPU time (all threads), start-up excluded. */
  gamesPerSecond: Timing;
  machine: { before: Machine; after: Machine };
}

const sum = (ts: readonly Timing[]): Timing => ts.reduce((a, t) => ({ wall: a.wall + t.wall, cpu: a.cpu + t.cpu }), { wall: 0, cpu: 0 });

export function aiTiming(records: readonly { games: number; play: Timing; startup: Timing }[], total: Timing, m: AiTiming['machine']): AiTiming {
  const play = sum(records.map((r) => r.play));
  const games = records.reduce((n, r) => n + r.games, 0);
  return {
    total: roundTiming(total, 0), play: roundTiming(play, 0), startup: roundTiming(sum(records.map((r) => r.startup)), 0), games,
    gamesPerSecond: roundTiming({ wall: (1000 * games) / play.wall, cpu: (1000 * games) / play.cpu }, 1),
    machine: m,
  };
}

export function formatAiTiming(t: AiTiming): string[] {
  const s = (x: Timing): string => formatTiming(scale(x, 1 / 1000), 's', 1);
  return [
    `time: ${s(t.total)}; games ${s(t.play)} (${t.games} games, ${t.gamesPerSecond.wall} a wall second, ${t.gamesPerSecond.cpu} a CPU second); start-up ${s(t.startup)}`,
    `machine: before ${formatMachine(t.machine.before)}; after ${formatMachine(t.machine.after)}`,
  ];
}
