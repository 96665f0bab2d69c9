// ai:balanced facing a power that leaves its calls unanswered (greedy never touches the hotline): from
// Confrontation it neither stops nor keeps a guard beside IS, since that power's strikes on IS come
// unannounced and one gone astray near the top of the ladder is a direct clash (bench:ai, issue 13).
import { describe, expect, it } from 'vitest';
import { type GameState, hexDistance } from '../../src/engine';
import { makePolicies, playPhase } from '../../src/sim/play';
import { buildGame } from './builder';

/** Russia guards `obj` with one infantry beside an IS unit, at `escalation`; coalition far off. Where does the guard end its phase? */
function guardBesideIs(escalation: number, rivalSilent: boolean): number {
  const { scenario, state } = buildGame({
    units: [
      { id: 'guard', camp: 'russia', at: [3, 2] },
      { id: 'is', camp: 'is', at: [4, 2] },
      { id: 'far', camp: 'coalition', at: [7, 5] },
    ],
    objectives: [{ id: 'obj', at: [3, 2], owner: 'russia' }],
    crisis: { escalation },
  });
  const s: GameState = rivalSilent ? {
    ...state,
    crisis: {
      ...state.crisis,
      messages: [{ id: 'H1', turn: 1, at: '2017-09-09T08:00Z', from: 'russia', to: 'coalition', channel: 'air', body: { kind: 'propose_line', line: { kind: 'river' } }, status: 'unanswered', answer: null }],
    },
  } as GameState : state;
  const policies = makePolicies({ coalition: 'ai:balanced', russia: 'ai:balanced', is: 'ai:balanced' }, 'silent');
  const after = playPhase(scenario, s, policies.russia).state;
  const guard = after.units.find((u) => u.id === 'guard')!;
  const is = after.units.find((u) => u.id === 'is')!;
  return hexDistance(guard.hex, is.hex);
}

describe('ai:balanced against a power that ignores its calls', () => {
  it('from Confrontation gives up a guard beside IS, where that power strikes unannounced', () => {
    expect(guardBesideIs(65, true)).toBeGreaterThan(1);
  });

  it('keeps the guard lower on the ladder, or when the other power answers its calls', () => {
    expect(guardBesideIs(45, true)).toBe(1);
    expect(guardBesideIs(65, false)).toBe(1);
  });
});
