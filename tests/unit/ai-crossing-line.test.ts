// ai:balanced crosses the river only over a line the other power agreed to (CrossingProfile.lineFirst):
// a power that turned the river line down has said the river is contested, and a bridgehead in its
// sight meets its fire (bench:ai, balanced as the government v random: most clashes followed a crossing).
import { describe, expect, it } from 'vitest';
import { type Agreement, type GameState, newGame, sharedView } from '../../src/engine';
import { crossingStance, keepsOwnBank } from '../../src/ai/crossing';
import { DOCTRINE_PROFILES } from '../../src/ai/doctrines';
import { builtinScenario } from '../../src/scenarios';

const scenario = builtinScenario('deir-ez-zor-2017')!;
const profile = DOCTRINE_PROFILES.balanced;

const RIVER_LINE: Agreement = {
  id: 'A1', kind: 'line', message: 'H1', by: 'russia', bound: ['coalition', 'russia'], from: 1, until: null,
  area: null, line: { kind: 'river' }, activity: null, consequence: null, violations: [],
};

/** The government at its crossing turn with a bridge standing, the river line agreed or not. */
function stance(agreed: boolean): string {
  const state: GameState = newGame(scenario, '1');
  const bridge = scenario.map.hexes.find((h) => scenario.map.terrainAt(h) === 'river')!;
  // The engineers arrive on turn 2: here they stand at their entry hex.
  const engineers = state.reinforcements.find((r) => r.unit.type === 'ru_eng')!.unit;
  const at: GameState = {
    ...state, turn: profile.cross.fromTurn, pontoons: [`${bridge.q},${bridge.r}`], units: [...state.units, engineers],
    crisis: { ...state.crisis, agreements: agreed ? [RIVER_LINE] : [] },
  };
  const view = sharedView(scenario, at, 'russia');
  return crossingStance(scenario, view, 'russia', profile.cross, profile.keepLine, keepsOwnBank(scenario, view, 'russia', profile.cross, profile.ownBank));
}

describe('ai:balanced crossing the river', () => {
  it('crosses over the river line the other power agreed to', () => {
    expect(stance(true)).toBe('cross');
  });

  it('keeps its bank when no river line was agreed', () => {
    expect(stance(false)).toBe('keep');
  });
});
