// Every package the code imports is declared in package.json: one that arrives only as another
// package's dependency can vanish, or change version, with that package's next release.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, projectFiles } from './projectFiles';

const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]);

/** The package a bare specifier names: `a/b` → `a`, `@s/a/b` → `@s/a`; null for a relative path. */
function packageOf(spec: string): string | null {
  if (spec.startsWith('.') || spec.startsWith('/')) return null;
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function importsOf(text: string): string[] {
  const specs = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"\n]+)\1/g;
  return [...text.matchAll(specs)].map((m) => m[2]!);
}

describe('dependencies', () => {
  it('reads imports of every kind', () => {
    expect(importsOf(`import a from 'x';\nimport 'y/z.css';\nconst b = await import("@s/w/v");`)).toEqual(['x', 'y/z.css', '@s/w/v']);
  });

  it('declares every package the code imports', () => {
    const undeclared: string[] = [];
    for (const file of projectFiles(/\.(ts|mts|mjs|js)$/).filter((f) => f !== 'tests/unit/dependencies.test.ts')) {
      for (const spec of importsOf(readFileSync(resolve(ROOT, file), 'utf8'))) {
        const name = packageOf(spec);
        if (name === null || name.startsWith('node:') || builtinModules.includes(name) || declared.has(name)) continue;
        undeclared.push(`${file}: ${spec}`);
      }
    }
    expect(undeclared).toEqual([]);
  });
});
