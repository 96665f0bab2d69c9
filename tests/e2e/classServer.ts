// The class server for the browser tests: `npm run class`'s entry (src/server/main.ts) in a child
// process of its own, serving the test build the global setup made, on a free port and a fresh SQLite
// file. Started as `node --import tsx` so the PID held is the server itself; stopped on teardown.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../src/cli/measure';

export interface ClassServer { base: string; port: number; stop(): Promise<void>; output(): string }

export async function startClassServer(distDir: string): Promise<ClassServer> {
  const dir = mkdtempSync(join(tmpdir(), 'class-e2e-'));
  const port = await freePort('127.0.0.1');
  let out = '';
  // SQLite in one process: whatever PostgreSQL or Redis the shell names is not this test's.
  const { DATABASE_URL: _db, REDIS_URL: _redis, PUBLIC_BASE: _base, ...env } = process.env;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...env, CLASS_DIST: distDir, CLASS_DB: join(dir, 'class.sqlite'), PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (b: Buffer) => { out += b.toString(); });
  child.stderr!.on('data', (b: Buffer) => { out += b.toString(); });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the class server exited (${child.exitCode}):\n${out}`);
    if (Date.now() > deadline) { child.kill('SIGKILL'); throw new Error(`the class server did not answer within 90 s:\n${out}`); }
    const up = await fetch(`${base}/join.html`).then((r) => r.ok, () => false);
    if (up) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    base, port, output: () => out,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
