// The pure parts of the benchmarks: medians, wall and CPU time side by side, the machine's load, and
// how a figure is printed. Every timed figure is a Timing, so no benchmark can report wall time alone.

/** One measurement: wall-clock time and the CPU time spent in it (ms), or a rate per wall and per CPU second. */
export interface Timing { wall: number; cpu: number }

/** The machine a figure was measured on: 1, 5 and 15-minute load averages and the core count. */
export interface Machine { loadAverage: [number, number, number]; cores: number }

export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('median of no samples');
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The median wall time and the median CPU time, each taken on its own (they may come from different samples). */
export function medianTiming(samples: readonly Timing[]): Timing {
  return { wall: median(samples.map((s) => s.wall)), cpu: median(samples.map((s) => s.cpu)) };
}

/** `count` things done in `t` (ms) as a rate per second of wall time and per second of CPU time. */
export function perSecond(count: number, t: Timing): Timing {
  return { wall: (1000 * count) / t.wall, cpu: (1000 * count) / t.cpu };
}

export function scale(t: Timing, factor: number): Timing {
  return { wall: t.wall * factor, cpu: t.cpu * factor };
}

export function roundTiming(t: Timing, digits: number): Timing {
  return { wall: +t.wall.toFixed(digits), cpu: +t.cpu.toFixed(digits) };
}

/** Microseconds of process.cpuUsage() (user + system, all threads of the process) as ms. */
export function cpuMs(usage: { user: number; system: number }): number {
  return (usage.user + usage.system) / 1000;
}

/** `12.3 ms wall, 4.56 ms CPU` (or the unit given, e.g. `/s`). */
export function formatTiming(t: Timing, unit = 'ms', digits = 2): string {
  return `${t.wall.toFixed(digits)} ${unit} wall, ${t.cpu.toFixed(digits)} ${unit} CPU`;
}

/** `load average 1.02 0.98 0.75 on 2 cores`: printed beside every benchmark's figures. */
export function formatMachine(m: Machine): string {
  return `load average ${m.loadAverage.map((x) => x.toFixed(2)).join(' ')} on ${m.cores} cores`;
}

/** Whether a figure meets its target (at most `max`, or at least `min`). */
export function meets(value: number, target: { max?: number; min?: number }): boolean {
  return (target.max === undefined || value <= target.max) && (target.min === undefined || value >= target.min);
}
