// Small helpers shared by the benchmarks and the browser-test setup: timing a call in wall and CPU time,
// the machine's load, a free port.
import { createServer } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { type Machine, type Timing, cpuMs } from '../sim/benchStats';

export { median } from '../sim/benchStats';

/** Runs `fn` and returns its wall time and the process's CPU time over it (ms; all threads of the process). */
export function timed(fn: () => void): Timing {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  return { wall, cpu: cpuMs(process.cpuUsage(c0)) };
}

/** This process from node's start: wall time and CPU time of all its threads (ms). */
export function processTiming(): Timing {
  return { wall: process.uptime() * 1000, cpu: cpuMs(process.cpuUsage()) };
}

export function machine(): Machine {
  const [a, b, c] = loadavg();
  return { loadAverage: [+a!.toFixed(2), +b!.toFixed(2), +c!.toFixed(2)], cores: availableParallelism() };
}

/** A port nobody listens on now on `host` (the OS picks it). */
export function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
