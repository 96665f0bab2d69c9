// Spreads seeded games over worker threads. Game i always uses seed S+i and results are kept by
// index, so the records (and every figure made from them) are the same for any number of workers.
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { builtinScenario } from '../scenarios';
import type { PolicyNames } from './play';
import { type GameResult, playRecord } from './record';
import { type Timing, cpuMs } from './benchStats';

export interface PoolOptions {
  scenario: string;
  games: number;
  seed: number;
  policies: PolicyNames;
  /** Worker threads; 0 plays on this thread. */
  workers: number;
  onProgress?: (done: number) => void;
}

/** The worker beside this module, of its kind: sources (.ts), the launcher's bundle (.mjs, scripts/sim.mjs) or a build (.js). */
const WORKER_URL = new URL(`./worker${/\.(ts|mjs)$/.exec(import.meta.url)?.[0] ?? '.js'}`, import.meta.url);

let bundled: Promise<string | undefined> | undefined;

/**
 * Run from TypeScript sources (tsx, vitest), each thread would compile the engine again on start
 * (about a second each): esbuild bundles the worker once per process into one plain script instead.
 */
async function bundle(): Promise<string | undefined> {
  try {
    const esbuild = await import('esbuild');
    const dir = await mkdtemp(join(tmpdir(), 'deconfliction-sim-'));
    const outfile = join(dir, 'worker.mjs');
    await esbuild.build({ entryPoints: [fileURLToPath(WORKER_URL)], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'silent' });
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    return pathToFileURL(outfile).href;
  } catch {
    return undefined;
  }
}

/** The thread's entry script: the bundle, or (without esbuild) the sources under tsx's loader. */
async function workerEntry(): Promise<string> {
  const main = JSON.stringify(WORKER_URL.href);
  if (!WORKER_URL.pathname.endsWith('.ts')) return `import(${main});`;
  const script = await (bundled ??= bundle());
  if (script) return `import(${JSON.stringify(script)});`;
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  return `import(${tsx}).then((m) => { m.register(); return import(${main}); });`;
}

export const defaultWorkers = (): number => availableParallelism();

/**
 * Where a run's time went, in wall and process CPU time (ms, all threads): `startup` bundles the worker and
 * starts the threads until each has loaded the engine; `play` is the games, from the go to the last result.
 */
export interface PoolTiming { startup: Timing; play: Timing }

export interface PoolRun { results: GameResult[]; timing: PoolTiming }

const clock = (): Timing => ({ wall: performance.now(), cpu: cpuMs(process.cpuUsage()) });
const since = (a: Timing, b: Timing): Timing => ({ wall: b.wall - a.wall, cpu: b.cpu - a.cpu });

export async function runGames(opts: PoolOptions): Promise<PoolRun> {
  const results = new Array<GameResult>(opts.games);
  let done = 0;
  const k = Math.min(opts.workers, opts.games);
  const start = clock();
  if (k <= 0) {
    const scenario = builtinScenario(opts.scenario)!;
    const go = clock();
    for (let i = 0; i < opts.games; i++) {
      results[i] = playRecord(scenario, opts.seed + i, opts.policies);
      opts.onProgress?.(++done);
    }
    return { results, timing: { startup: since(start, go), play: since(go, clock()) } };
  }
  // Games dealt one at a time from a shared counter, not split up front: on a machine shared with other
  // work one thread may get less of a core, and a fixed share would leave the other idle at the end.
  const next = new Int32Array(new SharedArrayBuffer(4));
  const entry = await workerEntry();
  // Each thread says when it has loaded; all get the go together, so start-up and games are timed apart.
  let ready = 0;
  let go: Timing | undefined;
  const workers: Worker[] = [];
  await Promise.all(Array.from({ length: k }, () => new Promise<void>((resolve, reject) => {
    const worker = new Worker(entry, {
      eval: true,
      workerData: { scenario: opts.scenario, policies: opts.policies, seed: opts.seed, games: opts.games, next: next.buffer },
    });
    workers.push(worker);
    worker.on('message', (m: { i: number; result: GameResult } | { done: true } | { ready: true }) => {
      if ('ready' in m) {
        if (++ready === k) { go = clock(); for (const w of workers) w.postMessage('go'); }
        return;
      }
      if ('done' in m) return;
      results[m.i] = m.result;
      opts.onProgress?.(++done);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`simulation worker stopped with code ${code}`))));
  })));
  const end = clock();
  return { results, timing: { startup: since(start, go!), play: since(go!, end) } };
}
