// Builds the app (the test build, with the test hooks: src/cli/testBuild.ts), serves it with `vite
// preview` on a free port of 127.0.0.1 and hands the URL to the tests (inject('baseUrl')). Each run
// builds into a folder of its own, so runs side by side (or a build for the game) never swap files
// under a running test. With E2E_SKIP_BUILD=1 it serves dist/, which must then be a test build. The
// server is started from ./node_modules/.bin so the PID we hold is the server itself, and it is
// stopped on teardown.
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../src/cli/measure';
import { buildForTests, hasTestHooks } from '../../src/cli/testBuild';

const HOST = '127.0.0.1';
const VITE = './node_modules/.bin/vite';


declare module 'vitest' {
  export interface ProvidedContext { baseUrl: string; distDir: string }
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
  const outDir = process.env.E2E_SKIP_BUILD ? 'dist' : `node_modules/.e2e-dist-${process.pid}`;
  if (!process.env.E2E_SKIP_BUILD) buildForTests(outDir);
  else if (!hasTestHooks(outDir)) throw new Error('E2E_SKIP_BUILD=1 serves dist/, but dist/ has no test hooks (a production build): build it with `npx vite build --mode test`, or unset E2E_SKIP_BUILD');
  const removeBuild = () => { if (outDir !== 'dist') rmSync(outDir, { recursive: true, force: true }); };
  const port = await freePort(HOST);
  const server = spawn(VITE, ['preview', '--host', HOST, '--port', String(port), '--strictPort', '--outDir', outDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  server.stdout?.resume();
  const url = `http://${HOST}:${port}/`;
  try {
    await waitForServer(url, server, 30_000);
  } catch (e) {
    server.kill();
    removeBuild();
    throw e;
  }
  project.provide('baseUrl', url);
  // The class server's tests serve the same build themselves (tests/e2e/classServer.ts).
  project.provide('distDir', outDir);
  return async () => {
    if (server.exitCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    removeBuild();
  };
}
