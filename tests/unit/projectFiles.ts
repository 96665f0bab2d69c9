// The project's own files, walked from the repository root (not listed by git: CI runs the unit tests
// from a copy without .git). Generated and vendored folders are skipped.
import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SKIP = new Set(['node_modules', '.git', 'dist', 'test-results', 'assets', 'golden']);

/** Paths relative to the root whose names match `pattern`. */
export function projectFiles(pattern: RegExp, dir = ''): string[] {
  return readdirSync(resolve(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = dir ? `${dir}/${e.name}` : e.name;
    if (e.isDirectory()) return SKIP.has(e.name) || (e.name.startsWith('.') && e.name !== '.ci') ? [] : projectFiles(pattern, path);
    return pattern.test(path) ? [path] : [];
  });
}
