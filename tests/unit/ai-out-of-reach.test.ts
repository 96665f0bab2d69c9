// ai:balanced at Crisis stops nowhere within PROXY_REACH hexes of the other power's units, not only out
// of contact: there its proxies roll to open fire on their own (docs/escalation.md), and near the top one
// such shot is a direct clash of its making (bench:ai, balanced as the government v greedy).
import { describe, expect, it } from 'vitest';
import { PROXY_REACH, hexDistance } from '../../src/engine';
import { makePolicies, playPhase } from '../../src/sim/play';
import { at, buildGame } from './builder';

/** Russia's infantry, in sight of a coalition unit two hexes off and next to an objective two hexes from it, at `escalation`. How near does it end? */
function endsFromRival(escalation: number): number {
  const { scenario, state } = buildGame({
    units: [
      { id: 'ru', camp: 'russia', at: [4, 1] },
      { id: 'sdf', camp: 'coalition', at: [6, 2] },
      { id: 'is', camp: 'is', at: [7, 5] },
    ],
    objectives: [{ id: 'obj', at: [4, 2] }],
    crisis: { escalation },
  });
  expect(hexDistance(at(4, 2), at(6, 2))).toBe(PROXY_REACH);
  expect(hexDistance(at(4, 1), at(6, 2))).toBe(PROXY_REACH);
  const policies = makePolicies({ coalition: 'ai:balanced', russia: 'ai:balanced', is: 'ai:balanced' }, 'reach');
  const after = playPhase(scenario, state, policies.russia).state;
  const ru = after.units.find((u) => u.id === 'ru')!;
  const sdf = after.units.find((u) => u.id === 'sdf')!;
  return hexDistance(ru.hex, sdf.hex);
}

describe('ai:balanced near the top of the ladder', () => {
  it('at Confrontation walks onto an objective two hexes from the other power (out of contact is enough)', () => {
    expect(endsFromRival(65)).toBe(PROXY_REACH);
  });

  it('at Crisis steps out of its proxies\' reach of the other power, objective or not', () => {
    expect(endsFromRival(85)).toBeGreaterThan(PROXY_REACH);
  });
});
