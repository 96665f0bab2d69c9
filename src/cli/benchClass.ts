// npm run bench:class: a bounded load test of the class server. Starts the server as a child process
// on loopback (a throwaway SQLite file), creates a class of G groups x 3 seats (both teams and
// Control), and has every team's client play its phases (a few legal moves on the view it was sent,
// then end_phase, which has the server play IS's phase) with a jittered think time between commands, until each group has sent its quota. Prints the command round trip
// (send to acknowledgement, so it includes the store's write) and the CPU time of the server and of
// the clients beside the wall time; medians over --runs. Asserts nothing.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, type Room } from 'colyseus.js';
import { type Command, type Power, legalCommands } from '../engine';
import type { ClassCreated, CreateClass, SeatDelivery, ServerError } from '../net/protocol';
import { builtinScenario, MAIN_SCENARIO_ID } from '../scenarios';
import seedrandom from 'seedrandom';
import { type FlagSpec, runCli } from './args';
import { freePort, median } from './measure';

const spec: FlagSpec = {
  json: { kind: 'bool', help: 'print JSON' },
  groups: { kind: 'int', default: 30, help: 'groups in the class (3 clients each)' },
  commands: { kind: 'int', default: 40, help: 'commands each group sends per run' },
  think: { kind: 'int', default: 250, help: 'ms a team waits between its commands' },
  runs: { kind: 'int', default: 3, help: 'runs (each a new class); figures are medians over runs' },
};

const ROOT = new URL('../..', import.meta.url).pathname;
const scenario = builtinScenario(MAIN_SCENARIO_ID)!;
const MOVES_PER_PHASE = 4;
const TICK = 100; // clock ticks a second in /proc/<pid>/stat on Linux

function procCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICK;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface RunResult { clients: number; commands: number; rtts: number[]; errors: number; refused: number; wallMs: number; serverCpuMs: number; clientCpuMs: number }

async function startServer(): Promise<{ base: string; pid: number; stop(): void }> {
  const port = await freePort('127.0.0.1');
  const dir = mkdtempSync(join(tmpdir(), 'bench-class-'));
  const proc = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/server/main.ts')], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, PORT: String(port), CLASS_DB: join(dir, 'class.sqlite'), CLASS_DIST: join(ROOT, 'tests/fixtures'), PUBLIC_BASE: `http://127.0.0.1:${port}`, DATABASE_URL: '', REDIS_URL: '' },
  });
  let out = '';
  proc.stdout!.on('data', (d: Buffer) => { out += d.toString(); });
  while (!out.includes('Class server on')) {
    if (proc.exitCode !== null) throw new Error(`server did not start:\n${out}`);
    await sleep(50);
  }
  return { base: `http://127.0.0.1:${port}`, pid: proc.pid!, stop: () => proc.kill('SIGTERM') };
}

/** One team: plays its camp's phases until the group's quota is spent. */
async function team(room: Room, camp: Power, quota: { left: number }, think: number, r: RunResult, go: Promise<void>): Promise<void> {
  let latest: SeatDelivery | null = null;
  let wake: (() => void) | null = null;
  const answers = new Map<number, (a: { ok: boolean; error?: ServerError }) => void>();
  room.onMessage('delivery', (d: SeatDelivery) => { latest = d; wake?.(); });
  room.onMessage('ack', (a: { seq: number }) => answers.get(a.seq)?.({ ok: true }));
  room.onMessage('error', (e: ServerError) => { if (e.seq !== undefined) answers.get(e.seq)?.({ ok: false, error: e }); else r.errors++; });
  room.onMessage('*', () => undefined);
  await go;
  let seq = 0;
  let refusals = 0;
  let movesThisPhase = { key: '', n: 0 };
  const rng = seedrandom.alea(`${camp}-${r.clients}`);
  // Waits for a delivery, or a short while (the other team may have spent the group's quota).
  const delivered = (): Promise<void> => new Promise<void>((res) => { wake = res; setTimeout(res, 50); });
  while (quota.left > 0) {
    const d = latest as SeatDelivery | null;
    if (!d || d.view.status !== 'playing') { if (d) return; await delivered(); continue; }
    if (d.view.phase !== camp) { await delivered(); continue; }
    await sleep(think * (0.5 + rng()));
    if (quota.left <= 0) return;
    quota.left--;
    // Cheap for the client (its CPU time is not the server's): a few legal moves, then the phase ends,
    // so the server also runs IS's phase (the AI) after each coalition phase.
    const moves = movesThisPhase.key === `${d.view.turn}:${d.view.phase}` ? movesThisPhase.n : 0;
    const options = moves < MOVES_PER_PHASE && refusals < 3 ? legalCommands(scenario, d.view).filter((c) => c.type === 'move') : [];
    const command: Command = options.length > 0 ? options[Math.floor(rng() * options.length)]! : { type: 'end_phase' };
    movesThisPhase = { key: `${d.view.turn}:${d.view.phase}`, n: moves + 1 };
    const s = ++seq;
    const t0 = performance.now();
    const answer = new Promise<{ ok: boolean; error?: ServerError }>((res) => answers.set(s, res));
    const seen = d.logLength;
    room.send('command', { seq: s, command });
    const a = await answer;
    r.rtts.push(performance.now() - t0);
    r.commands++;
    answers.delete(s);
    if (a.ok) {
      refusals = 0;
      while ((latest as SeatDelivery | null)?.logLength === seen) await delivered();
    } else if (['server_error', 'rate_limited', 'message_too_large', 'malformed_message'].includes(a.error!.code)) {
      r.errors++;
    } else {
      r.refused++;
      refusals++;
    }
  }
}

async function run(base: string, pid: number, flags: { groups: number; commands: number; think: number }): Promise<RunResult> {
  const settings: CreateClass = {
    title: 'Bench', scenario: MAIN_SCENARIO_ID, seedMode: 'per_group', seed: 'bench', groups: flags.groups,
    teams: { coalition: 'human', russia: 'human' }, control: true, injects: [],
  };
  const res = await fetch(`${base}/api/classes`, { method: 'POST', body: JSON.stringify(settings) });
  const cls = await res.json() as ClassCreated;
  const r: RunResult = { clients: 0, commands: 0, rtts: [], errors: 0, refused: 0, wallMs: 0, serverCpuMs: 0, clientCpuMs: 0 };
  const rooms: Room[] = [];
  const plays: Promise<void>[] = [];
  const starts: (() => void)[] = [];
  const go = new Promise<void>((res) => starts.push(res));
  for (let g = 1; g <= flags.groups; g++) {
    const quota = { left: flags.commands };
    for (const seat of ['russia', 'coalition', 'control'] as const) {
      const code = cls.codes.find((c) => c.group === g && c.seat === seat)!.code;
      const room = await new Client(base).joinById(`${cls.classId}g${g}`, { code });
      rooms.push(room);
      r.clients++;
      if (seat === 'control') room.onMessage('*', () => undefined);
      else plays.push(team(room, seat, quota, flags.think, r, go));
      room.onLeave((code) => { if (code !== 1000 && code !== 4000) r.errors++; });
    }
  }
  const cpu0 = process.cpuUsage();
  const s0 = procCpuMs(pid);
  const t0 = performance.now();
  starts.forEach((s) => s());
  await Promise.all(plays);
  r.wallMs = performance.now() - t0;
  r.serverCpuMs = procCpuMs(pid) - s0;
  const cpu = process.cpuUsage(cpu0);
  r.clientCpuMs = (cpu.user + cpu.system) / 1000;
  for (const room of rooms) await room.leave(true).catch(() => undefined);
  return r;
}

runCli('npm run bench:class --', spec, async (flags) => {
  const server = await startServer();
  const runs: RunResult[] = [];
  try {
    for (let i = 0; i < (flags.runs as number); i++) {
      runs.push(await run(server.base, server.pid, { groups: flags.groups as number, commands: flags.commands as number, think: flags.think as number }));
      if (!flags.json) process.stderr.write(`run ${i + 1}: p95 ${percentile(runs.at(-1)!.rtts, 95).toFixed(1)} ms\n`);
    }
  } finally {
    server.stop();
  }
  const med = (f: (r: RunResult) => number): number => Math.round(median(runs.map(f)) * 10) / 10;
  const out = {
    clients: runs[0]!.clients, commands: med((r) => r.commands), runs: runs.length, thinkMs: flags.think,
    p50RoundTripMs: med((r) => percentile(r.rtts, 50)), p95RoundTripMs: med((r) => percentile(r.rtts, 95)),
    p99RoundTripMs: med((r) => percentile(r.rtts, 99)), maxRoundTripMs: med((r) => Math.max(...r.rtts)),
    errors: runs.reduce((n, r) => n + r.errors, 0), refused: med((r) => r.refused),
    wallMs: med((r) => r.wallMs), serverCpuMs: med((r) => r.serverCpuMs), clientCpuMs: med((r) => r.clientCpuMs),
  };
  if (flags.json) console.log(JSON.stringify(out, null, 2));
  else for (const [k, v] of Object.entries(out)) console.log(`${k.padEnd(16)} ${v}`);
});
