// Main-thread long tasks in Chromium under CPU throttling (the DevTools Protocol's
// Emulation.setCPUThrottlingRate): a PerformanceObserver('longtask') installed before the page's own
// scripts, whose durations are wall time (a busy machine lengthens them), and a DevTools trace, which
// gives each task's CPU time, and a calibration task to scale it by (tests/e2e/openTasks.e2e.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Install before page.goto: records every long task (over 50 ms) with its start and duration. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Sets how many times the page's CPU is slowed (DevTools Protocol; 1 is full speed), through one session. */
export async function cpuThrottle(page: Page): Promise<(rate: number) => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  return async (rate) => { await cdp.send('Emulation.setCPUThrottlingRate', { rate }); };
}

/** Names the calibration tasks' callbacks, so the trace tells them apart from the page's own tasks. */
const CALIBRATION = '__calibration_';
/** Iterations of the calibration loop: some tens of milliseconds unthrottled. */
const CALIBRATION_LOOP = 5_000_000;

/**
 * Runs a fixed piece of script in a task of its own in the page (a timer named `__calibration_<label>`,
 * found again in the trace by traceTasks), through the DevTools Protocol like waitInPage. The loop's
 * function is made once per page, so after a first run every run executes the same optimised code.
 */
export async function calibrationTask(page: Page, label: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Runtime.evaluate', {
      expression: `window.__calibrate ??= (n) => { let x = 0; for (let i = 0; i < n; i++) x = (x + i * 7) % 1000003; return x; };
        new Promise((resolve) => setTimeout(function ${CALIBRATION}${label}() { resolve(window.__calibrate(${CALIBRATION_LOOP})); }, 0))`,
      awaitPromise: true, returnByValue: true,
    });
  } finally {
    await cdp.detach();
  }
}

export const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/**
 * Waits until `expression` is true in the page, polled every 50 ms, through the DevTools Protocol:
 * Playwright's own waits inject its selector engine into a new document, a script whose evaluation
 * is a long task of the test's, not the page's.
 */
export async function waitInPage(page: Page, expression: string, timeoutMs: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const r = await cdp.send('Runtime.evaluate', {
      expression: `new Promise((resolve) => { const t0 = performance.now(); const poll = () => { if (${expression}) resolve(true); else if (performance.now() - t0 > ${timeoutMs}) resolve(false); else setTimeout(poll, 50); }; poll(); })`,
      awaitPromise: true, returnByValue: true,
    });
    if (r.result.value !== true) throw new Error(`waitInPage: ${expression} not true within ${timeoutMs} ms`);
  } finally {
    await cdp.detach();
  }
}

/**
 * The long tasks that started at or after `since` (performance.now() in the page), once the page has
 * been idle: two frames, then a quiet spell long enough for the observer to have reported. Read
 * through the DevTools Protocol, like waitInPage, so that Playwright injects nothing meanwhile.
 */
export async function longTasksSince(page: Page, since: number): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const r = await cdp.send('Runtime.evaluate', {
      expression: `new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() =>
        resolve(window.__longTasks.filter((e) => e.start >= ${since}).map((e) => Math.round(e.duration))), 1000))))`,
      awaitPromise: true, returnByValue: true,
    });
    return r.result.value as number[];
  } finally {
    await cdp.detach();
  }
}

export interface TaskTimes {
  wallMs: number; cpuMs: number; what: string;
  /** The task that commits a navigation: Chromium making the new document, before any of the page's code runs. */
  navigation: boolean;
  /** The label of the calibration task this is (see calibrationTask), if it is one. */
  calibration?: string;
}

/** Trace categories: the DevTools timeline; with TRACE_SAMPLES=1 also the JS sampler and more (it inflates the figures). */
const CATEGORIES = ['disabled-by-default-devtools.timeline', 'devtools.timeline',
  ...(process.env.TRACE_SAMPLES ? ['disabled-by-default-v8.cpu_profiler', 'v8.execute', 'blink', 'cc', 'toplevel'] : [])].join(',');

/**
 * Records a DevTools trace around `run` and returns the renderer main thread's tasks over `minWallMs`
 * with their wall time and the thread's CPU time. Throttling keeps the thread spinning, so its CPU time
 * includes the slowdown (a task's CPU time can come close to its wall time, never far below a quarter
 * at rate 4 on an idle machine), while other load on the machine does not stretch it. TRACE_DIR=dir
 * writes each trace there, to open in DevTools' Performance panel.
 */
export async function traceTasks(page: Page, run: () => Promise<void>, minWallMs = 50): Promise<TaskTimes[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d: { value: object[] }) => { events.push(...(d.value as TraceEvent[])); });
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  try {
    await run();
  } finally {
    const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  if (process.env.TRACE_DIR) writeFileSync(join(process.env.TRACE_DIR, `trace-${Date.now()}.json`), JSON.stringify({ traceEvents: events }));
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = events.filter((e) => mains.has(`${e.pid}:${e.tid}`));
  const slices = onMain.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const navigations = onMain.filter((e) => e.name === 'FrameStartedLoading').map((e) => e.ts);
  const calibrations = slices.filter((e) => e.name === 'FunctionCall' && e.args?.data?.functionName?.startsWith(CALIBRATION));
  return outermost(slices.filter((e) => e.name === 'RunTask')).flatMap((t): TaskTimes[] => {
    // Of this task's own thread: a second renderer (the review's new page) runs tasks at the same time.
    const within = (e: TraceEvent): boolean => e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts < t.ts + t.dur!;
    const calibration = calibrations.find(within)?.args?.data?.functionName?.slice(CALIBRATION.length);
    if (t.dur! < minWallMs * 1000 && calibration === undefined) return [];
    // The biggest event inside names the task (a click, an animation frame, a timer, layout…).
    const inner = slices.filter((e) => e !== t && within(e) && e.name !== 'RunTask').sort((a, b) => b.dur! - a.dur!);
    return [{
      wallMs: Math.round(t.dur! / 1000), cpuMs: Math.round((t.tdur ?? 0) / 1000),
      what: inner.slice(0, 3).map((e) => e.name).join(' > '), navigation: navigations.some((ts) => ts >= t.ts && ts < t.ts + t.dur!), calibration,
    }];
  });
}

/**
 * The tasks that no other task of the same thread contains. A busy machine's trace can nest one RunTask
 * in another (a nested run loop): counted twice, a calibration task would be found twice.
 */
function outermost(tasks: readonly TraceEvent[]): TraceEvent[] {
  const sorted = [...tasks].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const end = new Map<string, number>();
  return sorted.filter((t) => {
    const thread = `${t.pid}:${t.tid}`;
    if (t.ts + t.dur! <= (end.get(thread) ?? -Infinity)) return false;
    end.set(thread, t.ts + t.dur!);
    return true;
  });
}

interface TraceEvent {
  name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number;
  args?: { name?: string; data?: { functionName?: string } };
}
