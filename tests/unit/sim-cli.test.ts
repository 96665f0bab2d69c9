// npm run sim: the figures do not depend on the number of worker threads, --out is written whole,
// every bad flag is refused with a message, and the command exits with code 2 when it refuses.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError, parseFlags } from '../../src/cli/args';
import { SIM_FLAGS, simRequest } from '../../src/cli/simFlags';
import { simulate } from '../../src/sim/simulate';

const POLICIES = { coalition: 'ai:balanced', russia: 'greedy', is: 'ai:balanced' };

function sim(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
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
  });

  it('prints the summary simulate() gives on one worker, when run on two, and writes --out whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));
    const out = join(dir, 'games.json');
    const r = sim('--games', '3', '--seed', '5', '--russia', 'greedy', '--json', '--workers', '2', '--out', out);
    expect(r.status).toBe(0);
    const printed = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(printed.timing).toMatchObject({ workers: 2 });
    delete printed.timing;
    const one = await simulate({ scenario: 'deir-ez-zor-2017', games: 3, seed: 5, workers: 1, policies: { coalition: 'ai:balanced', russia: 'greedy', is: 'ai:balanced' } });
    expect(printed).toEqual(JSON.parse(JSON.stringify(one.summary)));
    const file = JSON.parse(readFileSync(out, 'utf8')) as { games: { seed: number; outcome: string; maxRung: string; turns: number }[]; clashRate: number };
    expect(file.games.map((g) => g.seed)).toEqual([5, 6, 7]);
    expect(file.games.map((g) => g.outcome)).toEqual(one.records.map((g) => g.outcome));
    expect(Object.keys(file.games[0]!).sort()).toEqual(['maxRung', 'outcome', 'seed', 'timeline', 'turns']);
    expect(Object.keys((file.games[0] as unknown as { timeline: object }).timeline).sort()).toEqual(['captures', 'crossings', 'incidents', 'meetings', 'messages', 'shares', 'warnings']);
    expect(readdirSync(dir)).toEqual(['games.json']);
    expect(r.stderr).toContain('3/3 games');
  }, 120_000);

  // The checks run in-process; one refusal below goes through the real command for the exit code.
  it.each([
    [['--games', '0'], '--games must be at least 1'],
    [['--workers', '0'], '--workers must be at least 1'],
    [['--workers', 'two'], '--workers must be a whole number'],
    [['--coalition', 'ai:reckless'], 'unknown policy "ai:reckless" for --coalition'],
    [['--scenario', 'nowhere'], 'unknown scenario "nowhere"'],
    [['--frobnicate'], 'unknown flag --frobnicate'],
    [['--out'], '--out needs a value'],
    [['--out', ' '], '--out needs a file name'],
  ])('refuses %j with a message', (args, message) => {
    expect(() => simRequest(parseFlags(args, SIM_FLAGS))).toThrow(UsageError);
    expect(() => simRequest(parseFlags(args, SIM_FLAGS))).toThrow(message);
  });

  it('accepts the defaults alone', () => {
    expect(simRequest(parseFlags([], SIM_FLAGS))).toMatchObject({ scenario: 'deir-ez-zor-2017', games: 100, seed: 1 });
  });

  it('exits with code 2, the message and the usage on a refused run, and leaves no file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));
    const out = join(dir, 'x.json');
    const r = sim('--games', '0', '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--games must be at least 1');
    expect(r.stderr).toContain('usage: npm run sim --');
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});
