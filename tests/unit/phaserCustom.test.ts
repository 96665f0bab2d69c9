// The build swaps Phaser for src/scenes/phaserCustom.js (scripts/phaserCustomBuild.ts). Every
// `Phaser.A` or `Phaser.A.B` the code uses must be there: A exported either as the very module full
// Phaser (node_modules/phaser/src/phaser.js) gives for A, so every member is the same, or as an object
// naming each B used. A miss would only show in the built game, as an undefined at run time.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, projectFiles } from './projectFiles';

const custom = readFileSync(resolve(ROOT, 'src/scenes/phaserCustom.js'), 'utf8');
const full = readFileSync(resolve(ROOT, 'node_modules/phaser/src/phaser.js'), 'utf8');

/** Full Phaser's top-level names and the module each requires, as a path under phaser/src. */
const fullModules = new Map([...full.matchAll(/^\s*(\w+): require\('\.\/([\w/]+)'\)/gm)].map((m) => [m[1]!, m[2]!]));
/** phaserCustom.js's default imports: local name → path under phaser/src, without `.js` or `/index.js`. */
const imports = new Map([...custom.matchAll(/^import (\w+) from ['"]phaser\/src\/([\w/]+?)(?:\/index)?\.js['"];/gm)].map((m) => [m[1]!, m[2]!]));

/** What phaserCustom.js exports as `name`: a module path, the keys of an object literal, or a constant. */
function exported(name: string): { module: string } | { keys: string[] } | { constant: true } | undefined {
  if (new RegExp(`^export \\{ ${name} \\};`, 'm').test(custom)) return imports.has(name) ? { module: imports.get(name)! } : undefined;
  const m = new RegExp(`^export const ${name} = (.+);$`, 'm').exec(custom);
  if (!m) return undefined;
  const value = m[1]!;
  if (value.startsWith('{')) return { keys: [...value.matchAll(/(\w+)(?::|,|\s*\})/g)].map((k) => k[1]!) };
  if (value.startsWith('CONST.')) return { constant: true };
  return imports.has(value) ? { module: imports.get(value)! } : undefined;
}

/** Every `Phaser.A` / `Phaser.A.B` in the code that runs against Phaser (type-only `Phaser.Types` aside). */
function uses(): string[] {
  const found = new Set<string>();
  for (const f of projectFiles(/^(src\/(scenes|ui|pages)|scripts\/bench-browser)\/.*\.ts$/)) {
    for (const m of readFileSync(resolve(ROOT, f), 'utf8').matchAll(/\bPhaser\.([A-Z]\w*)(?:\.([A-Za-z]\w*))?/g)) {
      if (m[1] !== 'Types') found.add(m[2] ? `${m[1]}.${m[2]}` : m[1]!);
    }
  }
  return [...found].sort();
}

describe('the custom Phaser build', () => {
  const used = uses();

  it('finds the uses and full Phaser\'s modules', () => {
    expect(used).toEqual(expect.arrayContaining(['Game', 'Scene', 'GameObjects.Graphics', 'Scale.RESIZE']));
    expect(fullModules.get('Scale')).toBe('scale');
  });

  it('exports everything the game uses', () => {
    const missing = used.filter((u) => {
      const [a, b] = u.split('.') as [string, string | undefined];
      const e = exported(a);
      if (!e) return true;
      if ('constant' in e) return b !== undefined;
      if ('module' in e) return b !== undefined && e.module !== fullModules.get(a);
      return b !== undefined && !e.keys.includes(b);
    });
    expect(missing).toEqual([]);
  });
});
