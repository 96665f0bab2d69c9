// scripts/sim.mjs, the launcher of `npm run sim` and `npm run history`: it bundles once, reuses the
// bundle while no input changes, bundles again when one does, and the bundled command gives the same
// figures as the sources.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { prepare } from '../../scripts/sim.mjs';
import { simulate } from '../../src/sim/simulate';

const dirs: string[] = [];
const temp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'sim-launcher-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

describe('the sim launcher', () => {
  it('reuses its bundle while the sources are the same, and bundles again when one changes', async () => {
    const root = temp();
    const cache = join(root, 'cache');
    writeFileSync(join(root, 'main.ts'), "import { value } from './value';\nexport const answer: number = value + 1;\n");
    writeFileSync(join(root, 'value.ts'), 'export const value = 1;\n');
    const entries = { main: 'main.ts' };
    const load = async (dir: string): Promise<number> => ((await import(`${pathToFileURL(join(dir, 'main.mjs')).href}?${dir}`)) as { answer: number }).answer;

    const first = await prepare(root, cache, entries);
    expect(first.built).toBe(true);
    expect(await load(first.dir)).toBe(2);
    const again = await prepare(root, cache, entries);
    expect(again).toEqual({ dir: first.dir, built: false });

    // A file the entry imports changes: a new bundle, with the change in it.
    writeFileSync(join(root, 'value.ts'), 'export const value = 41;\n');
    const changed = await prepare(root, cache, entries);
    expect(changed.built).toBe(true);
    expect(changed.dir).not.toBe(first.dir);
    expect(await load(changed.dir)).toBe(42);
    expect((await prepare(root, cache, entries)).built).toBe(false);
  });

  it('runs npm run sim from the bundle with the figures of the sources', async () => {
    const r = spawnSync(process.execPath, ['scripts/sim.mjs', 'sim', '--games', '2', '--seed', '5', '--workers', '2', '--json'], {
      encoding: 'utf8', timeout: 120_000, env: { ...process.env, DECONFLICTION_SIM_CACHE: temp() },
    });
    expect(r.stderr).toContain('2/2 games');
    expect(r.status).toBe(0);
    const printed = JSON.parse(r.stdout) as Record<string, unknown>;
    delete printed.timing;
    const policies = { coalition: 'ai:balanced', russia: 'ai:balanced', is: 'ai:balanced' };
    const sources = await simulate({ scenario: 'deir-ez-zor-2017', games: 2, seed: 5, workers: 1, policies });
    expect(printed).toEqual(JSON.parse(JSON.stringify(sources.summary)));
  }, 120_000);

  it('refuses an unknown command with its usage', () => {
    const r = spawnSync(process.execPath, ['scripts/sim.mjs', 'nothing'], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: node scripts/sim.mjs <sim|history|bench-ai>');
  });
});
