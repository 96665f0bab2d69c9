// The outcome as a player reads it (the replay viewer's "Outcome:"): camp names, never camp ids.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReplayText } from '../../src/replay/parse';
import { verifyReplay } from '../../src/replay/verify';
import { builtinScenario } from '../../src/scenarios';
import { outcomeText } from '../../src/text/outcome';

function finalOf(name: string) {
  const p = parseReplayText(readFileSync(`tests/golden/${name}.json`, 'utf8'), builtinScenario);
  if (!p.ok) throw new Error(p.message);
  const v = verifyReplay(p.scenario, p.replay);
  if (!v.ok) throw new Error(v.message);
  return v.state;
}

describe('outcomeText', () => {
  it('names the camps: "Government side wins", never "russia wins"', () => {
    expect(outcomeText(finalOf('russia-wins'))).toBe('Government side wins');
    expect(outcomeText(finalOf('coalition-wins'))).toBe('Coalition wins');
    expect(outcomeText(finalOf('direct-clash'))).toBe('Direct clash, set off by Russia: both camps lose');
  });

  it('names Control\'s inject when one set off the clash, and the turn of a game in progress', () => {
    const clash = finalOf('direct-clash');
    expect(outcomeText({ ...clash, result: { ...clash.result!, clashBy: null, clashInject: 'J2' } })).toBe('Direct clash, set off by Control (inject J2): both camps lose');
    expect(outcomeText({ turn: 7, result: null })).toBe('In progress (turn 7)');
  });
});
