// A quick guard on the AI's strength (npm run bench:ai measures it over hundreds of seeds): six
// seeds per match-up, in both directions. "Ahead" is a win, or a direct clash the other side set off
// (both lose; the culprit worse). Also: the AI's games replay from their commands alone.
import { describe, expect, it } from 'vitest';
import { applyCommand, hashState, newGame } from '../../src/engine';
import { playGame } from '../../src/sim/play';
import { type GameResult, playRecord } from '../../src/sim/record';
import { builtinScenario } from '../../src/scenarios';

const scenario = builtinScenario('deir-ez-zor-2017')!;
const SEEDS = [1, 2, 3, 4, 5, 6];
const GREEDY_SEEDS = Array.from({ length: 30 }, (_, i) => i + 1);

function games(coalition: string, russia: string, seeds: readonly number[] = SEEDS): GameResult[] {
  return seeds.map((s) => playRecord(scenario, s, { coalition, russia, is: 'ai:balanced' }));
}

const ahead = (rs: GameResult[], camp: 'coalition' | 'russia'): number =>
  rs.filter((r) => r.outcome === camp || (r.outcome === 'clash' && r.clashBy !== null && r.clashBy !== camp)).length;
const clashes = (rs: GameResult[]): number => rs.filter((r) => r.outcome === 'clash').length;

describe('AI strength on a few seeds', () => {
  // Against greedy the margin is narrower since IS's car bombs and minefields (rules 2): as Russia
  // ai:balanced was ahead in 18 of seeds 1-30 before them and 17 after, but in 1 of seeds 1-6. Six
  // seeds cannot show "most games" then; thirty can.
  it.each([
    ['random', SEEDS, 4], ['greedy', GREEDY_SEEDS, 16],
  ] as const)('ai:balanced finishes ahead of %s in most games, as either power', (other, seeds, least) => {
    expect(ahead(games('ai:balanced', other, seeds), 'coalition')).toBeGreaterThanOrEqual(least);
    expect(ahead(games(other, 'ai:balanced', seeds), 'russia')).toBeGreaterThanOrEqual(least);
  }, 120_000);

  it('two cautious powers never come to a direct clash; two greedy ones do', () => {
    expect(clashes(games('ai:cautious', 'ai:cautious'))).toBe(0);
    expect(clashes(games('greedy', 'greedy'))).toBeGreaterThanOrEqual(1);
  }, 60_000);

  it('an AI game is the same game twice, and replays from its commands alone', () => {
    const names = { coalition: 'ai:assertive', russia: 'ai:balanced', is: 'ai:balanced' };
    const a = playGame(scenario, 'strength', names);
    const b = playGame(scenario, 'strength', names);
    expect(b.commands).toEqual(a.commands);
    let state = newGame(scenario, 'strength');
    for (const c of a.commands) {
      const r = applyCommand(scenario, state, c);
      if (!r.ok) throw new Error(r.error.message);
      state = r.state;
    }
    expect(hashState(state)).toBe(hashState(a.state));
  }, 60_000);
});
