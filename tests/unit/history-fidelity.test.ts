// The main scenario against the record (docs/history.md, "Corrections and additions"; the fixes are
// in docs/history-corrections.md). Dates are the record's, turned into turns by the scenario's calendar.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newGame } from '../../src/engine';
import { playerOf, replayFromCommands } from '../../src/replay/fromCommands';
import { buildReview } from '../../src/review/build';
import { turnOfDate } from '../../src/review/history';
import { MAIN_SCENARIO_ID, builtinScenario } from '../../src/scenarios';

const scenario = builtinScenario(MAIN_SCENARIO_ID)!;
const data = scenario.data;
/** The review of a short game: its history lines do not depend on how the game went. */
function playRecordReview() {
  const hold = playerOf('hold');
  return buildReview(scenario, replayFromCommands(scenario, 'quotes', { coalition: hold, russia: hold, is: hold }, [{ type: 'end_phase' }]));
}
const placeHex = (name: string): string => scenario.map.data.places.find((p) => p.name === name)!.hex.join(',');

describe('the main scenario against the record', () => {
  it('has no inject from outside the campaign: not Khasham (Feb 2018), not the unanswered call (Sep 2016)', () => {
    const last = turnOfDate(scenario, '2017-10-17');
    for (const j of scenario.injects) {
      expect(j.turn, j.id).toBeLessThanOrEqual(last);
      expect(j.history, j.id).not.toMatch(/2016|2018|composite/);
      expect(['irregular_assault', 'unanswered_call'], j.id).not.toContain(j.effect.kind);
    }
  });

  it('cuts the Sukhnah road on the turn of 28 Sep 2017, with Asapov\'s death in its history', () => {
    const cut = scenario.injects.find((j) => j.id === 'is-sukhnah-road-28-sep')!;
    expect(cut.turn).toBe(turnOfDate(scenario, '2017-09-28'));
    const road = scenario.map.data.roads.find((r) => r.name.startsWith('Sukhnah road'))!;
    const effect = cut.effect;
    if (effect.kind !== 'is_counterattack') throw new Error(`${cut.id} is a ${effect.kind}`);
    expect(road.hexes.some(([q, r]) => q === effect.target.q && r === effect.target.r)).toBe(true);
    expect(cut.history).toContain('Asapov');
  });

  it('brings no Marine artillery before 21 Oct 2017: 1/10 Marines fired for Raqqa until about 20 Oct (CJTF-OIR)', () => {
    const marines = data.units.filter((u) => /Marine/i.test(u.name) || u.type === 'us_arty');
    for (const u of marines) expect(u.arrives ?? 1, u.id).toBeGreaterThanOrEqual(turnOfDate(scenario, '2017-10-21'));
  });

  it('leaves al-Suwar and Markadah to IS at the start: no coalition unit there before al-Suwar fell (~29 Sep)', () => {
    const towns = new Set([placeHex('Al-Suwar'), placeHex('Markadah')]);
    const fell = turnOfDate(scenario, '2017-09-29');
    for (const u of data.units) {
      if (u.camp === 'coalition' && towns.has(u.hex.join(','))) expect(u.arrives ?? 1, u.id).toBeGreaterThanOrEqual(fell);
    }
    const state = newGame(scenario, '1');
    for (const town of towns) expect(state.units.filter((u) => `${u.hex.q},${u.hex.r}` === town).map((u) => u.camp)).toContain('is');
  });

  it('puts the 16 Sep strike and the 21 Sep warning next to the industrial zone, on their turns', () => {
    const zone = scenario.objectives.find((o) => o.id === 'industrial-zone')!.hex;
    const strike = scenario.injects.find((j) => j.id === 'strike-16-sep')!;
    const warning = scenario.injects.find((j) => j.id === 'public-warning-21-sep')!;
    expect(strike.turn).toBe(turnOfDate(scenario, '2017-09-16'));
    expect(warning.turn).toBe(turnOfDate(scenario, '2017-09-21'));
    const d = (h: { q: number; r: number }): number => Math.max(Math.abs(h.q - zone.q), Math.abs(h.r - zone.r), Math.abs(h.q + h.r - zone.q - zone.r));
    expect(strike.effect.kind === 'unattributed_strike' && d(strike.effect.hex)).toBe(1);
    expect(warning.effect.kind === 'public_warning' && d(warning.effect.area.centre)).toBe(1);
  });
});

describe('the review quotes the record exactly', () => {
  // Every quotation in the review's history lines must stand word for word in docs/history.md.
  const notes = readFileSync(new URL('../../docs/history.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
  const game = playRecordReview();

  it('has the source report\'s quotes: Abu Khawla, Col. Dillon, Mattis, Konashenkov', () => {
    const text = game.history.map((h) => h.history).join(' ');
    const quotes = [...text.matchAll(/"([^"]+)"/g)].map((m) => m[1]!.replace(/[.,]$/, ''));
    for (const q of ['We didn\'t fire a single bullet toward the regime', 'We are far from them, Daesh is between us', 'shared maps, graphics and information', 'we\'ll sort this out', 'immediately suppressed']) {
      expect(quotes).toContain(q);
    }
    for (const q of quotes) expect(notes, q).toContain(q);
  });
});
