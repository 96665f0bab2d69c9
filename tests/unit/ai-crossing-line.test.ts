// ai:balanced does not cross the river, with no line agreed, once the other power turned down the river
// line (CrossingProfile.lineFirst): it has said the river is contested, and a bridgehead in its sight
// meets its fire (bench:ai, balanced as the government v random: most clashes followed a crossing).
import { describe, expect, it } from 'vitest';
import { type Agreement, type GameState, newGame, sharedView } from '../../src/engine';
import { crossingStance } from '../../src/ai/crossing';
import { DOCTRINE_PROFILES } from '../../src/ai/doctrines';
import { builtinScenario } from '../../src/scenarios';

const scenario = builtinScenario('deir-ez-zor-2017')!;
const profile = DOCTRINE_PROFILES.balanced;

const RIVER_LINE: Agreement = {
  id: 'A1', kind: 'line', message: 'H1', by: 'russia', bound: ['coalition', 'russia'], from: 1, until: null,
  area: null, line: { kind: 'river' }, activity: null, consequence: null, violations: [],
};

const PROPOSAL = { id: 'H1', turn: 1, at: '', from: 'russia', to: 'coalition', channel: 'commanders', body: { kind: 'propose_line', line: { kind: 'river' } }, status: 'answered', answer: 'H2' };
const REJECTION = { id: 'H2', turn: 1, at: '', from: 'coalition', to: 'russia', channel: 'commanders', body: { kind: 'reject', to: 'H1' }, status: 'info', answer: null };

/** The government at its crossing turn with a bridge standing: the river line agreed, turned down, or never proposed. */
function stance(line: 'agreed' | 'rejected' | 'none'): string {
  const state: GameState = newGame(scenario, '1');
  const bridge = scenario.map.hexes.find((h) => scenario.map.terrainAt(h) === 'river')!;
  // The engineers arrive on turn 2: here they stand at their entry hex.
  const engineers = state.reinforcements.find((r) => r.unit.type === 'ru_eng')!.unit;
  const at: GameState = {
    ...state, turn: profile.cross.fromTurn, pontoons: [`${bridge.q},${bridge.r}`], units: [...state.units, engineers],
    crisis: {
      ...state.crisis, agreements: line === 'agreed' ? [RIVER_LINE] : [],
      messages: line === 'rejected' ? [PROPOSAL, REJECTION] as unknown as GameState['crisis']['messages'] : [],
    },
  };
  const view = sharedView(scenario, at, 'russia');
  return crossingStance(scenario, view, 'russia', profile.cross, profile.keepLine, profile.ownBank);
}

describe('ai:balanced crossing the river', () => {
  it('crosses over the river line the other power agreed to, or where no line was ever proposed', () => {
    expect(stance('agreed')).toBe('cross');
    expect(stance('none')).toBe('cross');
  });

  it('keeps its bank when the other power turned the river line down', () => {
    expect(stance('rejected')).toBe('keep');
  });
});
