// The event log's words for the crisis: escalation with its cause and rungs, incidents, calls,
// agreements and exposed denials.
import { describe, expect, it } from 'vitest';
import type { GameEvent, HotlineMessage } from '../../src/engine';
import { builtinScenario } from '../../src/scenarios';
import { type EventContext, describeEvent } from '../../src/text/eventText';

const scenario = builtinScenario('deir-ez-zor-2017')!;
const ctx: EventContext = {
  scenario, camp: 'coalition', unitName: (id) => (id === 'ru-1' ? 'Tiger Forces' : id), knowsUnit: (id) => id === 'ru-1',
};
const text = (e: GameEvent) => describeEvent(e, ctx);

describe('crisis events in the log', () => {
  it('escalation: the change, the rung crossed, and the cause by its author', () => {
    expect(text({ type: 'escalation_changed', from: 16, to: 24, delta: 8, rungFrom: 0, rungTo: 1, cause: 'misidentified_strike', by: 'russia', incident: 'I2' }))
      .toBe('Escalation +8 (16 → 24, up to Friction): misidentified strike by Russia (I2).');
    expect(text({ type: 'escalation_changed', from: 21, to: 18, delta: -3, rungFrom: 1, rungTo: 0, cause: 'a quiet turn', by: null, incident: null }))
      .toBe('Escalation −3 (21 → 18, down to Routine): a quiet turn.');
    expect(text({ type: 'escalation_changed', from: 30, to: 27, delta: -3, rungFrom: 1, rungTo: 1, cause: 'russia acknowledged incident I1', by: 'russia', incident: 'I1' }))
      .toBe('Escalation −3 (30 → 27): Russia acknowledged incident I1.');
  });

  it('trust, incidents with losses, and disputed authors', () => {
    expect(text({ type: 'trust_changed', from: 35, to: 30, delta: -5, cause: 'coalition left H2 unanswered' })).toBe('Trust −5 (35 → 30): Coalition left H2 unanswered.');
    const line = text({
      type: 'incident', incident: {
        id: 'I3', turn: 2, hex: { q: 1, r: 20 }, type: 'firefight', cause: null, victim: 'coalition', knowledge: { coalition: 'suspects', russia: 'caused' },
        losses: [{ unit: 'ru-1', camp: 'russia', steps: 1, greatPower: true }, { unit: 'ru-9', camp: 'russia', steps: 2, greatPower: false }],
        escalation: 6, roll: { value: 3, chance: 12 }, status: 'open',
      },
    });
    expect(line).toBe('Incident I3 at Deir ez-Zor: firefight (author disputed: you only suspect who did it) against Coalition. Losses: Tiger Forces 1 step (great-power troops), an unseen Government side unit 2 steps. Roll 3 against 12%.');
  });

  it('calls, unanswered calls, agreements and denials', () => {
    const m: HotlineMessage = {
      id: 'H4', turn: 1, at: '2017-09-09T20:20Z', from: 'russia', to: 'coalition', channel: 'commanders',
      body: { kind: 'propose_line', line: { kind: 'river' } }, status: 'pending', answer: null,
    };
    expect(text({ type: 'message_sent', message: m })).toBe('Hotline H4, Russia to Coalition: PROPOSAL OF DECONFLICTION LINE. Your answer is needed this phase.');
    expect(text({ type: 'message_unanswered', message: 'H4', from: 'russia', to: 'coalition' })).toBe('Coalition left hotline call H4 from Russia unanswered.');
    expect(text({
      type: 'agreement_made', agreement: {
        id: 'A1', kind: 'hold_fire', message: 'H4', by: 'russia', bound: ['coalition'], from: 1, until: 2,
        area: { centre: { q: 1, r: 20 }, radius: 1 }, line: null, activity: null, consequence: null, violations: [],
      },
    })).toBe('Agreement A1: Coalition holds fire within 5 km of Deir ez-Zor (hex 1,20) through turn 2 (12 Sep 2017).');
    expect(text({ type: 'agreement_violated', agreement: 'A1', by: 'coalition', incident: 'I5' })).toBe('Coalition broke agreement A1 (incident I5).');
    expect(text({ type: 'agreement_ended', agreement: 'A1', reason: 'expired' })).toBe('Agreement A1 has expired.');
    expect(text({ type: 'denial_exposed', incident: 'I5', by: 'russia' })).toBe('Russia\'s denial of incident I5 was exposed.');
  });
});
