// ai:balanced covers its own crossing from the air (Tactics.coverCrossing, rules 7): while the
// government bridges and crosses, its strikes go first on IS on the far bank near its bridge, where
// the SDF may stand close (16 Sep 2017). The coalition, which has no engineers, covers no crossing:
// it does not take the government's bridge for its own.
import { describe, expect, it } from 'vitest';
import { type Hex, type Power, beyondLine, hexDistance, parseHexKey } from '../../src/engine';
import { RIVER } from '../../src/ai/crossing';
import { builtinScenario } from '../../src/scenarios';
import { playGame } from '../../src/sim/play';

const scenario = builtinScenario('deir-ez-zor-2017')!;
const SEEDS = ['1001', '1002', '1003', '1004'];

/** Each camp's air strikes of turns 3-6 on the far bank (for it) within 3 hexes of the pontoon standing then. */
function strikesByTheBridge(seed: string, russia = 'ai:balanced'): Record<Power, number> {
  const out: Record<Power, number> = { coalition: 0, russia: 0 };
  // The phase played is the one the state before it was in: Russia's first (the scenario's phase order).
  let camp: string = scenario.data.phaseOrder[0]!;
  let turn = 1;
  playGame(scenario, seed, { coalition: 'ai:balanced', russia, is: 'ai:balanced' }, (phase) => {
    const s = phase.state;
    const [played, playedTurn] = [camp, turn];
    [camp, turn] = [s.phase, s.turn];
    if ((played !== 'russia' && played !== 'coalition') || playedTurn < 3 || playedTurn > 6) return;
    const bridge = s.pontoons[0];
    if (bridge === undefined) return;
    const at = parseHexKey(bridge);
    for (const c of phase.commands) {
      if (c.type !== 'air_strike') continue;
      const h: Hex = c.target;
      if (hexDistance(h, at) <= 3 && beyondLine(scenario.map, RIVER, played, h)) out[played]++;
    }
  });
  return out;
}

describe('ai:balanced covers its crossing', () => {
  it('the government strikes IS beyond the river by its bridge', () => {
    const runs = SEEDS.map((seed) => strikesByTheBridge(seed));
    expect(runs.filter((r) => r.russia > 0).length).toBeGreaterThanOrEqual(2);
  });

  it('the coalition does not strike beside the government’s bridge as if it were its own', () => {
    // Against greedy no line is agreed, so nothing keeps the coalition to its bank. It has no engineers,
    // and greedy never answers its calls: either keeps it from covering (before rules 7's fix it did, here).
    expect(SEEDS.map((seed) => strikesByTheBridge(seed, 'greedy').coalition)).toEqual(SEEDS.map(() => 0));
  });
});
