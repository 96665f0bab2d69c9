// The pure parts of `npm run bench:browser`: main-thread CPU per frame from the DevTools Protocol's
// counters, the renderer main thread's CPU from a trace, and what a first load fetched. Tested without a browser.
import { median } from '../sim/benchStats';

/** One window of panning: frames counted in the page, and the renderer's counters over it (ms). */
export interface FrameWindow {
  frames: number;
  ms: number;
  /** Busy time of the main thread's tasks, wall (CDP TaskDuration). */
  taskMs: number;
  /** CPU time of the renderer main thread (CDP ThreadTime). */
  threadCpuMs: number;
  /** CPU time of the whole renderer process: compositor and raster threads too (CDP ProcessTime). */
  processCpuMs: number;
}

/** CDP Performance.getMetrics before and after a window (seconds, as the protocol gives them) as a FrameWindow. */
export function frameWindow(frames: number, ms: number, before: Record<string, number>, after: Record<string, number>): FrameWindow {
  const d = (k: string): number => ((after[k] ?? 0) - (before[k] ?? 0)) * 1000;
  return { frames, ms, taskMs: d('TaskDuration'), threadCpuMs: d('ThreadTime'), processCpuMs: d('ProcessTime') };
}

export interface PanFigures {
  /** Main-thread CPU per frame, ours and bare (median over rounds), and ours / bare paired round by round. */
  frameCpuMs: { ours: number; bare: number; ratio: number };
  /** The same per frame in wall time (task duration), which other load on the machine stretches. */
  frameTaskMs: { ours: number; bare: number };
  processCpuMsPerFrame: { ours: number; bare: number };
  fps: { ours: number; bare: number };
}

/** Rounds alternate bare and ours in one run; the ratio is taken within each round, then the median. */
export function panFigures(ours: readonly FrameWindow[], bare: readonly FrameWindow[]): PanFigures {
  if (ours.length === 0 || ours.length !== bare.length) throw new Error('panFigures needs one ours and one bare window a round');
  const per = (w: FrameWindow, k: 'threadCpuMs' | 'taskMs' | 'processCpuMs'): number => w[k] / Math.max(1, w.frames);
  const m = (ws: readonly FrameWindow[], k: 'threadCpuMs' | 'taskMs' | 'processCpuMs'): number => +median(ws.map((w) => per(w, k))).toFixed(2);
  const fps = (ws: readonly FrameWindow[]): number => +median(ws.map((w) => (w.frames * 1000) / w.ms)).toFixed(1);
  return {
    frameCpuMs: { ours: m(ours, 'threadCpuMs'), bare: m(bare, 'threadCpuMs'), ratio: +median(ours.map((o, i) => per(o, 'threadCpuMs') / per(bare[i]!, 'threadCpuMs'))).toFixed(2) },
    frameTaskMs: { ours: m(ours, 'taskMs'), bare: m(bare, 'taskMs') },
    processCpuMsPerFrame: { ours: m(ours, 'processCpuMs'), bare: m(bare, 'processCpuMs') },
    fps: { ours: fps(ours), bare: fps(bare) },
  };
}

export interface TraceEvent { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string } }

const mainThreads = (events: readonly TraceEvent[]): Set<string> =>
  new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
const isMainTask = (e: TraceEvent, main: Set<string>): boolean => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && main.has(`${e.pid}:${e.tid}`);

/**
 * The longest top-level task on a renderer main thread, by wall time and by the thread's CPU time
 * (tdur: what the task itself cost, which other processes on a busy machine do not stretch).
 */
export function longestMainTask(events: readonly TraceEvent[]): { longestTaskMs: number; longestTaskCpuMs: number } {
  const main = mainThreads(events);
  let wall = 0, cpu = 0;
  for (const e of events) {
    if (!isMainTask(e, main)) continue;
    wall = Math.max(wall, (e.dur ?? 0) / 1000);
    cpu = Math.max(cpu, (e.tdur ?? 0) / 1000);
  }
  return { longestTaskMs: wall, longestTaskCpuMs: cpu };
}

/**
 * The CPU and wall time of the main-thread tasks of the renderer that set the user-timing mark `mark`, for
 * the tasks begun before it (the one that set it counted whole). Null when the trace has no such mark.
 */
export function mainThreadBefore(events: readonly TraceEvent[], mark: string): { cpuMs: number; taskMs: number; tasks: number } | null {
  const at = events.find((e) => e.name === mark && e.ph !== 'X');
  if (!at) return null;
  const main = mainThreads(events);
  let cpu = 0, wall = 0, tasks = 0;
  for (const e of events) {
    if (e.pid !== at.pid || e.ts > at.ts || !isMainTask(e, main)) continue;
    cpu += e.tdur ?? 0;
    wall += e.dur ?? 0;
    tasks++;
  }
  return { cpuMs: cpu / 1000, taskMs: wall / 1000, tasks };
}

export type LoadKind = 'phaser' | 'js' | 'css' | 'html' | 'data' | 'other';

/** What a file fetched on first load is: Phaser's chunk, the app's other JS, CSS, the page, data, or other. */
export function loadKind(path: string): LoadKind {
  const file = path.split('/').pop() ?? '';
  if (/\.m?js$/.test(file)) return file.startsWith('phaser-') ? 'phaser' : 'js';
  if (file.endsWith('.css')) return 'css';
  if (file === '' || file.endsWith('.html')) return 'html';
  if (/\.(json|txt|bin|csv)$/.test(file)) return 'data';
  return 'other';
}

export interface LoadedFile { path: string; kind: LoadKind; bytes: number; gzip: number }

/**
 * kB (gzip) loaded before first playable, by kind. `appGzipKB` is the app's code: the page, its JS and
 * CSS without the Phaser chunk; `firstLoadGzipKB` is everything (Phaser, data and images included).
 */
export function loadSizes(files: readonly LoadedFile[]): { appGzipKB: number; firstLoadGzipKB: number; byKind: Record<LoadKind, number> } {
  const byKind: Record<LoadKind, number> = { phaser: 0, js: 0, css: 0, html: 0, data: 0, other: 0 };
  for (const f of files) byKind[f.kind] += f.gzip;
  const kB = (n: number): number => +(n / 1024).toFixed(1);
  const all = Object.values(byKind).reduce((a, b) => a + b, 0);
  return {
    appGzipKB: kB(byKind.js + byKind.css + byKind.html),
    firstLoadGzipKB: kB(all),
    byKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, kB(v)])) as Record<LoadKind, number>,
  };
}
