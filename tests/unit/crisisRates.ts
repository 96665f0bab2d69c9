// Clash rates of the scripted policies over many seeds, for the policy tests. The bounds below come
// from measurements over seeds 1..200 on the main scenario. The games are shared out between two
// test files that vitest runs side by side: policies-crisis.test.ts plays reckless against reckless
// on all SEEDS and careful against careful on seeds 1..CAREFUL_SPLIT; policies-crisis-careful.test.ts
// plays careful on the rest. Each part of the careful seeds is held to the bound, so all of them are.
import { builtinScenario, MAIN_SCENARIO_ID } from '../../src/scenarios';
import { playGame } from '../../src/sim/play';

export const SEEDS = 200;
/** Careful games are slower (more calls on the hotline): the first file plays seeds 1..CAREFUL_SPLIT of them. */
export const CAREFUL_SPLIT = 50;

/**
 * Careful against careful may reach a direct clash in at most this fraction of games (the tuning aim;
 * measured 0 of 200).
 */
export const CAREFUL_MAX_CLASH = 0.05;
/**
 * Reckless against reckless must clash this many points (as a fraction) more often than careful's
 * bound. Measured about 0.69 (138 of 200): with the careful bound at 0.05 this asks for at least half
 * of the games, the tuning aim, and leaves some 19 points (six binomial standard deviations at 200
 * games) for changes to the crisis tables before the test fails.
 */
export const MIN_GAP = 0.45;

export interface Rate { games: number; clashes: number; rate: number; ms: number }

/** Plays seeds `from`..`to` with the given great-power policies (IS holds) and counts direct clashes. */
export function clashRate(coalition: string, russia: string, from = 1, to = SEEDS): Rate {
  const scenario = builtinScenario(MAIN_SCENARIO_ID)!;
  const start = performance.now();
  let clashes = 0;
  for (let i = from; i <= to; i++) {
    const { state } = playGame(scenario, String(i), { coalition, russia, is: 'hold' });
    if (state.result?.reason === 'direct_clash') clashes++;
  }
  const games = to - from + 1;
  return { games, clashes, rate: clashes / games, ms: performance.now() - start };
}

export const describeRate = (name: string, r: Rate): string =>
  `${name}: ${r.clashes}/${r.games} direct clashes (${(100 * r.rate).toFixed(1)}%), ${(r.ms / r.games).toFixed(0)} ms per game`;
