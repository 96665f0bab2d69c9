// destinationOf, the move's destination without the rest of the range: the same hex, cost and path
// as movementRange gives, or none where it gives none, for every unit that may move and every hex
// near it (beyond its reach, off the map, under a full stack, in zones of control, across rivers),
// on the board as the mover sees it, along the golden replays and a fuzzed game.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Command, type Destination, type GameState, applyCommand, hexKey, hexRange, movementRange, newGame } from '../../src/engine';
import { boardSeenBy } from '../../src/engine/fog';
import { destinationOf, searchDestination } from '../../src/engine/movement';
import { parseReplayText } from '../../src/replay/parse';
import { builtinScenario } from '../../src/scenarios';
import { fuzzedGame } from './fuzzedGame';
import { scenario } from './replayFixtures';

interface Tally { compared: number; reachable: number; differ: string[] }

/** Same destination: hex, cost and path (a Destination of the range is an object with a lazy path). */
const sameDestination = (a: Destination | undefined, b: Destination | undefined): boolean =>
  a === undefined || b === undefined ? a === b
    : hexKey(a.hex) === hexKey(b.hex) && a.cost === b.cost && a.path.map(hexKey).join(' ') === b.path.map(hexKey).join(' ');

/** Compares the two for every unit of the camp in phase and every hex within its movement + 1, on every `every`th state. */
function compareAlong(seed: string, commands: readonly Command[], every: number): Tally {
  const tally: Tally = { compared: 0, reachable: 0, differ: [] };
  let state: GameState = newGame(scenario, seed);
  commands.forEach((command, i) => {
    if (i % every === 0) {
      const seen = boardSeenBy(scenario, state, state.phase);
      for (const unit of seen.units) {
        if (unit.camp !== state.phase || unit.mp <= 0 || unit.acted) continue;
        // The search itself first (the cache skipped), then the full range.
        const found = hexRange(unit.hex, unit.mp + 1).map((h) => [h, searchDestination(scenario, seen, unit, h)] as const);
        const range = movementRange(scenario, seen, unit.id);
        for (const [h, d] of found) {
          tally.compared++;
          const want = range.get(hexKey(h));
          if (want) tally.reachable++;
          if (!sameDestination(d, want)) tally.differ.push(`command ${i}, ${unit.id} to ${hexKey(h)}`);
          // Through the cache, as applyCommand asks: the same again.
          if (!sameDestination(destinationOf(scenario, seen, unit.id, h), want)) tally.differ.push(`cached: command ${i}, ${unit.id} to ${hexKey(h)}`);
        }
      }
    }
    const r = applyCommand(scenario, state, command);
    if (!r.ok) throw new Error(r.error.message);
    state = r.state;
  });
  return tally;
}

describe('destinationOf', () => {
  for (const file of ['coalition-wins.json', 'russia-wins.json']) {
    it(`agrees with movementRange along the golden ${file}`, () => {
      const parsed = parseReplayText(readFileSync(`tests/golden/${file}`, 'utf8'), builtinScenario);
      if (!parsed.ok) throw new Error(parsed.message);
      const t = compareAlong(parsed.replay.seed, parsed.replay.commands, 7);
      expect(t.differ).toEqual([]);
      expect(t.reachable).toBeGreaterThan(500);
      expect(t.compared - t.reachable).toBeGreaterThan(500);
    });
  }

  it('agrees with movementRange along a fuzzed game', () => {
    const t = compareAlong('destination-1', fuzzedGame('destination-1'), 7);
    expect(t.differ).toEqual([]);
    expect(t.reachable).toBeGreaterThan(500);
  });

  it('gives nothing for the unit\'s own hex, a unit that has moved all it may, or an unknown unit', () => {
    const state = newGame(scenario, 'destination-2');
    const seen = boardSeenBy(scenario, state, state.phase);
    const unit = seen.units.find((u) => u.camp === state.phase && u.mp > 0)!;
    expect(destinationOf(scenario, seen, unit.id, unit.hex)).toBeUndefined();
    expect(destinationOf(scenario, seen, 'no-such-unit', unit.hex)).toBeUndefined();
    const spent = { ...seen, units: seen.units.map((u) => (u.id === unit.id ? { ...u, mp: 0 } : u)) };
    const near = [...movementRange(scenario, seen, unit.id).values()][0]!;
    expect(destinationOf(scenario, seen, unit.id, near.hex)).toBeDefined();
    expect(destinationOf(scenario, spent, unit.id, near.hex)).toBeUndefined();
  });
});
