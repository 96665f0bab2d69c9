// The campaign AIs' guards: a second guard joins an objective only where a unit of the other power
// nearby could assault a single guard at 3:2, and none where IS alone comes near. ai:balanced gives up
// a guard the other power could assault at 3:2 from next door, rather than feed it a brawl.
import { describe, expect, it } from 'vitest';
import { hexKey } from '../../src/engine';
import { makePolicies, playPhase } from '../../src/sim/play';
import { at, buildGame } from './builder';

/** Russia holds `obj` with one infantry guard; a second infantry stands two hexes off; `rival` comes in sight, two hexes off. */
function secondGuardJoins(rival: { camp: 'coalition' | 'is'; type: string }): boolean {
  const { scenario, state } = buildGame({
    units: [
      { id: 'guard', camp: 'russia', at: [3, 2] },
      { id: 'spare', camp: 'russia', at: [1, 2] },
      { id: 'rival', camp: rival.camp, type: rival.type, at: [5, 2] },
      { id: 'far-is', camp: 'is', at: [7, 5] },
    ],
    objectives: [{ id: 'obj', at: [3, 2], owner: 'russia' }],
  });
  const policies = makePolicies({ coalition: 'ai:balanced', russia: 'ai:balanced', is: 'ai:balanced' }, 'guards');
  const after = playPhase(scenario, state, policies.russia).state;
  const spare = after.units.find((u) => u.id === 'spare')!;
  return hexKey(spare.hex) === hexKey(at(3, 2));
}

/** Russia holds `obj` with one infantry guard, alone; a coalition unit of `type` stands next to it. Does the guard stay? */
function loneGuardStays(type: string): boolean {
  const { scenario, state } = buildGame({
    units: [
      { id: 'guard', camp: 'russia', at: [3, 2] },
      { id: 'rival', camp: 'coalition', type, at: [4, 2] },
      { id: 'far-is', camp: 'is', at: [7, 5] },
    ],
    objectives: [{ id: 'obj', at: [3, 2], owner: 'russia' }],
  });
  const policies = makePolicies({ coalition: 'ai:balanced', russia: 'ai:balanced', is: 'ai:balanced' }, 'guards');
  const after = playPhase(scenario, state, policies.russia).state;
  const guard = after.units.find((u) => u.id === 'guard')!;
  return hexKey(guard.hex) === hexKey(at(3, 2));
}

describe('campaign AI guards', () => {
  it('gives up a lone guard the other power could assault at 3:2 from next door, and holds against a weaker unit', () => {
    // Mechanised 9 against the guard's 6: 3:2, and no second guard to come. Infantry 6 against 6: 1:1.
    expect(loneGuardStays('mech')).toBe(false);
    expect(loneGuardStays('inf')).toBe(true);
  });

  it('doubles the guard against a unit of the other power strong enough to assault one guard at 3:2', () => {
    // Mechanised 3 x 3 = 9 against one infantry's 2 x 3 = 6 in the desert: 3:2.
    expect(secondGuardJoins({ camp: 'coalition', type: 'mech' })).toBe(true);
  });

  it('keeps one guard against a weaker unit of the other power, or against IS', () => {
    // Infantry 2 x 3 = 6 against 6: 1:1, no assault; IS is met by one guard.
    expect(secondGuardJoins({ camp: 'coalition', type: 'inf' })).toBe(false);
    expect(secondGuardJoins({ camp: 'is', type: 'mech' })).toBe(false);
  });
});
