// Runs the class server as a child process (as `npm run class` does, so SIGKILL hits the server
// itself) and drives it with real Colyseus clients. Waits are for hangs only: no test depends on speed.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, type Room } from 'colyseus.js';
import { type CreateClass, type ClassCreated, RATE_WINDOW_MS, type ServerError, type ServerMessages } from '../../src/net/protocol';

const ROOT = new URL('../..', import.meta.url).pathname;
/** Only a hang takes this long. */
export const HANG_MS = 90_000;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface Spawned {
  port: number;
  base: string;
  proc: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'classserver-'));
}

export async function spawnServer(opts: { db: string; port?: number; databaseUrl?: string; redisUrl?: string }): Promise<Spawned> {
  const port = opts.port ?? await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env, PORT: String(port), CLASS_DB: opts.db, CLASS_DIST: join(ROOT, 'tests/fixtures'), PUBLIC_BASE: `http://127.0.0.1:${port}`,
  };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  if (opts.databaseUrl) env.DATABASE_URL = opts.databaseUrl;
  if (opts.redisUrl) env.REDIS_URL = opts.redisUrl;
  const proc = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/server/main.ts')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout!.on('data', (d: Buffer) => { out += d.toString(); });
  proc.stderr!.on('data', (d: Buffer) => { out += d.toString(); });
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  await waitFor(() => out.includes('Class server on') || proc.exitCode !== null, () => `server start: ${out}`);
  if (proc.exitCode !== null) throw new Error(`the server did not start:\n${out}`);
  return {
    port, base: `http://127.0.0.1:${port}`, proc, output: () => out,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      await exited;
    },
  };
}

/** Polls `ok` until true; fails only after HANG_MS. */
export async function waitFor(ok: () => boolean, what: () => string): Promise<void> {
  const start = Date.now();
  while (!ok()) {
    if (Date.now() - start > HANG_MS) throw new Error(`waited too long for ${what()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const CLASS: CreateClass = {
  title: 'Test class', scenario: 'deir-ez-zor-2017', seedMode: 'per_group', seed: 'net', groups: 2,
  teams: { coalition: 'human', russia: 'human' }, control: true, injects: [],
};

export async function post<T>(base: string, path: string, body: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${base}${path}`, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  return { status: res.status, body: await res.json() as T };
}

export async function createClass(base: string, settings: Partial<CreateClass> = {}): Promise<ClassCreated> {
  const r = await post<ClassCreated>(base, '/api/classes', { ...CLASS, ...settings });
  if (r.status !== 201) throw new Error(`class not created: ${JSON.stringify(r.body)}`);
  return r.body;
}

type Inbox = { type: string; data: unknown }[];

/** A Colyseus client in one room with every message it received, in order. */
export class Peer {
  readonly inbox: Inbox = [];
  private seq = 0;
  left: number | null = null;

  constructor(readonly client: Client, public room: Room) {
    this.listen(room);
  }

  listen(room: Room): void {
    this.room = room;
    room.onMessage('*', (type, data) => { this.inbox.push({ type: String(type), data }); });
    room.onLeave((code) => { this.left = code; });
  }

  static async seat(base: string, code: string): Promise<Peer> {
    const lookup = await post<{ roomId: string }>(base, '/api/seat', { code });
    if (lookup.status !== 200) throw new Error(`code ${code}: ${JSON.stringify(lookup.body)}`);
    const client = new Client(base);
    return new Peer(client, await client.joinById(lookup.body.roomId, { code }));
  }

  static async teacher(base: string, classId: string, teacherKey: string): Promise<Peer> {
    const client = new Client(base);
    return new Peer(client, await client.joinById(`${classId}t`, { classId, teacherKey }));
  }

  /** The first message of `type` after index `from` that `ok` accepts. */
  async next<K extends keyof ServerMessages>(type: K, ok: (m: ServerMessages[K]) => boolean = () => true, from = 0): Promise<ServerMessages[K]> {
    let found: ServerMessages[K] | undefined;
    await waitFor(() => {
      for (let i = from; i < this.inbox.length; i++) {
        const m = this.inbox[i]!;
        if (m.type === type && ok(m.data as ServerMessages[K])) { found = m.data as ServerMessages[K]; return true; }
      }
      return false;
    }, () => `${type} (have ${this.inbox.map((m) => m.type).join(' ')})`);
    return found!;
  }

  last<K extends keyof ServerMessages>(type: K): ServerMessages[K] | undefined {
    for (let i = this.inbox.length - 1; i >= 0; i--) if (this.inbox[i]!.type === type) return this.inbox[i]!.data as ServerMessages[K];
    return undefined;
  }

  /** Commands this client had to send again because the server's rate limit dropped them. */
  resent = 0;

  /**
   * Sends a command and waits for its ack or error. A bot answers faster than a person: when the
   * server drops the command for the rate limit (an error without a seq), wait out the window and
   * send it again, as a well-behaved client does.
   */
  async command(command: unknown, extra: Record<string, unknown> = {}): Promise<{ ok: true; logLength: number } | { ok: false; error: ServerError }> {
    const seq = ++this.seq;
    for (;;) {
      const from = this.inbox.length;
      this.room.send('command', { seq, command, ...extra });
      let out: { ok: true; logLength: number } | { ok: false; error: ServerError } | 'dropped' | undefined;
      await waitFor(() => {
        for (let i = from; i < this.inbox.length; i++) {
          const m = this.inbox[i]!;
          const d = m.data as { seq?: number; code?: string };
          if (m.type === 'ack' && d.seq === seq) { out = { ok: true, logLength: (m.data as { logLength: number }).logLength }; return true; }
          if (m.type === 'error' && d.seq === seq) { out = { ok: false, error: m.data as ServerError }; return true; }
          if (m.type === 'error' && d.code === 'rate_limited') { out = 'dropped'; return true; }
        }
        return false;
      }, () => `answer to command ${seq}`);
      if (out !== 'dropped') return out!;
      this.resent++;
      await new Promise((r) => setTimeout(r, RATE_WINDOW_MS));
    }
  }

  async leave(): Promise<void> {
    if (this.left === null) await this.room.leave(true).catch(() => undefined);
  }
}
