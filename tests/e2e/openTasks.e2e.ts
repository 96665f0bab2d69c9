// Issue 12, item 9: opening Control, the hotline and the after-action review must not freeze the page.
// Under 4x CPU throttling (DevTools Protocol) no main-thread task may take over 200 ms from the click
// until the page is idle again. The games are late ones (turn 19, about a hundred hotline messages),
// played by the AI in Node. The map is drawn with the canvas renderer: WebGL without a GPU (this
// headless Chromium) waits on a software GL process every frame, whatever the page does.
//
// How a task is measured, and why so (see longestWhile):
// - By the renderer main thread's CPU time in a DevTools trace, not wall time: other load on the
//   machine (tests and helpers share two cores) stretches wall time many times over. Chromium throttles
//   by a busy-wait in a signal handler on the main thread (Blink's ThreadCPUThrottler spins (rate-1)
//   times as long as the thread "ran" since it last spun, up to 1 ms), so on an idle machine a task's
//   CPU time is `RATE` times its work. Under load the handler also bills time the thread spent
//   descheduled as time run, and spins for it: measured here, 4.7-5.4 CPU ms per ms of work at load
//   15-20. So each measurement times a fixed script in tasks of its own (calibrationTask), at full
//   speed and throttled, before and after, and scales every task's CPU time by RATE over that ratio:
//   its cost on an idle machine, throttled. Under heavy load the throttling thread itself may go short
//   of CPU, and the ratio falls below RATE (2.2 once at load 27): then nothing is scaled up, so a task
//   is never counted longer than the trace says. The 'longtask' observer's wall times are printed beside.
// - Nothing is left out as "waiting" but the navigation's commit: the spin also runs while the thread
//   is blocked, so a wait on another thread would count as CPU, but the traces show no such wait of
//   note (the compositor commit takes under 10 ms). The big part of each frame that is not script is
//   ProduceCanvasResource: the map canvas rasterised on the main thread (software canvas without a
//   GPU), real work. A steady frame of the map costs 40-60 ms here scaled (90-120 raw CPU at load
//   10-20), a frame that makes Control's counters 100-165: the floor under every frame of the game page.
// - The review opens in a page of its own, so everything from its navigation counts, except the task
//   that commits the navigation: Chromium making the new document (and DevTools' set-up of it), before
//   any of our code runs. It costs 110-140 ms under throttling for an empty page too.
// - Each test closes its own page even when it fails, so a failed test's page does not run on into the
//   next one's figures. While the review's page loads, the test reads it through the DevTools Protocol
//   only (waitInPage): a Playwright wait would inject Playwright's own script into the new page, a long
//   task of the test's.
// - It runs by default, in CI too. The figures it checks are CPU time, not wall time (at load 35-45 the
//   observer's wall times reach 300-1500 ms while the same tasks' scaled CPU times stay at 60-200).
//   Every opening is checked: none is measured again. Up to fix-sceneperf an opening over the limit
//   was measured again up to three times and passed if any attempt was under; that hid Control's
//   opening (114-197 scaled at load 15-18, a map frame and the panel's layout over 150 in one run of
//   three). With the map drawn only on change and Control's panel built in slices, the worst of three
//   runs was 109 (load 11-12). OPEN_TASKS_RUNS=n opens each panel n times and prints the median and worst.
// TRACE_DIR=dir keeps each trace (open it in DevTools' Performance panel); TRACE_SAMPLES=1 adds the JS
// sampler to see what a task runs (it inflates the figures). Figures: the reports of branches
// fix-opentasks and fix-perfctl.
import { loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Command, type GameState, newGame } from '../../src/engine';
import { defaultConfig } from '../../src/exercise/config';
import { exerciseCode } from '../../src/exercise/code';
import { EXERCISE_SAVE_KEY } from '../../src/exercise/save';
import { playerOf, replayFromCommands } from '../../src/replay/fromCommands';
import { replayFragment } from '../../src/replay/link';
import { builtinScenario } from '../../src/scenarios';
import { makePolicies, playPhase } from '../../src/sim/play';
import { SCREENS_DIR, launchBrowser, screenshot } from './browser';
import { type TaskTimes, calibrationTask, cpuThrottle, longTasksSince, pageNow, traceTasks, waitInPage, watchLongTasks } from './longTasks';

const RATE = 4;
const LIMIT_MS = 200;
/** Openings measured per panel, each on a fresh page (OPEN_TASKS_RUNS=n; the median and the worst are printed). */
const RUNS = Math.max(1, Number(process.env.OPEN_TASKS_RUNS ?? 1) || 1);
const SEED = '2';
const scenario = builtinScenario('deir-ez-zor-2017')!;
const AI = { coalition: 'ai:balanced', russia: 'ai:balanced', is: 'ai:balanced' };

let browser: Browser;
const pages: Page[] = [];
beforeAll(async () => { browser = await launchBrowser(); });
afterEach(async () => { for (const p of pages.splice(0)) await p.context().close(); });
afterAll(async () => { await browser?.close(); });
const base = (): string => inject('baseUrl');

/** The AI plays until `stop` says so (or the game ends); the commands so far. */
function play(stop: (s: GameState) => boolean): Command[] {
  const policies = makePolicies(AI, SEED);
  let state = newGame(scenario, SEED);
  const commands: Command[] = [];
  while (state.status === 'playing' && !stop(state)) {
    const p = playPhase(scenario, state, policies[state.phase]);
    state = p.state;
    commands.push(...p.commands);
  }
  return commands;
}

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  pages.push(page);
  await watchLongTasks(page);
  return page;
}

/** A class exercise resumed at turn 19 (both teams human, Control on), at its handover. */
async function lateExercise(): Promise<Page> {
  const commands = play((s) => s.turn === 19 && s.phase === 'coalition');
  const save = JSON.stringify({ code: exerciseCode(defaultConfig(scenario, SEED)), commands, notes: [{ turn: 3, text: 'A note.' }] });
  const page = await newPage();
  await page.addInitScript(([key, value]) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem(key, value); sessionStorage.setItem('seeded', '1'); } }, [EXERCISE_SAVE_KEY, save] as const);
  await page.goto(`${base()}?anim=off&renderer=canvas`);
  await page.getByTestId('run-exercise').click();
  await page.getByTestId('ex-resume').click();
  await page.getByTestId('handover').waitFor({ state: 'visible', timeout: 60_000 });
  await page.waitForFunction(() => window.__deconfliction?.ready === true, undefined, { timeout: 60_000 });
  return page;
}

/** CPU ms of the calibration tasks with these labels, summed. */
function calibrated(traced: readonly TaskTimes[], labels: readonly string[]): number {
  const found = traced.filter((t) => t.calibration !== undefined && labels.includes(t.calibration));
  expect(found.map((t) => t.calibration).sort(), 'every calibration task is in the trace').toEqual([...labels].sort());
  return found.reduce((sum, t) => sum + t.cpuMs, 0);
}

/** One opening's figures: the longest task scaled to an idle machine (what is checked), and beside it raw. */
interface Opening { scaledMs: number; cpuMs: number; wallMs: number; observerWallMs: number; ratio: number }

/**
 * The longest main-thread task from `open` until the page is idle, throttled, by its CPU time scaled to
 * an idle machine (see the header): every task but a navigation's commit and the calibration tasks.
 */
async function longestWhile(page: Page, open: () => Promise<void>, fromLoad = false): Promise<Opening> {
  const setRate = await cpuThrottle(page);
  // The calibration before: a warm-up, then the same script at full speed and throttled.
  const calibrate = async (rate: number, label: string): Promise<void> => { await setRate(rate); await calibrationTask(page, label); };
  let wall: number[] = [];
  const traced = await traceTasks(page, async () => {
    await calibrate(1, 'warm'); await calibrate(1, 'free1'); await calibrate(RATE, 'slow1');
    const since = fromLoad ? 0 : await pageNow(page);
    await open();
    wall = await longTasksSince(page, since);
    // And after (on the review's new page the script is made again: warmed up again first).
    await calibrate(RATE, 'warm2'); await calibrate(RATE, 'slow2'); await calibrate(1, 'free2');
    await setRate(RATE);
  });
  // What one ms of work costs in CPU ms here now, throttled: RATE on an idle machine, more under load.
  // Less means the throttler itself went short of CPU for a while: no task is scaled up for that.
  const measured = calibrated(traced, ['slow1', 'slow2']) / calibrated(traced, ['free1', 'free2']);
  const factor = Math.max(RATE, measured);
  const counted = traced.filter((t) => !t.navigation && t.calibration === undefined);
  const scaled = (t: TaskTimes): number => Math.round((t.cpuMs * RATE) / factor);
  console.log(`long tasks, wall ms (${RATE}x throttled): ${wall.join(', ') || 'none'}`);
  console.log(`CPU per ms of work, throttled: ${measured.toFixed(2)} (calibration CPU ms: ${traced.filter((t) => t.calibration).map((t) => `${t.calibration} ${t.cpuMs}`).join(', ')})`);
  console.log(`traced wall/CPU/scaled ms: ${traced.filter((t) => !t.calibration).map((t) => `${t.wallMs}/${t.cpuMs}/${t.navigation ? '(navigation, not counted)' : scaled(t)} ${t.what}`).join('\n  ')}`);
  expect(wall.length + counted.length, 'the observer and the trace saw the page at work').toBeGreaterThan(0);
  expect(traced.filter((t) => t.navigation).length, 'at most the one navigation is left out').toBeLessThanOrEqual(fromLoad ? 1 : 0);
  const longest = counted.reduce<TaskTimes | null>((a, t) => (a === null || scaled(t) > scaled(a) ? t : a), null);
  return {
    scaledMs: longest ? scaled(longest) : 0, cpuMs: Math.max(0, ...counted.map((t) => t.cpuMs)), wallMs: longest?.wallMs ?? 0,
    observerWallMs: Math.max(0, ...wall), ratio: measured,
  };
}

/**
 * Opens the panel on a fresh page RUNS times and checks every opening's longest task against the
 * limit: no attempt is measured again, so an opening that is over the limit fails the test.
 */
async function checkOpening(name: string, attempt: () => Promise<Opening>): Promise<void> {
  const runs: Opening[] = [];
  for (let i = 0; i < RUNS; i++) {
    const o = await attempt();
    runs.push(o);
    console.log(`${name}, run ${i + 1} of ${RUNS}: longest task ${o.scaledMs} ms scaled (${o.cpuMs} CPU ms raw, ${o.wallMs} wall; observer ${o.observerWallMs} wall; ${o.ratio.toFixed(2)} CPU ms per ms of work; load ${loadavg()[0]!.toFixed(1)})`);
    for (const p of pages.splice(0)) await p.context().close();
  }
  const scaled = runs.map((o) => o.scaledMs).sort((a, b) => a - b);
  console.log(`${name}: longest task over ${RUNS} runs, scaled CPU ms: median ${scaled[Math.floor((RUNS - 1) / 2)]}, max ${scaled[RUNS - 1]} (${scaled.join(', ')})`);
  expect(scaled[RUNS - 1], `${name}: the longest task of every opening, scaled CPU ms (${scaled.join(', ')})`).toBeLessThanOrEqual(LIMIT_MS);
}

describe('opening panels under 4x CPU throttling', () => {
  it('Control opens on a late exercise with no main-thread task over 200 ms', async () => {
    await checkOpening('Control', async () => {
      const page = await lateExercise();
      const o = await longestWhile(page, async () => {
        await page.getByTestId('handover-control').click();
        await page.getByTestId('control-panel').waitFor({ state: 'visible', timeout: 60_000 });
        await page.locator('[data-testid="control-ladder"]:not([aria-busy]) li').first().waitFor({ timeout: 120_000 });
      });
      await screenshot(page, 'control-throttled');
      return o;
    });
  });

  it('the hotline opens on a late exercise with no main-thread task over 200 ms', async () => {
    await checkOpening('hotline', async () => {
      const page = await lateExercise();
      await page.getByTestId('handover-continue').click();
      // Calls to answer open the hotline by themselves on takeover: close it, to time the opening.
      if (await page.getByTestId('hotline-panel').isVisible()) await page.getByTestId('hotline-toggle').click();
      await page.getByTestId('hotline-panel').waitFor({ state: 'hidden' });
      const o = await longestWhile(page, async () => {
        await page.getByTestId('hotline-toggle').click();
        await page.getByTestId('hotline-panel').waitFor({ state: 'visible', timeout: 60_000 });
        await page.locator('[data-testid="hotline-transcript"] article').first().waitFor({ timeout: 60_000 });
      });
      await screenshot(page, 'hotline-throttled');
      // Its entries are laid out only near sight (content-visibility), yet it still opens on the newest message.
      const transcript = page.getByTestId('hotline-transcript');
      await transcript.scrollIntoViewIfNeeded();
      await transcript.screenshot({ path: `${SCREENS_DIR}/hotline-transcript-throttled.png` });
      const [box, last] = await Promise.all([transcript.boundingBox(), transcript.locator(':scope > li').last().boundingBox()]);
      expect(last!.y + last!.height, 'the newest message ends inside the transcript').toBeLessThanOrEqual(box!.y + box!.height + 2);
      expect(last!.y + last!.height, 'the newest message is in sight').toBeGreaterThan(box!.y + 20);
      return o;
    });
  });

  it('the after-action review of a whole game opens with no main-thread task over 200 ms', async () => {
    const players = { coalition: playerOf(AI.coalition), russia: playerOf(AI.russia), is: playerOf(AI.is) };
    const replay = replayFromCommands(scenario, SEED, players, play(() => false));
    await checkOpening('review', async () => {
      const page = await newPage();
      // The review is a page of its own (the result screen opens it in a new tab): everything from its load counts.
      const o = await longestWhile(page, async () => {
        await page.goto(`${base()}class.html${replayFragment(replay)}`);
        await waitInPage(page, `!!window.__classroom?.review && !!document.querySelector('[data-testid="points-chart"] canvas')`, 120_000);
      }, true);
      await screenshot(page, 'review-throttled');
      return o;
    });
  });
});
