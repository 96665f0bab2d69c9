// npm run bench:browser: the game's speed in a real browser (headless Debian Chromium, the flags of the
// e2e tests), in canvas and in WebGL (ANGLE on SwiftShader, Chromium's CPU Vulkan, as --disable-gpu gives;
// the backend is printed). Builds the test build (it has the hooks it drives) into node_modules/.bench-dist
// (unless --reuse-dist), serves it with `vite preview` on a free port and measures, per renderer, in one run:
//   frameCpuMs: the renderer main thread's CPU time per frame while the camera pans (CDP ThreadTime), ours
//     (briefing closed, as a player pans) and an empty Phaser scene of the same canvas size (bench/bare.html), rounds alternating in one run;
//     frameCpuRatio = ours / bare, paired round by round. CPU time, so vsync and other load do not hide it;
//   firstPlayableMs: performance.now() when window.__deconfliction.ready first reads true on a cold load,
//     and the main thread's CPU until then (the trace's tdur of its tasks);
//   appGzipKB / firstLoadGzipKB: gzip size of what that cold load fetched before first playable (Resource
//     Timing): the app's HTML, JS and CSS without Phaser; and everything;
//   aiTurn*: frames while the AI camps play rounds after End turn (requestAnimationFrame deltas) and the
//     longest renderer main-thread task, by wall and by CPU time, from a DevTools trace.
// Medians over --rounds / --loads / --ai-pages; prints the 1/5/15-min load average before and after, and
// whether each target of issue 19 is met; exits 0 either way.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { type Machine, formatMachine, median, meets } from '../sim/benchStats';
import { type FlagSpec, type Flags, UsageError, parseFlags, usage } from './args';
import {
  type FrameWindow, type LoadedFile, type PanFigures, type TraceEvent, frameWindow, loadKind, loadSizes, longestMainTask, panFigures,
} from './browserFigures';
import { FIRST_PLAYABLE_PROBE, startPreview, stopPreview, tracedFirstPlayable } from './browserLoad';
import { launchBrowser } from './chromium';
import { freePort, machine } from './measure';
import { buildForTests, hasTestHooks } from './testBuild';

const COMMAND = 'npm run bench:browser --';
const spec: FlagSpec = {
  json: { kind: 'bool', help: 'print JSON' },
  'reuse-dist': { kind: 'bool', help: 'skip the build and serve the test build of the last run (node_modules/.bench-dist)' },
  rounds: { kind: 'int', default: 3, help: 'panning windows per scene and renderer, alternating bare and ours (median reported)' },
  seconds: { kind: 'int', default: 3, help: 'length of each panning window' },
  loads: { kind: 'int', default: 3, help: 'cold page loads per renderer for firstPlayableMs (median reported)' },
  'ai-pages': { kind: 'int', default: 3, help: 'fresh pages per renderer that each play --ai-turns AI rounds (median reported); 0 skips them' },
  'ai-turns': { kind: 'int', default: 3, help: 'End turn presses per page for the aiTurn figures' },
  renderer: { kind: 'string', default: 'both', help: 'canvas, webgl or both' },
  uncapped: { kind: 'bool', help: 'add --disable-frame-rate-limit --disable-gpu-vsync, so rAF is not held to 60 Hz' },
};

/** Chromium flags that lift the 60 Hz rAF cap (not used by the e2e tests; opt in with --uncapped). */
const UNCAPPED_ARGS = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

const HOST = '127.0.0.1';
/** The test build (src/cli/testBuild.ts), kept out of dist/ so that dist/ never holds the hooks by accident. */
const DIST = 'node_modules/.bench-dist';
const VIEWPORT = { width: 1280, height: 720 };
/** Issue 19's targets. */
const TARGETS = {
  frameCpuRatio: { max: 2 }, firstPlayableMs: { max: 800 }, appGzipKB: { max: 100 }, phaserGzipKB: { max: 220 }, aiTurnLongestTaskCpuMs: { max: 16 },
} as const;

const round = (x: number, digits: number): number => +x.toFixed(digits);

/**
 * Counts requestAnimationFrame callbacks for `seconds`, calling `step(i)` (a camera move) in each, and
 * reads the renderer's counters (ThreadTime, ProcessTime, TaskDuration) before and after through CDP.
 */
async function panWindow(page: Page, seconds: number, step: string): Promise<FrameWindow> {
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
  return frameWindow(counted.frames, counted.ms, before, after);
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
/** What the page fetched before first playable (Resource Timing, and the page itself), as paths. */
const FETCHED_BEFORE = `(() => {
  const t = window.__firstPlayable;
  return [location.pathname, ...performance.getEntriesByType('resource').filter((e) => e.startTime <= t).map((e) => new URL(e.name).pathname)];
})()`;

interface ColdLoad { wallMs: number; cpuMs: number; files: LoadedFile[] }

/** A cold load (fresh context) traced until first playable: its time, its main-thread CPU and what it fetched. */
async function coldLoad(browser: Browser, url: string): Promise<ColdLoad> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    // Checked just after each frame's rAF callbacks (Phaser's step included), so it is at most a few ms late.
    await page.addInitScript(FIRST_PLAYABLE_PROBE);
    const { wallMs, cpuMs } = await tracedFirstPlayable(browser, page, () => page.goto(url));
    const paths = [...new Set(await page.evaluate(FETCHED_BEFORE) as string[])];
    const files = paths.flatMap((path) => {
      const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
      if (!existsSync(file)) return [];
      const buf = readFileSync(file);
      return [{ path, kind: loadKind(path.endsWith('/') ? 'index.html' : path), bytes: buf.length, gzip: gzipSync(buf).length }];
    });
    return { wallMs, cpuMs, files };
  } finally {
    await context.close();
  }
}

/**
 * Presses End turn `turns` times; for each, records every requestAnimationFrame delta from the click until
 * it is the player's phase of the next turn again and the map's event animations have finished.
 */
const AI_TURNS_PROBE = (turns: number): string => `new Promise((resolve, reject) => {
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
    const pressed = performance.now();
    recording = true;
    requestAnimationFrame((t) => {
      last = t;
      requestAnimationFrame(tick);
      document.querySelector('[data-testid="end-turn"]').click();
      // End turn asks first while a call to the player is unanswered: end it anyway, as the e2e helper does.
      const anyway = document.querySelector('[data-testid="unanswered-end"]');
      if (anyway && anyway.offsetParent !== null) anyway.click();
      const wait = () => {
        if (d.view().status === 'over' || (d.session.isPlayersPhase && !d.animating() && d.view().turn !== turn)) {
          recording = false;
          if (--turnsLeft > 0 && d.view().status !== 'over') setTimeout(press, 100);
          else resolve(deltas);
        } else if (performance.now() - pressed > 300000) {
          const v = d.view();
          reject(new Error('AI round did not end in 300 s: turn ' + v.turn + ', phase ' + v.phase + ', players phase ' + d.session.isPlayersPhase + ', animating ' + d.animating()));
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
    await page.waitForFunction(() => window.__deconfliction?.ready === true && window.__deconfliction.session.isPlayersPhase && !window.__deconfliction.animating(), undefined, { timeout: 60_000 });
    await page.waitForTimeout(500);
    await browser.startTracing(page, { categories: ['toplevel'] });
    const deltas = await page.evaluate(AI_TURNS_PROBE(turns)) as number[];
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    return { deltas, ...longestMainTask(trace.traceEvents) };
  } finally {
    await page.close();
  }
}

const percentile = (xs: readonly number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? 0;
};

/** The WebGL implementation this Chromium gives a page (WEBGL_debug_renderer_info), or why there is none. */
const WEBGL_BACKEND = `(() => {
  const gl = document.createElement('canvas').getContext('webgl');
  if (!gl) return 'no WebGL';
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
})()`;

interface RendererFigures extends PanFigures {
  firstPlayableMs: { wall: number; cpu: number };
  firstPlayableSamples: { wall: number; cpu: number }[];
  aiTurn: { longestFrameMs: number; p95FrameMs: number; longestTaskMs: number; longestTaskCpuMs: number; samples: unknown[] } | null;
}

async function measureRenderer(browser: Browser, base: string, renderer: 'canvas' | 'webgl', flags: Flags, errors: string[], log: (m: string) => void):
  Promise<{ figures: RendererFigures; firstLoad: LoadedFile[]; scene: { width: number; height: number; unitsDrawn: number; unitsTotal: number } }> {
  const rounds = Math.max(1, Number(flags.rounds));
  const seconds = Math.max(1, Number(flags.seconds));
  const loads = Math.max(1, Number(flags.loads));
  const gameUrl = `${base}?camp=coalition&seed=bench&renderer=${renderer}`;
  log(`${renderer}: ${loads} cold loads for firstPlayableMs...`);
  const cold: ColdLoad[] = [];
  for (let i = 0; i < loads; i++) cold.push(await coldLoad(browser, gameUrl));

  // One page at a time, so the other page's Phaser loop does not share the two cores: each round opens
  // the bare scene, measures it, closes it, then does the same with the map.
  const open = async (url: string, ready: () => boolean, label: string): Promise<Page> => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    page.on('pageerror', (e) => errors.push(`${renderer} ${label}: ${e.message}`));
    await page.goto(url);
    await page.waitForFunction(ready, undefined, { timeout: 60_000 });
    await page.waitForTimeout(500); // let start-up work (decoding, GC) settle
    return page;
  };
  // The map is panned as a player pans it: the briefing closed (Begin pressed, the AI's opening round played
  // and its animations done), not under the briefing's dialog.
  const panUrl = `${gameUrl}&briefing=off&summary=off`;
  const oursReady = (): boolean => window.__deconfliction?.ready === true && window.__deconfliction.session.isPlayersPhase && !window.__deconfliction.animating();
  const bareReady = (): boolean => window.__bench?.ready === true;
  const probe = await open(panUrl, oursReady, 'ours');
  const scene = await probe.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#game-container canvas')!;
    const h = window.__deconfliction!;
    return { width: canvas.width, height: canvas.height, unitsDrawn: h.drawnUnitIds().length, unitsTotal: h.session.snapshot().state.units.length };
  });
  await probe.close();
  const bareUrl = `${base}bench/bare.html?renderer=${renderer}&w=${scene.width}&h=${scene.height}`;
  const oursW: FrameWindow[] = [];
  const bareW: FrameWindow[] = [];
  for (let i = 0; i < rounds; i++) {
    log(`${renderer} round ${i + 1}/${rounds}: bare, then ours (${seconds} s each)...`);
    const bare = await open(bareUrl, bareReady, 'bare');
    const bareRenderer = await bare.evaluate(() => window.__bench!.renderer());
    if (bareRenderer !== renderer) throw new Error(`bare scene renderer is ${bareRenderer}, asked ${renderer}`);
    bareW.push(await panWindow(bare, seconds, PAN_BARE));
    await bare.close();
    const ours = await open(panUrl, oursReady, 'ours');
    const oursRenderer = await ours.evaluate(() => window.__deconfliction!.renderer());
    if (oursRenderer !== renderer) throw new Error(`map renderer is ${oursRenderer}, asked ${renderer}`);
    oursW.push(await panWindow(ours, seconds, PAN_OURS));
    await ours.close();
  }
  const aiPages = Math.max(0, Number(flags['ai-pages']));
  const aiTurnCount = Math.max(1, Number(flags['ai-turns']));
  const aiRuns: AiTurns[] = [];
  for (let i = 0; i < aiPages; i++) {
    log(`${renderer} AI rounds ${i + 1}/${aiPages}: ${aiTurnCount} End turn presses...`);
    aiRuns.push(await aiTurns(browser, `${gameUrl}&briefing=off&summary=off`, aiTurnCount, errors));
  }
  const figures: RendererFigures = {
    ...panFigures(oursW, bareW),
    firstPlayableMs: { wall: Math.round(median(cold.map((c) => c.wallMs))), cpu: Math.round(median(cold.map((c) => c.cpuMs))) },
    firstPlayableSamples: cold.map((c) => ({ wall: Math.round(c.wallMs), cpu: Math.round(c.cpuMs) })),
    aiTurn: aiRuns.length === 0 ? null : {
      longestFrameMs: round(median(aiRuns.map((r) => Math.max(...r.deltas))), 1),
      p95FrameMs: round(median(aiRuns.map((r) => percentile(r.deltas, 0.95))), 1),
      longestTaskMs: round(median(aiRuns.map((r) => r.longestTaskMs)), 1),
      longestTaskCpuMs: round(median(aiRuns.map((r) => r.longestTaskCpuMs)), 1),
      samples: aiRuns.map((r) => ({
        frames: r.deltas.length, longestFrameMs: round(Math.max(...r.deltas), 1), framesOver33Ms: r.deltas.filter((x) => x > 33).length,
        longestTaskMs: round(r.longestTaskMs, 1), longestTaskCpuMs: round(r.longestTaskCpuMs, 1),
      })),
    },
  };
  return { figures, firstLoad: cold[0]!.files, scene };
}

async function run(flags: Flags): Promise<void> {
  const asked = String(flags.renderer);
  if (asked !== 'canvas' && asked !== 'webgl' && asked !== 'both') throw new UsageError(`--renderer must be canvas, webgl or both, got "${asked}"`);
  const renderers: ('canvas' | 'webgl')[] = asked === 'both' ? ['canvas', 'webgl'] : [asked];
  const log = (msg: string): void => { process.stderr.write(`${msg}\n`); };

  if (!flags['reuse-dist']) {
    log('building (vite build --mode test)...');
    buildForTests(DIST);
  }
  if (!existsSync(join(DIST, 'bench', 'bare.html')) || !hasTestHooks(DIST)) throw new Error(`${DIST} holds no test build: run without --reuse-dist first`);
  const before: Machine = machine();
  const port = await freePort(HOST);
  const server = await startPreview(HOST, port, DIST);
  const base = `http://${HOST}:${port}/`;
  const errors: string[] = [];
  const browser = await launchBrowser(flags.uncapped ? UNCAPPED_ARGS : []);
  try {
    const blank = await browser.newPage();
    const webglBackend = await blank.evaluate(WEBGL_BACKEND) as string;
    await blank.close();
    const byRenderer: Partial<Record<'canvas' | 'webgl', RendererFigures>> = {};
    let firstLoad: LoadedFile[] = [];
    let scene = { width: 0, height: 0, unitsDrawn: 0, unitsTotal: 0 };
    for (const r of renderers) {
      const m = await measureRenderer(browser, base, r, flags, errors, log);
      byRenderer[r] = m.figures;
      if (!firstLoad.length) firstLoad = m.firstLoad;
      scene = m.scene;
    }
    const sizes = loadSizes(firstLoad);
    const phaserGzipKB = sizes.byKind.phaser;
    const met: Record<string, boolean> = { appGzipKB: meets(sizes.appGzipKB, TARGETS.appGzipKB), phaserGzipKB: meets(phaserGzipKB, TARGETS.phaserGzipKB) };
    for (const [r, f] of Object.entries(byRenderer)) {
      met[`${r}.frameCpuRatio`] = meets(f.frameCpuMs.ratio, TARGETS.frameCpuRatio);
      met[`${r}.firstPlayableMs`] = meets(f.firstPlayableMs.wall, TARGETS.firstPlayableMs);
      if (f.aiTurn) met[`${r}.aiTurnLongestTaskCpuMs`] = meets(f.aiTurn.longestTaskCpuMs, TARGETS.aiTurnLongestTaskCpuMs);
    }
    const result = {
      renderers: byRenderer,
      appGzipKB: sizes.appGzipKB,
      firstLoadGzipKB: sizes.firstLoadGzipKB,
      phaserGzipKB,
      firstLoadByKindGzipKB: sizes.byKind,
      firstLoadFiles: firstLoad.map((f) => ({ path: f.path, kind: f.kind, kB: round(f.bytes / 1024, 1), gzipKB: round(f.gzip / 1024, 1) })),
      targets: TARGETS,
      met,
      webglBackend,
      frameRate: flags.uncapped ? 'uncapped (--disable-frame-rate-limit --disable-gpu-vsync)' : 'headless default (rAF at most 60 Hz)',
      machine: { before, after: machine() },
      canvas: `${scene.width}x${scene.height}`,
      units: { drawn: scene.unitsDrawn, total: scene.unitsTotal },
      method: {
        frameCpuMs: 'CDP Performance.getMetrics ThreadTime delta (renderer main thread CPU) over a panning window / frames counted; the camera moves one hex per frame (ours: __deconfliction.centreOn, briefing closed, in the player\'s phase with animations done; bare: empty camera); rounds alternate bare and ours, one page at a time; ratio per round, median',
        frameTaskMs: 'the same with TaskDuration (wall time of the main thread\'s tasks)',
        firstPlayableMs: 'wall: performance.now() when __deconfliction.ready first reads true, checked after each frame, fresh context (cold cache); cpu: tdur of the renderer main thread\'s top-level tasks begun before that moment (DevTools trace)',
        appGzipKB: 'zlib.gzipSync of each file of the build the cold load fetched before first playable (Resource Timing and the page): HTML, JS and CSS, Phaser chunk excluded; firstLoadGzipKB counts every file',
        aiTurn: 'fresh page per sample (briefing off, animation 1x), End turn presses; rAF deltas from each click until the player\'s next phase with animations done (vsync steps of 16.7 ms); longest ThreadControllerImpl::RunTask on CrRendererMain in a toplevel trace, wall dur and thread time tdur; median over pages',
      },
      pageErrors: errors,
    };
    process.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatBrowser(result).join('\n')}\n`);
  } finally {
    await browser.close();
    await stopPreview(server);
  }
}

function formatBrowser(r: {
  renderers: Partial<Record<string, RendererFigures>>; appGzipKB: number; firstLoadGzipKB: number; phaserGzipKB: number; firstLoadByKindGzipKB: Record<string, number>;
  met: Record<string, boolean>; webglBackend: string; frameRate: string; machine: { before: Machine; after: Machine }; canvas: string; units: { drawn: number; total: number }; pageErrors: string[];
}): string[] {
  const ok = (k: string): string => (r.met[k] ? 'met' : 'NOT MET');
  const lines = [
    `machine: before ${formatMachine(r.machine.before)}; after ${formatMachine(r.machine.after)}`,
    `frame rate ${r.frameRate}; canvas ${r.canvas}; units drawn ${r.units.drawn} of ${r.units.total}; WebGL backend: ${r.webglBackend}`,
  ];
  for (const [name, f] of Object.entries(r.renderers)) {
    if (!f) continue;
    lines.push(
      '',
      `${name}:`,
      `  main-thread CPU per frame while panning: ours ${f.frameCpuMs.ours} ms, bare ${f.frameCpuMs.bare} ms, ratio ${f.frameCpuMs.ratio} (<= ${TARGETS.frameCpuRatio.max}: ${ok(`${name}.frameCpuRatio`)})`,
      `    wall (task time) per frame: ours ${f.frameTaskMs.ours} ms, bare ${f.frameTaskMs.bare} ms; renderer process CPU per frame: ours ${f.processCpuMsPerFrame.ours}, bare ${f.processCpuMsPerFrame.bare}; fps ours ${f.fps.ours}, bare ${f.fps.bare}`,
      `  firstPlayableMs ${f.firstPlayableMs.wall} wall, ${f.firstPlayableMs.cpu} main-thread CPU (<= ${TARGETS.firstPlayableMs.max} wall: ${ok(`${name}.firstPlayableMs`)}); samples wall/CPU ${f.firstPlayableSamples.map((s) => `${s.wall}/${s.cpu}`).join(', ')}`,
      f.aiTurn
        ? `  AI rounds: longest frame ${f.aiTurn.longestFrameMs} ms, p95 ${f.aiTurn.p95FrameMs} ms; longest main-thread task ${f.aiTurn.longestTaskMs} ms wall, ${f.aiTurn.longestTaskCpuMs} ms CPU (<= ${TARGETS.aiTurnLongestTaskCpuMs.max} CPU: ${ok(`${name}.aiTurnLongestTaskCpuMs`)})`
        : '  AI rounds: not measured (--ai-pages 0)',
    );
  }
  const k = r.firstLoadByKindGzipKB;
  lines.push(
    '',
    `loaded before first playable (gzip): app ${r.appGzipKB} kB (<= ${TARGETS.appGzipKB.max}: ${ok('appGzipKB')}; JS ${k.js}, CSS ${k.css}, HTML ${k.html}), Phaser ${r.phaserGzipKB} kB (<= ${TARGETS.phaserGzipKB.max}: ${ok('phaserGzipKB')}), data ${k.data}, other ${k.other}; all ${r.firstLoadGzipKB} kB`,
    ...(r.pageErrors.length ? ['', 'page errors:', ...r.pageErrors] : []),
  );
  return lines;
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
