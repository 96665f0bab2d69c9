// The class page's Monte Carlo is the same computation as `npm run sim`: the same seed and N give the
// same summary as simulate() over Node's worker threads.
import { describe, expect, it } from 'vitest';
import { POLICIES } from '../../src/ai/simple';
import { POLICY_NAMES } from '../../src/classroom/mcProtocol';
import { runMonteCarlo, specError } from '../../src/classroom/monteCarlo';
import { simulate } from '../../src/sim/simulate';

const spec = { scenario: 'deir-ez-zor-2017', games: 4, seed: 7, policies: { coalition: 'ai:balanced', russia: 'greedy', is: 'ai:balanced' } };

describe('Monte Carlo in the browser', () => {
  it('gives the same summary as simulate() for the same seed and N', async () => {
    const progress: number[] = [];
    const browser = runMonteCarlo(spec, (done) => progress.push(done));
    const node = await simulate({ ...spec, workers: 2 });
    expect(browser.summary).toEqual(node.summary);
    expect(browser.records).toEqual(node.records);
    expect(progress).toEqual([1, 2, 3, 4]);
  }, 120_000);

  it('refuses what the command line refuses', () => {
    expect(specError({ ...spec, games: 0 })).toMatch(/Games must be/);
    expect(specError({ ...spec, policies: { ...spec.policies, russia: 'nope' } })).toBe('Unknown policy "nope" for russia.');
    expect(specError({ ...spec, scenario: 'x' })).toBe('Unknown scenario "x".');
    expect(specError(spec)).toBeNull();
  });

  it('offers the page every AI policy and no other (the page reads the names without loading the AI)', () => {
    expect([...POLICY_NAMES].sort()).toEqual(Object.keys(POLICIES).sort());
  });
});
