// Builds the app, serves it with `vite preview` on 127.0.0.1:4173 and hands the URL to the tests
// (inject('baseUrl')). The server is started from ./node_modules/.bin so the PID we hold is the
// server itself, and it is stopped on teardown.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import type { TestProject } from 'vitest/node';

const HOST = '127.0.0.1';
const PORT = 4173;
const VITE = './node_modules/.bin/vite';

declare module 'vitest' {
  export interface ProvidedContext { baseUrl: string }
}

async function waitForServer(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with code ${server.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!process.env.E2E_SKIP_BUILD) execFileSync(VITE, ['build', '--logLevel', 'warn'], { stdio: 'inherit' });
  const server = spawn(VITE, ['preview', '--host', HOST, '--port', String(PORT), '--strictPort'], { stdio: ['ignore', 'pipe', 'inherit'] });
  server.stdout?.resume();
  const url = `http://${HOST}:${PORT}/`;
  try {
    await waitForServer(url, server, 30_000);
  } catch (e) {
    server.kill();
    throw e;
  }
  project.provide('baseUrl', url);
  return async () => {
    if (server.exitCode !== null) return;
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    if (server.exitCode === null) server.kill('SIGKILL');
  };
}
