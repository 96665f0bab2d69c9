// Threat ranges: what the other camps' seen units could do next turn, read from a camp's view only.
import { describe, expect, it } from 'vitest';
import { applyCommand, hexDistance, hexKey, parseHexKey, threatRanges, viewFor } from '../../src/engine';
import { at, buildGame, phaseTo } from './builder';

describe('threat ranges', () => {
  // Coalition infantry (sight 2) at (1,2); IS infantry at (3,2), seen; another IS unit at (7,5), out of sight.
  const game = () => buildGame({
    units: [
      { id: 'sdf', camp: 'coalition', at: [1, 2] },
      { id: 'is-near', camp: 'is', at: [3, 2] },
      { id: 'is-far', camp: 'is', at: [7, 5] },
    ],
    phaseOrder: ['coalition', 'russia', 'is'],
  });

  it('counts only the units the camp sees', () => {
    const { scenario, state } = game();
    const view = viewFor(scenario, state, 'coalition');
    expect(view.units.map((u) => u.id)).not.toContain('is-far');
    const t = threatRanges(scenario, view, 'coalition').is!;
    expect(t.move.has(hexKey(at(3, 2)))).toBe(true);
    // Nothing near the hidden unit: every threatened hex is within its move (4 points, 2 a step) and reach of the seen one.
    for (const k of [...t.move, ...t.attack]) expect(hexDistance(parseHexKey(k), at(3, 2))).toBeLessThanOrEqual(3);
    expect(t.move.has(hexKey(at(7, 5)))).toBe(false);
    // The camp's own units threaten nothing here.
    expect(threatRanges(scenario, view, 'coalition').coalition).toBeUndefined();
  });

  it('every shaded hex is a move the engine accepts in the unit\'s next phase, and reach is one hex beyond', () => {
    const { scenario, state } = game();
    const view = viewFor(scenario, state, 'coalition');
    const t = threatRanges(scenario, view, 'coalition').is!;
    const isPhase = phaseTo(scenario, state, 'is');
    for (const k of t.move) {
      const to = parseHexKey(k);
      if (k === hexKey(at(3, 2))) continue;
      const r = applyCommand(scenario, isPhase, { type: 'move', unit: 'is-near', to });
      expect(r.ok, `move to ${k}`).toBe(true);
    }
    // The coalition unit stands in the IS unit's reach: it could be attacked.
    expect(t.attack.has(hexKey(at(1, 2)))).toBe(true);
    // And hexes the engine refuses are not shaded: two moves' worth away on open ground (4 points, 2 a step).
    for (const k of t.move) expect(hexDistance(parseHexKey(k), at(3, 2))).toBeLessThanOrEqual(2);
  });

  it('a gun threatens its range around every hex it could reach', () => {
    const { scenario, state } = buildGame({
      units: [{ id: 'sdf', camp: 'coalition', at: [1, 1] }, { id: 'gun', camp: 'russia', type: 'arty', at: [2, 2] }],
      phaseOrder: ['coalition', 'russia', 'is'],
    });
    const view = viewFor(scenario, state, 'coalition');
    const t = threatRanges(scenario, view, 'coalition').russia!;
    const far = [...t.attack].map(parseHexKey).map((h) => Math.min(...[...t.move].map((m) => hexDistance(parseHexKey(m), h))));
    expect(Math.max(...far)).toBe(3);
  });
});
