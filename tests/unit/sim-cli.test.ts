// npm run sim: the figures do not depend on the number of worker threads, --out is written whole,
// and every bad flag is refused with a message and exit code 2.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/sim/simulate';

const POLICIES = { coalition: 'ai:balanced', russia: 'greedy', is: 'ai:balanced' };

function sim(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run sim', () => {
  it('gives the same records and figures on one worker and on two', async () => {
    const opts = { scenario: 'deir-ez-zor-2017', games: 4, seed: 7, policies: POLICIES };
    const one = await simulate({ ...opts, workers: 1 });
    const two = await simulate({ ...opts, workers: 2 });
    expect(two.records).toEqual(one.records);
    expect(two.summary).toEqual(one.summary);
    expect(one.records.map((r) => r.seed)).toEqual([7, 8, 9, 10]);
  }, 60_000);

  it('prints the same JSON for --workers 1 and 2 (timing aside) and writes --out whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));
    const out = join(dir, 'games.json');
    const base = ['--games', '3', '--seed', '5', '--russia', 'greedy', '--json'];
    const a = sim(...base, '--workers', '1', '--out', out);
    const b = sim(...base, '--workers', '2');
    expect(a.status).toBe(0);
    expect(b.status).toBe(0);
    const strip = (s: string): unknown => { const j = JSON.parse(s) as Record<string, unknown>; delete j.timing; return j; };
    expect(strip(a.stdout)).toEqual(strip(b.stdout));
    const file = JSON.parse(readFileSync(out, 'utf8')) as { games: { seed: number; outcome: string; maxRung: string; turns: number }[]; clashRate: number };
    expect(file.games.map((g) => g.seed)).toEqual([5, 6, 7]);
    expect(Object.keys(file.games[0]!).sort()).toEqual(['maxRung', 'outcome', 'seed', 'turns']);
    expect(readdirSync(dir)).toEqual(['games.json']);
    expect(a.stderr).toContain('3/3 games');
  }, 120_000);

  it.each([
    [['--games', '0'], '--games must be at least 1'],
    [['--workers', '0'], '--workers must be at least 1'],
    [['--workers', 'two'], '--workers must be a whole number'],
    [['--coalition', 'ai:reckless'], 'unknown policy "ai:reckless" for --coalition'],
    [['--scenario', 'nowhere'], 'unknown scenario "nowhere"'],
    [['--frobnicate'], 'unknown flag --frobnicate'],
    [['--out'], '--out needs a value'],
  ])('refuses %j with exit code 2', (args, message) => {
    const r = sim(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  }, 60_000);

  it('leaves no file behind when a run is refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));
    const out = join(dir, 'x.json');
    expect(sim('--games', '0', '--out', out).status).toBe(2);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
