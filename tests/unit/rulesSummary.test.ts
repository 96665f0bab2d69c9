// The engine's narrow face for the other layers: the numbers players are told (rulesSummary), and the
// rules' own answers the AI and the ladder ask for (misidChance, hiddenStrikeChance, defenceAt),
// checked against the tuning tables they come from (crisisRules.ts, rules.ts; docs/escalation.md).
import { describe, expect, it } from 'vitest';
import { type StrikeRisk, defenceAt, hiddenStrikeChance, misidChance, rulesSummary } from '../../src/engine';
import { CLASH_SCORE, FIREFIGHT, HOTLINE, LOWER, MISID, RAISE, TRUST } from '../../src/engine/crisisRules';
import { TERRAIN_DEFENCE } from '../../src/engine/rules';
import { MAIN_SCENARIO_ID, builtinScenario } from '../../src/scenarios';

const scenario = builtinScenario(MAIN_SCENARIO_ID)!;

describe('rulesSummary', () => {
  it('tells each number as the tables hold it', () => {
    const s = rulesSummary();
    expect([s.raise.contact, s.raise.firefight, s.raise.misidentifiedStrike, s.raise.provocation, s.raise.deliberateAttack, s.raise.greatPowerStep,
      s.raise.lineCrossed, s.raise.agreementBroken, s.raise.warningIgnored, s.raise.publicWarning]).toEqual([
      RAISE.contact, RAISE.firefight, RAISE.misidentified_strike, RAISE.provocation, RAISE.deliberate_attack, RAISE.greatPowerStep,
      RAISE.line_crossed, RAISE.agreement_broken, RAISE.warning_ignored, RAISE.public_warning]);
    expect(s.lower).toEqual({ meeting: LOWER.meeting, acknowledge: LOWER.acknowledge, ruledAccident: LOWER.ruledAccident });
    expect(s.trust).toEqual({ unanswered: TRUST.unanswered, broken: TRUST.broken, ruledAccident: TRUST.ruledAccident, ruledAttributed: TRUST.ruledAttributed });
    expect(s.misidentification).toEqual({ base: MISID.base, unseen: MISID.fog, notice: MISID.notice, shared: MISID.shared });
    expect(s.firefight).toEqual({ base: FIREFIGHT.base, perRung: FIREFIGHT.perRung });
    expect(s.clashScore).toEqual(CLASH_SCORE);
    expect(s.hotline).toEqual({ maxAreaRadius: HOTLINE.maxAreaRadius, maxAgreementTurns: HOTLINE.maxAgreementTurns, warningTurns: HOTLINE.warningTurns });
    expect(s.provocationRung).toBe(2); // Incident (docs/escalation.md)
  });

  it('cannot be changed by a caller', () => {
    const s = rulesSummary() as { raise: { contact: number } };
    expect(() => { s.raise.contact = 0; }).toThrow(TypeError);
    expect(rulesSummary().raise.contact).toBe(RAISE.contact);
  });
});

describe('misidChance and hiddenStrikeChance', () => {
  it('follow the table: base, fog, notice, shared, less trust / divisor, within the bounds', () => {
    const t = 40;
    const plain = MISID.base - Math.floor(t / MISID.trustDivisor);
    expect(misidChance(t)).toBe(plain);
    expect(misidChance(t, { unseen: true })).toBe(plain + MISID.fog);
    expect(misidChance(t, { notified: true })).toBe(plain + MISID.notice);
    expect(misidChance(t, { notified: true, shared: true })).toBe(MISID.min); // below the floor
    expect(misidChance(0, { unseen: true })).toBe(MISID.base + MISID.fog);
  });

  const risk = (near: boolean, chance: number, notified = false): StrikeRisk => ({
    deliberate: false, nearRival: near ? [{ q: 0, r: 0 }] : [], unseen: false, notified, shared: false, chance, provocation: false, holdFire: null, warned: null,
  });

  it('reckon fog on top of what the firer sees, or unseen units alone when it sees none near', () => {
    expect(hiddenStrikeChance(risk(true, 20), 40)).toBe(20 + MISID.fog);
    expect(hiddenStrikeChance(risk(true, MISID.max), 40)).toBe(MISID.max);
    expect(hiddenStrikeChance(risk(false, 0), 40)).toBe(MISID.base + MISID.fog - 4);
    expect(hiddenStrikeChance(risk(false, 0, true), 40)).toBe(MISID.base + MISID.fog + MISID.notice - 4);
  });
});

describe('defenceAt', () => {
  it('multiplies a stack\'s raw defence by its hex\'s terrain, rounding down', () => {
    const hex = (t: string) => scenario.map.hexes.find((h) => scenario.map.terrainAt(h) === t)!;
    expect(defenceAt(scenario, hex('urban'), 7)).toBe(Math.floor((7 * TERRAIN_DEFENCE.urban) / 100));
    expect(defenceAt(scenario, hex('field'), 7)).toBe(Math.floor((7 * TERRAIN_DEFENCE.field) / 100));
    expect(defenceAt(scenario, hex('desert'), 7)).toBe(7);
    expect(defenceAt(scenario, { q: -999, r: -999 }, 7), 'off the map counts as desert').toBe(7);
  });
});
