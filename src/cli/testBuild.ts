// The test build: `vite build --mode test`, the production build plus the read-only test hooks
// (src/pages/testHooks.ts) and the benchmark's bare page. The e2e tests and bench:browser serve it; the
// production build (`npm run build`) has no hooks, so they cannot drive it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const VITE = './node_modules/.bin/vite';

/** Builds the test build into `outDir` (emptied first); build warnings go to stderr. */
export function buildForTests(outDir: string): void {
  execFileSync(VITE, ['build', '--mode', 'test', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Whether the build in `outDir` exposes window.__deconfliction (a test build does, a production build not). */
export function hasTestHooks(outDir: string): boolean {
  const assets = join(outDir, 'assets');
  if (!existsSync(assets)) return false;
  return readdirSync(assets).some((f) => f.endsWith('.js') && readFileSync(join(assets, f), 'utf8').includes('__deconfliction'));
}
