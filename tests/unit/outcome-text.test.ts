// The outcome as a player reads it (the replay viewer's "Outcome:"): camp names, never camp ids.
import { describe, expect, it } from 'vitest';
import type { VictoryReport } from '../../src/engine';
import { outcomeText } from '../../src/text/outcome';

const report = (r: Partial<VictoryReport>): VictoryReport => ({
  reason: 'last_turn', winner: 'draw', clashBy: null, score: { coalition: 0, russia: 0 }, points: { coalition: 0, russia: 0, is: 0 }, objectives: [], ...r,
});
const ended = (r: Partial<VictoryReport>) => outcomeText({ turn: 20, result: report(r) });

describe('outcomeText', () => {
  it('names the camps: "Government side wins", never "russia wins"', () => {
    expect(ended({ winner: 'russia' })).toBe('Government side wins');
    expect(ended({ winner: 'coalition' })).toBe('Coalition wins');
    expect(ended({ winner: 'draw' })).toBe('A draw');
    expect(ended({ reason: 'direct_clash', winner: 'none', clashBy: 'russia' })).toBe('Direct clash, set off by Russia: both camps lose');
  });

  it('names Control\'s inject when one set off the clash, and the turn of a game in progress', () => {
    expect(ended({ reason: 'direct_clash', winner: 'none', clashInject: 'J2' })).toBe('Direct clash, set off by Control (inject J2): both camps lose');
    expect(outcomeText({ turn: 7, result: null })).toBe('In progress (turn 7)');
  });
});
