// ai:balanced does not assault across a line it keeps: an assault that takes the hex advances into it,
// and the engine counts that as crossing the line (line_crossed, +9 and -10 trust). In bench:ai
// (balanced as the government v random, seed 43) such an advance at Crisis pushed the ladder to 98.
import { describe, expect, it } from 'vitest';
import type { Agreement, GameState } from '../../src/engine';
import { makePolicies, playPhase } from '../../src/sim/play';
import { at, buildGame } from './builder';

/** Russia's mechanised unit beside a worn IS unit; with `line`, the IS hex lies beyond an agreed line. Does Russia assault it? */
function assaultsIs(line: boolean): boolean {
  const { scenario, state } = buildGame({
    units: [
      { id: 'mech', camp: 'russia', type: 'mech', at: [3, 2] },
      { id: 'is', camp: 'is', at: [4, 2], strength: 1 },
      { id: 'far', camp: 'coalition', at: [0, 5] },
    ],
    objectives: [{ id: 'obj', at: [7, 5] }],
  });
  const agreement: Agreement = {
    id: 'A1', kind: 'line', message: 'H1', by: 'russia', bound: ['coalition', 'russia'], from: 1, until: null,
    area: null, line: { kind: 'hexes', hexes: [at(4, 2)] }, activity: null, consequence: null, violations: [],
  };
  const s: GameState = line ? { ...state, crisis: { ...state.crisis, agreements: [agreement] } } : state;
  const policies = makePolicies({ coalition: 'ai:balanced', russia: 'ai:balanced', is: 'ai:balanced' }, 'line');
  const phase = playPhase(scenario, s, policies.russia);
  return phase.commands.some((c) => c.type === 'attack' && c.unit === 'mech');
}

describe('ai:balanced and a line it keeps', () => {
  it('assaults IS where no line stands in the way', () => {
    expect(assaultsIs(false)).toBe(true);
  });

  it('does not assault IS beyond the agreed line, since the advance would cross it', () => {
    expect(assaultsIs(true)).toBe(false);
  });
});
