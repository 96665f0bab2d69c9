// The Node versions the project claims (package.json's engines, and the README) must be ones every
// locked dependency supports, so that a fresh `npm ci` on any of them prints no engine warning.
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json')) as { engines: { node: string } };
const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { engines?: { node?: string } | string[] }> };
const ours = pkg.engines.node;

describe('the Node versions the project claims', () => {
  it('is a range every locked package supports', () => {
    const narrower = Object.entries(lock.packages).flatMap(([name, p]) => {
      const theirs = Array.isArray(p.engines) ? undefined : p.engines?.node;
      return theirs && !semver.subset(ours, theirs) ? [`${name} wants ${theirs}`] : [];
    });
    expect(narrower).toEqual([]);
  });

  it('includes the Node these machines run, and the README states it', () => {
    expect(semver.satisfies(process.version, ours)).toBe(true);
    expect(read('README.md')).toContain(`Node \`${ours}\``);
  });
});
