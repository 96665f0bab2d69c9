// Product code never imports tests (nor, through them, vitest): every import under src/ is checked.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve('.');
const TESTS = join(ROOT, 'tests') + sep;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|mts|js|mjs)$/.test(e.name) ? [join(dir, e.name)] : []);
}

/** Specifiers of static imports, re-exports, side-effect imports and import(): relative ones resolved. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  return specs.map((s) => (s.startsWith('.') ? resolve(dirname(file), s) : s));
}

describe('src/ imports', () => {
  it('finds the imports it scans for (the scan itself works)', () => {
    expect(importsOf(join(ROOT, 'src', 'pages', 'game', 'main.ts'))).toContain(join(ROOT, 'src', 'presenter', 'session'));
  });

  it('no file under src/ imports from tests/ or vitest', () => {
    const offenders = sourceFiles(join(ROOT, 'src')).flatMap((f) => importsOf(f)
      .filter((s) => s.startsWith(TESTS) || s === 'vitest' || s.startsWith('vitest/'))
      .map((s) => `${relative(ROOT, f)} imports ${s.startsWith(ROOT) ? relative(ROOT, s) : s}`));
    expect(offenders).toEqual([]);
  });
});
