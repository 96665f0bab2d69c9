// npm run bench:browser: the game's speed in a real browser (headless Debian Chromium, the flags of the
// e2e tests, renderer forced to canvas). Builds the test build (it has the hooks it drives) into
// node_modules/.bench-dist (unless --reuse-dist), serves it with `vite preview` on
// a free port and measures, in one run:
//   fps of the map scene while the camera pans, against an empty Phaser scene of the same canvas size
//     (bench/bare.html), counted with requestAnimationFrame in the page; fpsRatio = ours / bare;
//   frameMainThreadMs: the renderer main thread's busy time per frame while panning, from the DevTools
//     Protocol's Performance.getMetrics (TaskDuration delta / frames counted);
//   firstPlayableMs: performance.now() (ms since navigation start) when window.__deconfliction.ready
//     first reads true (the scene has drawn a frame and its input handlers are set up), fresh profile;
//   appGzipKB: gzip size of the JavaScript that index.html loads (statically or lazily), without Phaser;
//   aiTurnLongestFrameMs / aiTurnP95FrameMs: frames while the AI camps play rounds after End turn (the
//     sliced AI, then the round's log, panels, map redraw and event animations at 1x), from
//     requestAnimationFrame deltas in the page; aiTurnLongestTaskMs: the longest renderer main-thread task
//     in that time, from a DevTools trace ('toplevel' category), which vsync does not round up.
// Medians over --rounds. Prints figures and whether each target is met; exits 0 either way.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { type FlagSpec, type Flags, UsageError, parseFlags, usage } from './args';
import { launchBrowser } from './chromium';
import { freePort, median } from './measure';
import { buildForTests, hasTestHooks } from './testBuild';

const COMMAND = 'npm run bench:browser --';
const spec: FlagSpec = {
  json: { kind: 'bool', help: 'print JSON' },
  'reuse-dist': { kind: 'bool', help: 'skip the build and serve the test build of the last run (node_modules/.bench-dist)' },
  rounds: { kind: 'int', default: 3, help: 'fps windows per scene, alternating ours and bare (median reported)' },
  seconds: { kind: 'int', default: 3, help: 'length of each fps window' },
  loads: { kind: 'int', default: 5, help: 'cold page loads for firstPlayableMs (median reported)' },
  'ai-pages': { kind: 'int', default: 3, help: 'fresh pages that each play --ai-turns AI rounds (median of their figures reported)' },
  'ai-turns': { kind: 'int', default: 3, help: 'End turn presses per page for the aiTurn figures' },
  renderer: { kind: 'string', default: 'canvas', help: 'canvas or webgl' },
  uncapped: { kind: 'bool', help: 'add --disable-frame-rate-limit --disable-gpu-vsync, so rAF is not held to 60 Hz' },
};

/** Chromium flags that lift the 60 Hz rAF cap (not used by the e2e tests; opt in with --uncapped). */
const UNCAPPED_ARGS = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

const VITE = './node_modules/.bin/vite';
const HOST = '127.0.0.1';
/** The test build (src/cli/testBuild.ts), kept out of dist/ so that dist/ never holds the hooks by accident. */
const DIST = 'node_modules/.bench-dist';
const VIEWPORT = { width: 1280, height: 720 };
const TARGETS = { fpsRatio: 0.95, frameMainThreadMs: 4, firstPlayableMs: 1000, appGzipKB: 150, aiTurnLongestFrameMs: 33 } as const;

const round = (x: number, digits: number): number => +x.toFixed(digits);

async function startPreview(port: number): Promise<ChildProcess> {
  const server = spawn(VITE, ['preview', '--host', HOST, '--port', String(port), '--strictPort', '--outDir', DIST], { stdio: ['ignore', 'ignore', 'inherit'] });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`http://${HOST}:${port}/`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`vite preview did not answer on port ${port}`);
}

async function stopPreview(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
  if (server.exitCode === null) server.kill('SIGKILL');
}

/** The JS files index.html loads, followed through the chunks' imports (static, dynamic, preload maps). */
function appChunks(): { app: { file: string; bytes: number; gzip: number }[]; phaser: { file: string; gzip: number }[] } {
  const assets = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
  const seen = new Set<string>();
  const queue = [readFileSync(join(DIST, 'index.html'), 'utf8')];
  while (queue.length) {
    const text = queue.pop()!;
    for (const f of assets) {
      if (seen.has(f) || !text.includes(f)) continue;
      seen.add(f);
      queue.push(readFileSync(join(DIST, 'assets', f), 'utf8'));
    }
  }
  const sized = [...seen].sort().map((file) => {
    const buf = readFileSync(join(DIST, 'assets', file));
    return { file, bytes: buf.length, gzip: gzipSync(buf).length };
  });
  return { app: sized.filter((s) => !s.file.startsWith('phaser-')), phaser: sized.filter((s) => s.file.startsWith('phaser-')) };
}

interface Window_ { frames: number; ms: number; taskMs: number; scriptMs: number }

/**
 * Counts requestAnimationFrame callbacks for `seconds`, calling `step(i)` (a camera move) in each, and
 * reads the main thread's TaskDuration/ScriptDuration before and after through CDP.
 */
async function fpsWindow(page: Page, seconds: number, step: string): Promise<Window_> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async (): Promise<Record<string, number>> =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metric();
  const counted = await page.evaluate(`new Promise((resolve) => {
    const step = (i) => { ${step} };
    let frames = 0;
    let t0 = 0;
    const tick = (t) => {
      if (!t0) t0 = t;
      else frames++;
      step(frames);
      if (t - t0 < ${seconds * 1000}) requestAnimationFrame(tick);
      else resolve({ frames, ms: t - t0 });
    };
    requestAnimationFrame(tick);
  })`) as { frames: number; ms: number };
  const after = await metric();
  await cdp.detach();
  return {
    ...counted,
    taskMs: ((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)) * 1000,
    scriptMs: ((after.ScriptDuration ?? 0) - (before.ScriptDuration ?? 0)) * 1000,
  };
}

/** A camera path over the whole map: a boustrophedon every 3rd row, one hex per frame. */
const PAN_OURS = `
  const h = window.__deconfliction;
  if (!window.__panPath) {
    const data = h.session.scenario.map.data;
    const path = [];
    for (let row = 0, dir = 0; row < data.rows; row += 3, dir ^= 1) {
      for (let k = 0; k < data.cols; k++) {
        const col = dir ? data.cols - 1 - k : k;
        path.push({ q: col - ((row - (row & 1)) >> 1), r: row });
      }
    }
    window.__panPath = path;
  }
  h.centreOn(window.__panPath[i % window.__panPath.length]);
`;
const PAN_BARE = 'window.__bench.pan(i);';

// In-page code is passed as strings: tsx compiles this file with esbuild's keepNames, which wraps named
// functions in a `__name` helper that does not exist in the page.
const FIRST_PLAYABLE_PROBE = `
  (() => {
    const check = () => {
      if (window.__deconfliction && window.__deconfliction.ready) window.__firstPlayable = performance.now();
      else requestAnimationFrame(() => setTimeout(check, 0));
    };
    requestAnimationFrame(() => setTimeout(check, 0));
  })();
`;

async function firstPlayable(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    // Checked just after each frame's rAF callbacks (Phaser's step included), so it is at most a few ms late.
    await page.addInitScript(FIRST_PLAYABLE_PROBE);
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __firstPlayable?: number }).__firstPlayable !== undefined, undefined, { timeout: 30_000 });
    return await page.evaluate(() => (window as unknown as { __firstPlayable: number }).__firstPlayable);
  } finally {
    await context.close();
  }
}

/**
 * Presses End turn `turns` times; for each, records every requestAnimationFrame delta from the click until
 * it is the player's phase of the next turn again and the map's event animations have finished.
 */
const AI_TURNS_PROBE = (turns: number): string => `new Promise((resolve) => {
  const d = window.__deconfliction;
  const deltas = [];
  let turnsLeft = ${turns};
  let last = 0, recording = false;
  const tick = (t) => {
    if (recording && last) deltas.push(t - last);
    last = t;
    if (recording) requestAnimationFrame(tick);
  };
  const press = () => {
    const turn = d.view().turn;
    recording = true;
    requestAnimationFrame((t) => {
      last = t;
      requestAnimationFrame(tick);
      [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'End turn').click();
      const wait = () => {
        if (d.view().status === 'over' || (d.session.isPlayersPhase && !d.animating() && d.view().turn !== turn)) {
          recording = false;
          if (--turnsLeft > 0 && d.view().status !== 'over') setTimeout(press, 100);
          else resolve(deltas);
        } else setTimeout(wait, 4);
      };
      wait();
    });
  };
  press();
})`;

interface AiTurns { deltas: number[]; longestTaskMs: number; longestTaskCpuMs: number }

/** One fresh page (briefing skipped) playing `turns` AI rounds, traced for main-thread task lengths. */
async function aiTurns(browser: Browser, url: string, turns: number, errors: string[]): Promise<AiTurns> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  try {
    page.on('pageerror', (e) => errors.push(`aiTurns: ${e.message}`));
    await page.goto(url);
    await page.waitForFunction(() => window.__deconfliction?.ready === true && window.__deconfliction.session.isPlayersPhase && !window.__deconfliction.animating(), undefined, { timeout: 30_000 });
    await page.waitForTimeout(500);
    await browser.startTracing(page, { categories: ['toplevel'] });
    const deltas = await page.evaluate(AI_TURNS_PROBE(turns)) as number[];
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    return { deltas, ...longestMainTask(trace.traceEvents) };
  } finally {
    await page.close();
  }
}

interface TraceEvent { name: string; ph: string; pid: number; tid: number; dur?: number; tdur?: number; args?: { name?: string } }

/**
 * The longest top-level task on the page's renderer main thread, by wall time and by the thread's CPU
 * time (tdur: what the task itself cost, which other processes on a busy machine do not stretch).
 */
function longestMainTask(events: readonly TraceEvent[]): { longestTaskMs: number; longestTaskCpuMs: number } {
  const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  let wall = 0, cpu = 0;
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || !main.has(`${e.pid}:${e.tid}`)) continue;
    wall = Math.max(wall, (e.dur ?? 0) / 1000);
    cpu = Math.max(cpu, (e.tdur ?? 0) / 1000);
  }
  return { longestTaskMs: wall, longestTaskCpuMs: cpu };
}

const percentile = (xs: readonly number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? 0;
};

async function run(flags: Flags): Promise<void> {
  const renderer = String(flags.renderer);
  if (renderer !== 'canvas' && renderer !== 'webgl') throw new UsageError(`--renderer must be canvas or webgl, got "${renderer}"`);
  const rounds = Math.max(1, Number(flags.rounds));
  const seconds = Math.max(1, Number(flags.seconds));
  const loads = Math.max(1, Number(flags.loads));
  const log = (msg: string): void => { process.stderr.write(`${msg}\n`); };

  if (!flags['reuse-dist']) {
    log('building (vite build --mode test)...');
    buildForTests(DIST);
  }
  if (!existsSync(join(DIST, 'bench', 'bare.html')) || !hasTestHooks(DIST)) throw new Error(`${DIST} holds no test build: run without --reuse-dist first`);
  const chunks = appChunks();
  const loadBefore = loadavg()[0]!;
  const port = await freePort(HOST);
  const server = await startPreview(port);
  const base = `http://${HOST}:${port}/`;
  const gameUrl = `${base}?camp=coalition&seed=bench&renderer=${renderer}`;
  const errors: string[] = [];
  const browser = await launchBrowser(flags.uncapped ? UNCAPPED_ARGS : []);
  try {
    log(`serving ${base}; cold loads for firstPlayableMs...`);
    const firstPlayableSamples: number[] = [];
    for (let i = 0; i < loads; i++) firstPlayableSamples.push(await firstPlayable(browser, gameUrl));

    // One page at a time, so the other page's Phaser loop does not share the two cores: each round opens
    // the bare scene, measures it, closes it, then does the same with the map.
    const open = async (url: string, ready: () => boolean, label: string): Promise<Page> => {
      const page = await browser.newPage({ viewport: VIEWPORT });
      page.on('pageerror', (e) => errors.push(`${label}: ${e.message}`));
      await page.goto(url);
      await page.waitForFunction(ready, undefined, { timeout: 30_000 });
      await page.waitForTimeout(500); // let start-up work (decoding, GC) settle
      return page;
    };
    const oursReady = (): boolean => window.__deconfliction?.ready === true;
    const bareReady = (): boolean => window.__bench?.ready === true;
    const probe = await open(gameUrl, oursReady, 'ours');
    const scene = await probe.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#game-container canvas')!;
      const h = window.__deconfliction!;
      return {
        renderer: h.renderer(), width: canvas.width, height: canvas.height,
        unitsDrawn: h.drawnUnitIds().length, unitsInView: h.view().units.length,
        unitsTotal: h.session.snapshot().state.units.length,
      };
    });
    await probe.close();
    const bareUrl = `${base}bench/bare.html?renderer=${renderer}&w=${scene.width}&h=${scene.height}`;

    const oursW: Window_[] = [];
    const bareW: Window_[] = [];
    for (let i = 0; i < rounds; i++) {
      log(`round ${i + 1}/${rounds}: bare, then ours (${seconds} s each)...`);
      const bare = await open(bareUrl, bareReady, 'bare');
      const bareRenderer = await bare.evaluate(() => window.__bench!.renderer());
      if (bareRenderer !== renderer) throw new Error(`bare scene renderer is ${bareRenderer}, asked ${renderer}`);
      bareW.push(await fpsWindow(bare, seconds, PAN_BARE));
      await bare.close();
      const ours = await open(gameUrl, oursReady, 'ours');
      const oursRenderer = await ours.evaluate(() => window.__deconfliction!.renderer());
      if (oursRenderer !== renderer) throw new Error(`map renderer is ${oursRenderer}, asked ${renderer}`);
      oursW.push(await fpsWindow(ours, seconds, PAN_OURS));
      await ours.close();
    }
    const aiUrl = `${gameUrl}&briefing=off`;
    const aiPages = Math.max(1, Number(flags['ai-pages']));
    const aiTurnCount = Math.max(1, Number(flags['ai-turns']));
    const aiRuns: AiTurns[] = [];
    for (let i = 0; i < aiPages; i++) {
      log(`AI rounds ${i + 1}/${aiPages}: ${aiTurnCount} End turn presses...`);
      aiRuns.push(await aiTurns(browser, aiUrl, aiTurnCount, errors));
    }
    const fps = (w: Window_): number => (w.frames * 1000) / w.ms;
    const perFrame = (w: Window_, key: 'taskMs' | 'scriptMs'): number => w[key] / w.frames;
    const oursFps = median(oursW.map(fps));
    const bareFps = median(bareW.map(fps));
    const appGzip = chunks.app.reduce((s, c) => s + c.gzip, 0);
    const figures = {
      fpsRatio: round(oursFps / bareFps, 3),
      frameMainThreadMs: round(median(oursW.map((w) => perFrame(w, 'taskMs'))), 2),
      firstPlayableMs: Math.round(median(firstPlayableSamples)),
      appGzipKB: round(appGzip / 1024, 1),
      aiTurnLongestFrameMs: round(median(aiRuns.map((r) => Math.max(...r.deltas))), 1),
    };
    const met = Object.fromEntries(Object.entries(TARGETS).map(([k, t]) =>
      [k, k === 'fpsRatio' ? figures.fpsRatio >= t : figures[k as keyof typeof figures] <= t]));
    const result = {
      ...figures,
      targets: TARGETS,
      met,
      aiTurnP95FrameMs: round(median(aiRuns.map((r) => percentile(r.deltas, 0.95))), 1),
      aiTurnLongestTaskMs: round(median(aiRuns.map((r) => r.longestTaskMs)), 1),
      aiTurnLongestTaskCpuMs: round(median(aiRuns.map((r) => r.longestTaskCpuMs)), 1),
      aiTurnSamples: aiRuns.map((r) => ({
        frames: r.deltas.length, longestFrameMs: round(Math.max(...r.deltas), 1), p95FrameMs: round(percentile(r.deltas, 0.95), 1),
        framesOver33Ms: r.deltas.filter((x) => x > 33).length, longestTaskMs: round(r.longestTaskMs, 1), longestTaskCpuMs: round(r.longestTaskCpuMs, 1),
      })),
      oursFps: round(oursFps, 1),
      bareFps: round(bareFps, 1),
      oursFpsSamples: oursW.map((w) => round(fps(w), 1)),
      bareFpsSamples: bareW.map((w) => round(fps(w), 1)),
      oursScriptMsPerFrame: round(median(oursW.map((w) => perFrame(w, 'scriptMs'))), 2),
      bareMainThreadMsPerFrame: round(median(bareW.map((w) => perFrame(w, 'taskMs'))), 2),
      frameMainThreadMsSamples: oursW.map((w) => round(perFrame(w, 'taskMs'), 2)),
      firstPlayableMsSamples: firstPlayableSamples.map((x) => Math.round(x)),
      appChunks: chunks.app.map((c) => ({ file: c.file, kB: round(c.bytes / 1024, 1), gzipKB: round(c.gzip / 1024, 1) })),
      phaserGzipKB: round(chunks.phaser.reduce((s, c) => s + c.gzip, 0) / 1024, 1),
      renderer,
      frameRate: flags.uncapped ? 'uncapped (--disable-frame-rate-limit --disable-gpu-vsync)' : 'headless default (rAF at most 60 Hz)',
      loadAverage1m: { before: round(loadBefore, 2), after: round(loadavg()[0]!, 2) },
      canvas: `${scene.width}x${scene.height}`,
      units: { drawn: scene.unitsDrawn, inPlayersView: scene.unitsInView, total: scene.unitsTotal },
      method: {
        fps: 'requestAnimationFrame callbacks counted in the page over each window; the camera moves one hex per frame (ours: __deconfliction.centreOn; bare: empty camera)',
        frameMainThreadMs: 'CDP Performance.getMetrics TaskDuration delta over the window / frames counted (renderer main thread, all tasks)',
        firstPlayableMs: 'performance.now() when __deconfliction.ready first reads true, checked after each frame; fresh context (cold cache) per load',
        appGzipKB: 'zlib.gzipSync of each JS file reachable from dist/index.html, Phaser chunk excluded',
        aiTurnLongestFrameMs: `fresh page per sample (briefing off, animation 1x), ${aiTurnCount} End turn presses; requestAnimationFrame deltas from each click until the player's next phase with animations done; longest per page, median over pages (deltas come in vsync steps of 16.7 ms)`,
        aiTurnLongestTaskMs: 'longest ThreadControllerImpl::RunTask on CrRendererMain in a toplevel-category trace over the same presses (wall dur; CpuMs: thread time tdur); median over pages',
      },
      pageErrors: errors,
    };
    if (flags.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else {
      const row = (name: string, value: string, target: string, ok: boolean): string =>
        `${name.padEnd(20)}${value.padStart(10)}   ${target.padEnd(10)}${ok ? 'met' : 'NOT MET'}`;
      const lines = [
        `frame rate ${result.frameRate}; 1-min load average ${result.loadAverage1m.before} -> ${result.loadAverage1m.after} (other work on the machine skews timings)`,
        `renderer ${renderer}, canvas ${result.canvas}, units drawn ${scene.unitsDrawn} of ${scene.unitsTotal} (${scene.unitsInView} in the player's view)`,
        `fps while panning: ours ${result.oursFps} [${result.oursFpsSamples.join(', ')}], bare ${result.bareFps} [${result.bareFpsSamples.join(', ')}]`,
        '',
        `${'figure'.padEnd(20)}${'value'.padStart(10)}   ${'target'.padEnd(10)}`,
        row('fpsRatio', String(figures.fpsRatio), `>= ${TARGETS.fpsRatio}`, met.fpsRatio!),
        row('frameMainThreadMs', String(figures.frameMainThreadMs), `<= ${TARGETS.frameMainThreadMs}`, met.frameMainThreadMs!),
        row('firstPlayableMs', String(figures.firstPlayableMs), `<= ${TARGETS.firstPlayableMs}`, met.firstPlayableMs!),
        row('appGzipKB', String(figures.appGzipKB), `<= ${TARGETS.appGzipKB}`, met.appGzipKB!),
        row('aiTurnLongestFrameMs', String(figures.aiTurnLongestFrameMs), `<= ${TARGETS.aiTurnLongestFrameMs}`, met.aiTurnLongestFrameMs!),
        '',
        `AI rounds: p95 frame ${result.aiTurnP95FrameMs} ms, longest main-thread task ${result.aiTurnLongestTaskMs} ms (${result.aiTurnLongestTaskCpuMs} ms CPU); per page: ${result.aiTurnSamples.map((a) => `${a.longestFrameMs}/${a.p95FrameMs}/${a.longestTaskMs} ms (${a.framesOver33Ms} of ${a.frames} frames > 33 ms)`).join(', ')} (longest/p95/task)`,
        '',
        `main thread per frame: ours ${figures.frameMainThreadMs} ms (script ${result.oursScriptMsPerFrame}), bare ${result.bareMainThreadMsPerFrame} ms (CDP TaskDuration / frames)`,
        `firstPlayableMs samples: ${result.firstPlayableMsSamples.join(', ')}`,
        `app JS (gzip): ${result.appChunks.map((c) => `${c.file} ${c.gzipKB} kB`).join(', ')}; Phaser ${result.phaserGzipKB} kB not counted`,
        ...(errors.length ? ['', 'page errors:', ...errors] : []),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    }
  } finally {
    await browser.close();
    await stopPreview(server);
  }
}

let flags: Flags | undefined;
try {
  flags = parseFlags(process.argv.slice(2), spec);
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  process.stderr.write(`${COMMAND}: ${e.message}\n${usage(COMMAND, spec)}\n`);
  process.exitCode = 2;
}
if (flags) {
  run(flags).catch((e: unknown) => {
    if (e instanceof UsageError) {
      process.stderr.write(`${COMMAND}: ${e.message}\n${usage(COMMAND, spec)}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`${COMMAND}: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      process.exitCode = 1;
    }
  });
}
