// A clone of the repository alone must build, test and regenerate its map: no file may read a path
// outside the repository (the team's reference notes sit beside it on the developers' machines, so
// such a read works there and fails everywhere else). .ci/run also runs this suite from a copy with
// nothing beside it.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, projectFiles } from './projectFiles';

const CODE = /\.(ts|mts|mjs|js|cjs|html|json|sh)$|^\.ci\/run$/;

/** Relative paths a file names in a string: `'../x'`, `"./y/../../z"`. */
function relativePaths(text: string): string[] {
  return [...text.matchAll(/['"`]((?:\.\.?\/)+[^'"`\s]*)['"`]/g)].map((m) => m[1]!);
}

describe('the repository stands alone', () => {
  const files = projectFiles(CODE);

  it('finds the code to check', () => {
    expect(files).toContain('scripts/make-map.ts');
    expect(files).toContain('tests/unit/gazetteer.test.ts');
    expect(files).toContain('.ci/run');
  });

  it('names no path that leads outside the repository', () => {
    const outside: string[] = [];
    for (const file of files) {
      const text = readFileSync(resolve(ROOT, file), 'utf8');
      for (const rel of relativePaths(text)) {
        const target = relative(ROOT, resolve(ROOT, dirname(file), rel));
        if (target.startsWith('..')) outside.push(`${file}: '${rel}'`);
      }
      if (/shared\/reference/.test(text) && file !== 'tests/unit/standalone.test.ts') outside.push(`${file}: shared/reference`);
    }
    expect(outside).toEqual([]);
  });
});
