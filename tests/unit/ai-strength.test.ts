// A quick guard on the AI's strength (npm run bench:ai measures it over hundreds of seeds): six
// seeds per match-up against random, twelve against greedy (its games swing more), in both directions.
// A win is more VP after the last turn; a direct clash is no win for either side, whoever set it off.
// (Before the work of issue 5 ai:balanced won 3 or 4 of six in each direction; against the brawling
// greedy, before its proxies kept out of assault, it won 6 of twelve as the coalition; it then won 10.
// Since proxies may open fire on their own (issue 13), greedy's, never restrained, set off clashes
// that ai:balanced cannot stop: as the coalition it won 8 of twelve, with 3 clashes; as Russia 11. Since IS
// holds the city and Al-Omar dug in and the campaign AIs besiege (rules 5), it wins 10 as the coalition, 9 as Russia. With rules 6 (escalation fades only when the hotline is used,
// positions shared from Friction) greedy's strikes near its besiegers set off clashes: 6 as the coalition, until
// it kept out of where the other power's strikes fell in the last three turns (shunStruck): 9 and 9. Rules 7's
// cover of its crossing cost it one as Russia (8) until it covered only toward a power that answers its calls: 9.
// Rules 8: from Confrontation, against a power that ignores its calls, it stops and guards nowhere beside IS,
// where greedy's unannounced strikes went astray onto it: bench:ai v greedy as the coalition 0.48 -> 0.795.)
// Also: the AI's games replay from their commands alone.
import { describe, expect, it } from 'vitest';
import { applyCommand, hashState, newGame } from '../../src/engine';
import { playGame } from '../../src/sim/play';
import { type GameResult, playRecord } from '../../src/sim/record';
import { builtinScenario } from '../../src/scenarios';

const scenario = builtinScenario('deir-ez-zor-2017')!;
const SEEDS = [1, 2, 3, 4, 5, 6];
const WIDE = [...SEEDS, 7, 8, 9, 10, 11, 12];

function games(coalition: string, russia: string, seeds: readonly number[] = SEEDS): GameResult[] {
  return seeds.map((s) => playRecord(scenario, s, { coalition, russia, is: 'ai:balanced' }));
}

const wins = (rs: GameResult[], camp: 'coalition' | 'russia'): number => rs.filter((r) => r.outcome === camp).length;
const clashes = (rs: GameResult[]): number => rs.filter((r) => r.outcome === 'clash').length;

describe('AI strength on a few seeds', () => {
  it.each([
    ['random', SEEDS, 5], ['greedy', WIDE, 9],
  ] as const)('ai:balanced beats %s in nearly every game, as either power', (other, seeds, least) => {
    expect(wins(games('ai:balanced', other, seeds), 'coalition')).toBeGreaterThanOrEqual(least);
    expect(wins(games(other, 'ai:balanced', seeds), 'russia')).toBeGreaterThanOrEqual(least);
  });

  it('two cautious powers never come to a direct clash; two greedy ones do', () => {
    expect(clashes(games('ai:cautious', 'ai:cautious'))).toBe(0);
    expect(clashes(games('greedy', 'greedy'))).toBeGreaterThanOrEqual(1);
  });

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
  });
});
