// StateHasher, the incremental hash of replay verification: the same hash as hashState for every
// state of the golden replays and of fuzzed games (injects, rulings, the hotline), hashed one after
// another as verification does, with the texts it remembers from the states before.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Command, StateHasher, applyCommand, hashState, newGame } from '../../src/engine';
import { parseReplayText } from '../../src/replay/parse';
import { builtinScenario } from '../../src/scenarios';
import { fuzzedGame } from './fuzzedGame';
import { scenario } from './replayFixtures';

/** How many states of the game hashed differently by the two (0 expected), out of how many. */
function compare(seed: string, commands: readonly Command[]): { differ: number; states: number } {
  const hasher = new StateHasher();
  let state = newGame(scenario, seed);
  let differ = hasher.hash(state) === hashState(state) ? 0 : 1;
  for (const command of commands) {
    const r = applyCommand(scenario, state, command);
    if (!r.ok) throw new Error(r.error.message);
    state = r.state;
    if (hasher.hash(state) !== hashState(state)) differ++;
  }
  return { differ, states: commands.length + 1 };
}

describe('StateHasher', () => {
  for (const file of readdirSync('tests/golden').filter((f) => f.endsWith('.json')).sort()) {
    it(`hashes every state of the golden ${file} as hashState does`, () => {
      const parsed = parseReplayText(readFileSync(`tests/golden/${file}`, 'utf8'), builtinScenario);
      if (!parsed.ok) throw new Error(parsed.message);
      expect(compare(parsed.replay.seed, parsed.replay.commands)).toEqual({ differ: 0, states: parsed.replay.commands.length + 1 });
    });
  }

  for (const seed of ['hasher-1', 'hasher-2']) {
    it(`hashes every state of a fuzzed game with injects and rulings as hashState does (${seed})`, () => {
      const commands = fuzzedGame(seed);
      expect(compare(seed, commands)).toEqual({ differ: 0, states: commands.length + 1 });
    });
  }

  it('equals hashState for any JSON values, hashed again inside others (remembered texts reused)', () => {
    const hasher = new StateHasher();
    const same = (v: unknown): boolean => hasher.hash(v) === hashState(v);
    fc.assert(fc.property(fc.jsonValue(), (v) => same([v]) && same({ a: [v, v], b: v, c: undefined }) && same([[v], { v }])), { numRuns: 1000 });
  });

  it('equals hashState for objects met again after the same text and after other text (skipped only after the same)', () => {
    const hasher = new StateHasher();
    const same = (v: unknown): boolean => hasher.hash(v) === hashState(v);
    fc.assert(fc.property(fc.array(fc.dictionary(fc.string(), fc.jsonValue()), { minLength: 1, maxLength: 4 }), fc.jsonValue(), (entries, other) =>
      same({ log: entries }) && same({ log: entries.slice() }) && same({ a: other, log: entries.slice() })
      && same({ log: [other, ...entries] }) && same({ log: entries.slice(1) }) && same([entries[0], entries]) && same({ log: entries.slice() })), { numRuns: 500 });
  });
});
