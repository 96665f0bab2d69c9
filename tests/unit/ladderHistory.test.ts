// Control's ladder history played forward in pieces (issue 12, item 9): slices of any size and
// commands added later give the same steps as one replay of the whole game; a list changed under it
// (an undo) is played again from the start.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/engine';
import { LadderHistory, ladderHistory } from '../../src/exercise/control';
import { parseReplayText } from '../../src/replay/parse';
import { builtinScenario } from '../../src/scenarios';

const parsed = parseReplayText(readFileSync('tests/golden/direct-clash.json', 'utf8'), builtinScenario);
if (!parsed.ok) throw new Error(parsed.message);
const { scenario, replay } = parsed;
const all = replay.commands;

describe('LadderHistory', () => {
  it('gives the whole game\'s steps when played one command per slice', () => {
    const whole = ladderHistory(scenario, replay.seed, all);
    expect(whole.length).toBeGreaterThan(3);
    const h = new LadderHistory(scenario, replay.seed);
    let slices = 0;
    while (!h.advance(all, () => false)) slices++;
    expect(slices).toBe(all.length - 1);
    expect(h.steps).toEqual(whole);
  });

  it('plays only the commands added since, and starts again when the list was changed', () => {
    const h = new LadderHistory(scenario, replay.seed);
    const half = all.slice(0, 100);
    expect(h.advance(half)).toBe(true);
    expect(h.upToDate(half)).toBe(true);
    const grown = [...half, ...all.slice(100)];
    expect(h.upToDate(grown)).toBe(false);
    expect(h.advance(grown, () => false)).toBe(false); // one command, then it stops
    expect(h.advance(grown)).toBe(true);
    expect(h.steps).toEqual(ladderHistory(scenario, replay.seed, all));
    // An undo: the list is shorter, then other commands follow. Copies are new objects: played again.
    const changed: Command[] = [...all.slice(0, 50), ...all.slice(50, 120).map((c) => ({ ...c }))];
    expect(h.upToDate(changed)).toBe(false);
    expect(h.advance(changed)).toBe(true);
    expect(h.steps).toEqual(ladderHistory(scenario, replay.seed, changed));
  });
});
