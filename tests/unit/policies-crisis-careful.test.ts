// Careful against careful over most of the seeds (the first CAREFUL_SPLIT are played in
// policies-crisis.test.ts, alongside): it stays clear of a direct clash, the other half of the gap
// asserted there, and still takes objectives.
import { describe, expect, it } from 'vitest';
import { builtinScenario, MAIN_SCENARIO_ID } from '../../src/scenarios';
import { playGame } from '../../src/sim/play';
import { CAREFUL_MAX_CLASH, CAREFUL_SPLIT, SEEDS, clashRate, describeRate } from './crisisRates';

describe('careful against careful', () => {
  it(`reaches a direct clash in at most ${100 * CAREFUL_MAX_CLASH}% of seeds ${CAREFUL_SPLIT + 1}..${SEEDS}`, () => {
    const r = clashRate('careful', 'careful', CAREFUL_SPLIT + 1, SEEDS);
    console.log(describeRate('careful vs careful', r));
    expect(r.rate).toBeLessThanOrEqual(CAREFUL_MAX_CLASH);
  }, 300_000);

  it('still takes objectives on its own bank', () => {
    const scenario = builtinScenario(MAIN_SCENARIO_ID)!;
    const { state } = playGame(scenario, '7', { coalition: 'careful', russia: 'careful', is: 'hold' });
    const start = scenario.objectives.filter((o) => o.owner === 'coalition' || o.owner === 'russia').length;
    const held = Object.values(state.control).filter((c) => c === 'coalition' || c === 'russia').length;
    expect(held).toBeGreaterThan(start + 3);
    expect(state.result?.points.coalition).toBeGreaterThan(0);
    expect(state.crisis.agreements.some((a) => a.kind === 'line')).toBe(true);
  });
});
