// The pure parts of the benchmarks (issue 19): medians, wall and CPU side by side, the load average in
// every report, start-up apart from rates, CPU per frame from the DevTools counters and trace, and the
// first-load size with CSS. No timing is asserted: inputs are made up, outputs computed from them.
import { describe, expect, it } from 'vitest';
import { aiTiming, formatAiTiming } from '../../src/cli/benchAiTiming';
import { benchRecord, formatBench } from '../../src/cli/benchRecord';
import { type TraceEvent, frameWindow, loadKind, loadSizes, longestMainTask, mainThreadBefore, panFigures } from '../../src/cli/browserFigures';
import { formatSimTiming, simTiming } from '../../src/cli/simTiming';
import { formatMachine, formatTiming, median, medianTiming, meets, perSecond } from '../../src/sim/benchStats';

const MACHINE = { loadAverage: [3.5, 2.25, 1] as [number, number, number], cores: 2 };

describe('bench stats', () => {
  it('takes medians of odd and even counts, and refuses none', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(/no samples/);
  });

  it('takes the wall and CPU medians each on its own', () => {
    expect(medianTiming([{ wall: 10, cpu: 3 }, { wall: 30, cpu: 1 }, { wall: 20, cpu: 2 }])).toEqual({ wall: 20, cpu: 2 });
  });

  it('turns a count over a timing into rates per wall and per CPU second', () => {
    expect(perSecond(400, { wall: 200, cpu: 50 })).toEqual({ wall: 2000, cpu: 8000 });
  });

  it('prints wall and CPU together, and the load average with the cores', () => {
    expect(formatTiming({ wall: 12.345, cpu: 4.5 })).toBe('12.35 ms wall, 4.50 ms CPU');
    expect(formatMachine(MACHINE)).toBe('load average 3.50 2.25 1.00 on 2 cores');
    expect(meets(5, { max: 5 })).toBe(true);
    expect(meets(5.1, { max: 5 })).toBe(false);
    expect(meets(0.9, { min: 0.95 })).toBe(false);
  });
});

describe('sim timing', () => {
  const t = simTiming({
    games: 100, workers: 2, machine: MACHINE,
    run: { startup: { wall: 1000, cpu: 800 }, play: { wall: 4000, cpu: 7600 }, total: { wall: 5000, cpu: 8400 } },
    process: { wall: 6000, cpu: 9000 },
  });

  it('gives the games rate without start-up, and with it apart', () => {
    expect(t.gamesPerSecond).toBe(25);
    expect(t.gamesPerSecondWithStartup).toBe(20);
    expect(t.cpuMsPerGame).toBe(76);
    expect(t).toMatchObject({ workers: 2, ms: 5000, startup: { wall: 1000, cpu: 800 }, play: { wall: 4000, cpu: 7600 }, machine: MACHINE });
  });

  it('prints CPU beside wall and the load average', () => {
    const text = formatSimTiming(t).join('\n');
    expect(text).toContain('5.00 s wall, 8.40 s CPU on 2 workers');
    expect(text).toContain('start-up      1.00 s wall, 0.80 s CPU');
    expect(text).toContain('load average 3.50 2.25 1.00 on 2 cores');
  });
});

describe('bench record', () => {
  const input = {
    scenario: 's', runs: 3, seed: 'bench', commandsPerGame: 428,
    applyCommandPerSec: { wall: 11476.4, cpu: 12000.6 }, fullGameMs: { wall: 78.912, cpu: 70.001 },
    hashStateMs: { wall: 0.123456, cpu: 0.1 }, legalCommandsMs: { wall: 1.23456, cpu: 1 },
    aiTurnMs: { wall: 20.8, cpu: 2.3 }, replayVerifyMs: { wall: 19.444, cpu: 18 }, replayLinkBytes: 4000,
    games: 200, workers: 2, gamesPerSecond: { wall: 38.04, cpu: 20.01 }, simStartupMs: { wall: 1234.5, cpu: 900.2 },
    stateCostByPhase: {
      early: { commands: 142, chars: 12000, copyUs: { wall: 1.234, cpu: 1.111 }, hashUs: { wall: 20.456, cpu: 20 }, fullHashUs: { wall: 80.456, cpu: 70 } },
      mid: { commands: 142, chars: 20000, copyUs: { wall: 1.5, cpu: 1.4 }, hashUs: { wall: 30, cpu: 30 }, fullHashUs: { wall: 120, cpu: 110 } },
      late: { commands: 144, chars: 30000, copyUs: { wall: 2, cpu: 1.9 }, hashUs: { wall: 40, cpu: 40 }, fullHashUs: { wall: 170, cpu: 160 } },
    },
    heapGrowth: { fromTurn: 50, toTurn: 200, fromMB: 20.5, toMB: 21, percent: 2.4 },
    machine: { before: MACHINE, after: MACHINE },
  };

  it('keeps every timed figure as {wall, cpu}, rounded', () => {
    const r = benchRecord(input);
    expect(r.applyCommandPerSec).toEqual({ wall: 11476, cpu: 12001 });
    expect(r.fullGameMs).toEqual({ wall: 78.91, cpu: 70 });
    expect(r.hashStateMs).toEqual({ wall: 0.1235, cpu: 0.1 });
    expect(r.simStartupMs).toEqual({ wall: 1235, cpu: 900 });
    for (const k of ['applyCommandPerSec', 'fullGameMs', 'replayVerifyMs', 'hashStateMs', 'legalCommandsMs', 'aiTurnMs', 'gamesPerSecond', 'simStartupMs'] as const) {
      expect(Object.keys(r[k]).sort()).toEqual(['cpu', 'wall']);
    }
  });

  it('prints a wall and a CPU column, the game it timed and the load average', () => {
    const text = formatBench(benchRecord(input)).join('\n');
    expect(text).toMatch(/aiTurnMs\s+20\.8\s+2\.3/);
    expect(text).toContain('ai:balanced game, seed bench, 428 commands');
    expect(text).toContain('before load average 3.50 2.25 1.00 on 2 cores');
    expect(text).toContain('early 142 commands, 12000 chars: copy 1.23 / 1.11, hash 20.46 / 20 (hashState 80.46 / 70)');
    expect(text).toContain('20.5 MB at turn 50, 21 MB at turn 200: 2.4%');
  });
});

describe('bench:ai timing', () => {
  it('sums the match-ups, start-up apart, and rates the games alone', () => {
    const t = aiTiming([
      { games: 10, play: { wall: 1000, cpu: 1800 }, startup: { wall: 500, cpu: 300 } },
      { games: 10, play: { wall: 1000, cpu: 2200 }, startup: { wall: 500, cpu: 300 } },
    ], { wall: 3100, cpu: 4700 }, { before: MACHINE, after: MACHINE });
    expect(t).toMatchObject({ games: 20, play: { wall: 2000, cpu: 4000 }, startup: { wall: 1000, cpu: 600 }, gamesPerSecond: { wall: 10, cpu: 5 } });
    expect(formatAiTiming(t).join('\n')).toContain('load average 3.50');
  });
});

describe('bench:browser figures', () => {
  it('takes thread CPU, process CPU and task time per frame from the CDP counters (seconds)', () => {
    const w = frameWindow(100, 1667, { ThreadTime: 1, ProcessTime: 2, TaskDuration: 3 }, { ThreadTime: 1.2, ProcessTime: 2.5, TaskDuration: 4 });
    expect(w.threadCpuMs).toBeCloseTo(200);
    expect(w.processCpuMs).toBeCloseTo(500);
    expect(w.taskMs).toBeCloseTo(1000);
  });

  it('pairs ours and bare round by round for the CPU ratio, whatever the fps', () => {
    const win = (frames: number, cpu: number) => ({ frames, ms: 3000, taskMs: cpu * 10, threadCpuMs: cpu, processCpuMs: cpu * 2 });
    // Per frame, ours 2, 6, 4 ms against bare 1, 3, 1: round 2 ran slowed on both pages (ratio 2). The ratio
    // of the medians would be 4 / 1; paired by round the median ratio is 2.
    const f = panFigures([win(180, 360), win(90, 540), win(180, 720)], [win(180, 180), win(90, 270), win(180, 180)]);
    expect(f.frameCpuMs).toEqual({ ours: 4, bare: 1, ratio: 2 });
    expect(f.fps).toEqual({ ours: 60, bare: 60 });
    expect(() => panFigures([win(1, 1)], [])).toThrow();
  });

  const main = { name: 'thread_name', ph: 'M', pid: 7, tid: 1, ts: 0, args: { name: 'CrRendererMain' } };
  const other = { name: 'thread_name', ph: 'M', pid: 7, tid: 2, ts: 0, args: { name: 'Compositor' } };
  const task = (tid: number, ts: number, dur: number, tdur: number): TraceEvent => ({ name: 'ThreadControllerImpl::RunTask', ph: 'X', pid: 7, tid, ts, dur, tdur });

  it('finds the longest main-thread task by wall and by CPU, ignoring other threads', () => {
    expect(longestMainTask([main, other, task(1, 10, 40_000, 5_000), task(1, 60_000, 20_000, 18_000), task(2, 0, 90_000, 90_000)]))
      .toEqual({ longestTaskMs: 40, longestTaskCpuMs: 18 });
  });

  it('sums the main thread\'s CPU up to the first-playable mark, and says when the mark is missing', () => {
    const mark = { name: 'firstPlayable', ph: 'R', pid: 7, tid: 1, ts: 50_000 };
    const events = [main, other, task(1, 0, 30_000, 20_000), task(1, 40_000, 15_000, 10_000), task(1, 60_000, 99_000, 99_000), task(2, 0, 50_000, 50_000), mark];
    expect(mainThreadBefore(events, 'firstPlayable')).toEqual({ cpuMs: 30, taskMs: 45, tasks: 2 });
    expect(mainThreadBefore(events.slice(0, -1), 'firstPlayable')).toBeNull();
  });

  it('counts CSS and the page in the app size, Phaser apart, and everything in the first load', () => {
    expect(['/assets/phaser-abc.js', '/assets/index-1.js', '/assets/index-2.css', '/', '/index.html', '/assets/map-1.json', '/favicon.png'].map(loadKind))
      .toEqual(['phaser', 'js', 'css', 'html', 'html', 'data', 'other']);
    const files = [
      { path: '/assets/phaser-a.js', kind: 'phaser' as const, bytes: 0, gzip: 200 * 1024 },
      { path: '/assets/index-a.js', kind: 'js' as const, bytes: 0, gzip: 60 * 1024 },
      { path: '/assets/index-a.css', kind: 'css' as const, bytes: 0, gzip: 10 * 1024 },
      { path: '/', kind: 'html' as const, bytes: 0, gzip: 2 * 1024 },
      { path: '/assets/map.json', kind: 'data' as const, bytes: 0, gzip: 30 * 1024 },
    ];
    const s = loadSizes(files);
    expect(s.appGzipKB).toBe(72);
    expect(s.firstLoadGzipKB).toBe(302);
    expect(s.byKind).toMatchObject({ phaser: 200, css: 10, data: 30 });
  });
});
