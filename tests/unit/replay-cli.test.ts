// npm run replay: exit code 0 for a valid replay, 1 for a desync, 2 for a file it cannot use.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const GOLDEN = 'tests/golden/coalition-wins.json';
const run = (...args: string[]) => spawnSync('node_modules/.bin/tsx', ['src/cli/replay.ts', ...args], { encoding: 'utf8' });

// Each case starts tsx (about a second on a quiet machine, several under load).
const SLOW = 120_000;

describe('npm run replay', () => {
  const dir = mkdtempSync(join(tmpdir(), 'replay-cli-'));

  it('prints the summary of a valid replay and exits 0', () => {
    const r = run(GOLDEN, '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ valid: true, outcome: 'coalition wins', turns: 20 });
    expect(out.finalHash).toBe(JSON.parse(readFileSync(GOLDEN, 'utf8')).checkpoints.at(-1).hash);
  }, SLOW);

  it('exits 1 on a desync and names the turn and command', () => {
    const replay = JSON.parse(readFileSync(GOLDEN, 'utf8'));
    replay.checkpoints[5].hash = replay.checkpoints[5].hash === '0'.repeat(16) ? '1'.repeat(16) : '0'.repeat(16);
    const file = join(dir, 'desync.json');
    writeFileSync(file, JSON.stringify(replay));
    const r = run(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`turn ${replay.checkpoints[5].turn}, after command #${replay.checkpoints[5].command}`));
  }, SLOW);

  it('exits 1 when the last checkpoint is removed and the last commands dropped, saying how many are unchecked', () => {
    const replay = JSON.parse(readFileSync(GOLDEN, 'utf8'));
    replay.checkpoints.pop();
    const covered = replay.checkpoints.at(-1).command;
    replay.commands.splice(-3);
    replay.draws.splice(-3);
    const file = join(dir, 'unchecked.json');
    writeFileSync(file, JSON.stringify(replay));
    const r = run(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${replay.commands.length - covered} commands are unchecked`);
  }, SLOW);

  it('reads a file that starts with a UTF-8 byte-order mark', () => {
    const file = join(dir, 'bom.json');
    writeFileSync(file, `\uFEFF${readFileSync(GOLDEN, 'utf8')}`);
    const r = run(file, '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ valid: true, outcome: 'coalition wins' });
  }, SLOW);

  it('exits 2 on a truncated file, a missing file or no file', () => {
    const file = join(dir, 'cut.json');
    writeFileSync(file, readFileSync(GOLDEN, 'utf8').slice(0, 500));
    const cut = run(file);
    expect(cut.status).toBe(2);
    expect(cut.stderr).toMatch(/cut short/);
    expect(run(join(dir, 'none.json')).status).toBe(2);
    expect(run().status).toBe(2);
  }, SLOW);
});
