// A page load measured to first playable, and the `vite preview` that serves the test build: shared by
// `npm run bench:browser` (cold loads) and `npm run bench:offline` (cold, warm and offline loads, with
// and without the service worker).
import { type ChildProcess, spawn } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { type TraceEvent, mainThreadBefore } from './browserFigures';

const VITE = './node_modules/.bin/vite';

/** Starts `vite preview` of `outDir` on host:port and waits until it answers. */
export async function startPreview(host: string, port: number, outDir: string): Promise<ChildProcess> {
  const server = spawn(VITE, ['preview', '--host', host, '--port', String(port), '--strictPort', '--outDir', outDir], { stdio: ['ignore', 'ignore', 'inherit'] });
  const deadline = Date.now() + 120_000; // a loaded machine starts vite slowly
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`http://${host}:${port}/`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`vite preview did not answer on port ${port}`);
}

export async function stopPreview(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
  if (server.exitCode === null) server.kill('SIGKILL');
}

// In-page code is passed as strings: tsx compiles this file with esbuild's keepNames, which wraps named
// functions in a `__name` helper that does not exist in the page.
/** Add with page.addInitScript: marks `firstPlayable` when window.__deconfliction.ready first reads true. */
export const FIRST_PLAYABLE_PROBE = `
  (() => {
    const check = () => {
      if (window.__deconfliction && window.__deconfliction.ready) {
        window.__firstPlayable = performance.now();
        performance.mark('firstPlayable');
      } else requestAnimationFrame(() => setTimeout(check, 0));
    };
    requestAnimationFrame(() => setTimeout(check, 0));
  })();
`;

export interface PlayableLoad { wallMs: number; cpuMs: number }

/**
 * Runs `navigate` (a goto or a reload of `page`, which has FIRST_PLAYABLE_PROBE) under a DevTools trace
 * until first playable: wall is performance.now() then (from the navigation's start), CPU the renderer
 * main thread's top-level tasks begun before it.
 */
export async function tracedFirstPlayable(browser: Browser, page: Page, navigate: () => Promise<unknown>): Promise<PlayableLoad> {
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
  await navigate();
  await page.waitForFunction(() => (window as unknown as { __firstPlayable?: number }).__firstPlayable !== undefined, undefined, { timeout: 60_000 });
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const wallMs = await page.evaluate(() => (window as unknown as { __firstPlayable: number }).__firstPlayable);
  const main = mainThreadBefore(trace.traceEvents, 'firstPlayable');
  if (!main) throw new Error('the trace of the load has no firstPlayable mark');
  return { wallMs, cpuMs: main.cpuMs };
}
