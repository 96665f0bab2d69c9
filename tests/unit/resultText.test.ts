// The result screen's explanation: the last turn with the points lead, or a direct clash with its
// culprit and both penalties.
import { describe, expect, it } from 'vitest';
import type { VictoryReport } from '../../src/engine';
import { builtinScenario } from '../../src/scenarios';
import { reasonText } from '../../src/ui/resultPanel';

const scenario = builtinScenario('deir-ez-zor-2017')!;
const base: VictoryReport = {
  reason: 'last_turn', winner: 'russia', clashBy: null, score: { coalition: 15, russia: 40 },
  points: { coalition: 15, russia: 40, is: 50 }, objectives: [],
};

describe('result explanation', () => {
  it('after the last turn names the leader and the points', () => {
    expect(reasonText(scenario, base)).toBe('The last turn (20) was played without a direct clash. Russian-backed government side (SAA and Russia) holds more victory points (40 to 15): the score is the victory points held at the end.');
  });

  it('after a direct clash names who set it off and both penalties', () => {
    const text = reasonText(scenario, { ...base, reason: 'direct_clash', winner: 'none', clashBy: 'coalition', score: { coalition: -100, russia: -50 } });
    expect(text).toContain('Coalition set it off and scores −100; Russia scores −50.');
  });

  it('after a clash an inject set off names Control\'s inject, not a team', () => {
    const text = reasonText(scenario, { ...base, reason: 'direct_clash', winner: 'none', clashBy: null, clashInject: 'J3', score: { coalition: -100, russia: -100 } });
    expect(text).toContain('Control (inject J3) set it off, not a team. Both camps lose.');
  });
});
