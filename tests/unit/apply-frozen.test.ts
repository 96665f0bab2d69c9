// applyCommand never changes the state it is given: the copy it makes shares units, messages,
// agreements and more with its input (copy on write), so a change made in place would reach back
// into the earlier state (the undo stack, the replay viewer's steps, the hasher's cache). Every input
// state here is deep-frozen: a write to any part of it throws.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Command, type GameState, applyCommand, hashState, newGame } from '../../src/engine';
import { parseReplayText } from '../../src/replay/parse';
import { builtinScenario } from '../../src/scenarios';
import { fuzzedGame } from './fuzzedGame';
import { scenario } from './replayFixtures';

function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  for (const v of Object.values(value)) deepFreeze(v);
  return Object.freeze(value);
}

/** Applies every command to a frozen copy of the state before it; returns the kinds of command seen. */
function applyFrozen(seed: string, commands: readonly Command[]): Set<string> {
  const kinds = new Set<string>();
  let state: GameState = deepFreeze(newGame(scenario, seed));
  for (const [i, command] of commands.entries()) {
    const hash = hashState(state);
    const r = applyCommand(scenario, state, command);
    if (!r.ok) throw new Error(`command #${i + 1} was refused: ${r.error.message}`);
    expect(hashState(state)).toBe(hash);
    kinds.add(command.type);
    state = deepFreeze(r.state);
  }
  return kinds;
}

describe('applyCommand and its input', () => {
  for (const file of readdirSync('tests/golden').filter((f) => f.endsWith('.json')).sort()) {
    it(`changes no part of it over the golden ${file}`, () => {
      const parsed = parseReplayText(readFileSync(`tests/golden/${file}`, 'utf8'), builtinScenario);
      if (!parsed.ok) throw new Error(parsed.message);
      applyFrozen(parsed.replay.seed, parsed.replay.commands);
    });
  }

  // Between them: protests, denials (one exposed), acknowledgements, rulings, an unanswered call.
  for (const seed of ['frozen-1', 'frozen-3']) {
    it(`changes no part of it over a game with injects and rulings (${seed})`, () => {
      const kinds = applyFrozen(seed, fuzzedGame(seed));
      expect([...kinds].sort()).toEqual(expect.arrayContaining(['air_strike', 'attack', 'end_phase', 'hotline', 'inject', 'move', 'ruling']));
    });
  }
});
