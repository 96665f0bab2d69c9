// The live region's words: a few sentences per round, other camps' moves counted, the rest left to
// the log; and escalation lines name where the incident behind them happened.
import { describe, expect, it } from 'vitest';
import { builtinScenario } from '../../src/scenarios';
import { announcement } from '../../src/ui/announce';
import { describeEvent } from '../../src/text/eventText';

describe('announcement', () => {
  it('keeps six sentences, counts moves and points to the log for the rest', () => {
    const lines = Array.from({ length: 9 }, (_, i) => `Line ${i + 1}.`);
    expect(announcement({ lines, moves: 3 })).toBe('Line 1. Line 2. Line 3. Line 4. Line 5. Line 6. 3 units of other camps moved. 3 more in the event log.');
    expect(announcement({ lines: ['Turn 2 begins.'], moves: 1 })).toBe('Turn 2 begins. One unit of another camp moved.');
    expect(announcement({ lines: [], moves: 0 })).toBe('');
  });

  it('escalation names the place of its incident', () => {
    const scenario = builtinScenario('deir-ez-zor-2017')!;
    const text = describeEvent(
      { type: 'escalation_changed', from: 40, to: 43, delta: 3, rungFrom: 2, rungTo: 2, cause: 'provocation', by: 'coalition', incident: 'I4' },
      { scenario, unitName: (id) => id, incidentAt: (id) => (id === 'I4' ? { q: 1, r: 20 } : undefined) },
    );
    expect(text).toMatch(/^Escalation \+3 \(40 → 43\): .+ by Coalition at Deir ez-Zor \(I4\)\.$/);
  });
});
