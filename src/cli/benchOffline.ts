// npm run bench:offline: first playable of the game (headless Debian Chromium, canvas renderer, the
// test build served by `vite preview`) with and without the service worker (src/pages/pwa.ts):
//   noSwCold   a fresh context with service workers blocked: everything from the network;
//   noSwWarm   a reload in that context: the HTTP cache (vite preview revalidates, so 304s);
//   swCold     a fresh context: the first visit, while the worker installs and precaches beside it;
//   swWarm     a reload in that context once the worker controls it: everything from the precache;
//   offline    the same context offline, with the server still up (Chromium's offline emulation).
// Each round measures the five in that order; medians over --rounds. Per load: wall ms (performance.now()
// at first playable, from the navigation's start) and the renderer main thread's CPU ms until then (a
// DevTools trace; the worker's own thread is not counted). Prints the load average before and after.
import type { Browser, BrowserContext } from 'playwright-core';
import { type Machine, formatMachine, median } from '../sim/benchStats';
import { type FlagSpec, type Flags, runCli } from './args';
import { FIRST_PLAYABLE_PROBE, type PlayableLoad, startPreview, stopPreview, tracedFirstPlayable } from './browserLoad';
import { launchBrowser } from './chromium';
import { freePort, machine } from './measure';
import { buildForTests, hasTestHooks } from './testBuild';

const COMMAND = 'npm run bench:offline --';
const spec: FlagSpec = {
  json: { kind: 'bool', help: 'print JSON' },
  'reuse-dist': { kind: 'bool', help: 'skip the build and serve the test build of the last run (node_modules/.bench-offline-dist)' },
  rounds: { kind: 'int', default: 3, help: 'rounds of the five loads (median reported)' },
};

const HOST = '127.0.0.1';
/** The test build (it has the hooks first playable is read from), kept out of dist/. */
const DIST = 'node_modules/.bench-offline-dist';
const VIEWPORT = { width: 1280, height: 720 };
const KINDS = ['noSwCold', 'noSwWarm', 'swCold', 'swWarm', 'offline'] as const;
type Kind = (typeof KINDS)[number];

async function withContext<T>(browser: Browser, serviceWorkers: 'allow' | 'block', fn: (c: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers });
  try {
    return await fn(context);
  } finally {
    await context.close();
  }
}

/** One round: the five loads, each traced to first playable. */
async function round(browser: Browser, url: string, errors: string[]): Promise<Record<Kind, PlayableLoad>> {
  const watch = (c: BrowserContext): void => {
    c.on('page', (p) => p.on('pageerror', (e) => errors.push(e.message)));
  };
  const noSw = await withContext(browser, 'block', async (context) => {
    watch(context);
    const page = await context.newPage();
    await page.addInitScript(FIRST_PLAYABLE_PROBE);
    const cold = await tracedFirstPlayable(browser, page, () => page.goto(url));
    const warm = await tracedFirstPlayable(browser, page, () => page.reload());
    if (await page.evaluate(() => navigator.serviceWorker?.controller != null)) throw new Error('a service worker controls the page in a context that blocks them');
    return { noSwCold: cold, noSwWarm: warm };
  });
  const sw = await withContext(browser, 'allow', async (context) => {
    watch(context);
    const page = await context.newPage();
    await page.addInitScript(FIRST_PLAYABLE_PROBE);
    const cold = await tracedFirstPlayable(browser, page, () => page.goto(url));
    // The worker claims the page once it has precached everything.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 120_000 });
    const warm = await tracedFirstPlayable(browser, page, () => page.reload());
    await context.setOffline(true);
    const offline = await tracedFirstPlayable(browser, page, () => page.reload());
    return { swCold: cold, swWarm: warm, offline };
  });
  return { ...noSw, ...sw };
}

async function run(flags: Flags): Promise<void> {
  const log = (msg: string): void => { process.stderr.write(`${msg}\n`); };
  if (!flags['reuse-dist']) {
    log('building (vite build --mode test)...');
    buildForTests(DIST);
  }
  if (!hasTestHooks(DIST)) throw new Error(`${DIST} holds no test build: run without --reuse-dist first`);
  const rounds = Math.max(1, Number(flags.rounds));
  const before: Machine = machine();
  const port = await freePort(HOST);
  const server = await startPreview(HOST, port, DIST);
  const url = `http://${HOST}:${port}/?camp=coalition&seed=bench&renderer=canvas`;
  const errors: string[] = [];
  const browser = await launchBrowser();
  const samples: Record<Kind, PlayableLoad>[] = [];
  try {
    for (let i = 0; i < rounds; i++) {
      log(`round ${i + 1}/${rounds}...`);
      samples.push(await round(browser, url, errors));
    }
  } finally {
    await browser.close();
    await stopPreview(server);
  }
  const figures = Object.fromEntries(KINDS.map((k) => [k, {
    wallMs: Math.round(median(samples.map((s) => s[k].wallMs))),
    cpuMs: Math.round(median(samples.map((s) => s[k].cpuMs))),
    samples: samples.map((s) => ({ wall: Math.round(s[k].wallMs), cpu: Math.round(s[k].cpuMs) })),
  }])) as Record<Kind, { wallMs: number; cpuMs: number; samples: { wall: number; cpu: number }[] }>;
  const result = {
    firstPlayable: figures,
    rounds,
    machine: { before, after: machine() },
    method: 'wall: performance.now() when __deconfliction.ready first reads true (from the navigation start); cpu: tdur of the renderer main thread\'s top-level tasks begun before then (DevTools trace); median over rounds; canvas renderer, 1280x720',
    pageErrors: errors,
  };
  if (flags.json) return void process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  const lines = [
    `machine: before ${formatMachine(before)}; after ${formatMachine(result.machine.after)}`,
    `first playable, median of ${rounds} (wall ms / renderer main-thread CPU ms; samples):`,
    ...KINDS.map((k) => `  ${k.padEnd(9)} ${String(figures[k].wallMs).padStart(5)} wall / ${String(figures[k].cpuMs).padStart(5)} CPU   (${figures[k].samples.map((s) => `${s.wall}/${s.cpu}`).join(', ')})`),
    ...(errors.length ? ['', 'page errors:', ...errors] : []),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

runCli(COMMAND, spec, run);
