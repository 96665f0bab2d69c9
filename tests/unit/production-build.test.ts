// The production build (`npm run build`) ships none of the test hooks: they show hidden units and the
// dice. The hook names are the window.__* globals the source assigns; the test build keeps them.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildForTests } from '../../src/cli/testBuild';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Every `window.__name =` in src/ and scripts/. */
function hookNames(): string[] {
  const names = new Set<string>();
  for (const f of [...files('src'), ...files('scripts')].filter((f) => f.endsWith('.ts'))) {
    for (const m of readFileSync(f, 'utf8').matchAll(/window\.(__\w+)\s*=[^=]/g)) names.add(m[1]!);
  }
  return [...names].sort();
}

/** "file: name" for each hook name found in any file of the build. */
function hits(outDir: string, names: readonly string[]): string[] {
  return files(outDir).flatMap((f) => {
    const text = readFileSync(f, 'latin1');
    return names.filter((n) => text.includes(n)).map((n) => `${relative(outDir, f)}: ${n}`);
  });
}

const PROD = `node_modules/.prod-check-${process.pid}`;
const TEST = `node_modules/.test-build-check-${process.pid}`;
afterAll(() => { for (const d of [PROD, TEST]) rmSync(d, { recursive: true, force: true }); });

describe('test hooks and the builds', () => {
  const names = hookNames();

  it('knows the hooks the source sets', () => {
    expect(names).toEqual(expect.arrayContaining(['__deconfliction', '__classroom', '__bench']));
  });

  it('the production build has none of them in any file', () => {
    execFileSync('./node_modules/.bin/vite', ['build', '--logLevel', 'error', '--outDir', PROD, '--emptyOutDir'], { stdio: ['ignore', 'ignore', 'inherit'] });
    expect(files(PROD).length).toBeGreaterThan(0);
    expect(hits(PROD, names)).toEqual([]);
  }, 180_000);

  it('the test build (e2e, bench:browser) has the game\'s and the class page\'s hooks', () => {
    buildForTests(TEST);
    const found = hits(TEST, names).map((h) => h.split(': ')[1]);
    expect(found).toEqual(expect.arrayContaining(['__deconfliction', '__classroom', '__bench']));
  }, 180_000);
});
