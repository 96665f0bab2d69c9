// The golden replays under tests/golden: whole games that must verify, bit for bit, under the current
// rules. Between them they cover a coalition win, a government win and a direct clash. (The e2e test
// tests/e2e/replay.e2e.ts verifies the same files in Chromium against these final hashes.)
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinScenario } from '../../src/scenarios';
import { parseReplayText } from '../../src/replay/parse';
import { summarize } from '../../src/replay/summary';
import { verifyReplay } from '../../src/replay/verify';

const DIR = 'tests/golden';
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

describe('golden replays', () => {
  const outcomes: string[] = [];
  for (const file of files) {
    it(`${file} verifies to its last checkpoint`, () => {
      const parsed = parseReplayText(readFileSync(`${DIR}/${file}`, 'utf8'), builtinScenario);
      if (!parsed.ok) throw new Error(parsed.message);
      const result = verifyReplay(parsed.scenario, parsed.replay);
      if (!result.ok) throw new Error(result.message);
      expect(result.state.status).toBe('over');
      const summary = summarize(result.state, parsed.replay.commands.length);
      expect(summary.finalHash).toBe(parsed.replay.checkpoints.at(-1)!.hash);
      outcomes.push(result.state.result!.reason === 'direct_clash' ? 'clash' : String(result.state.result!.winner));
    });
  }
  it('cover a coalition win, a government win and a direct clash', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(new Set(outcomes)).toEqual(new Set(['coalition', 'russia', 'clash']));
  });
});
