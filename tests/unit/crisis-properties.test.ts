// The crisis as properties: random games of legal moves mixed with random hotline calls, good and bad.
// Escalation and trust stay in range, every change is announced by an event, the peak never falls,
// a refused call changes nothing, and the same seed and commands give the same transcript and hash.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ESCALATION_MAX, type GameEvent, type GameState, type Scenario, TRUST_MAX, WARNING_CONSEQUENCES, applyCommand, hashState, legalCommands, newGame, rungOf } from '../../src/engine';
import type { ErrorCode } from '../../src/engine/types';
import { buildGame } from './builder';

/** Starting [escalation, trust]: near each end of both scales, so a missing clamp would show. */
const STARTS = [[0, 0], [35, 95], [75, 30], [95, 5]] as const;
const scenarios = new Map<number, Scenario>(STARTS.map(([escalation, trust]) => [escalation, buildGame({
  terrain: ['ddvvrvdd', 'dduvrvdd', 'ddvvivdd', 'ddvvrudd', 'ddhvrvdd', 'ddvvrvdd'],
  roads: [[[0, 0], [1, 0], [2, 0], [3, 0]]],
  units: [
    { id: 'r1', camp: 'russia', type: 'mech', at: [1, 1] }, { id: 'r2', camp: 'russia', type: 'eng', at: [3, 1] },
    { id: 'r3', camp: 'russia', type: 'arty', at: [0, 3] }, { id: 'r4', camp: 'russia', at: [2, 4] },
    { id: 'c1', camp: 'coalition', at: [6, 1] }, { id: 'c2', camp: 'coalition', type: 'arty', at: [7, 3] },
    { id: 'c3', camp: 'coalition', at: [3, 3] }, { id: 'c4', camp: 'coalition', at: [5, 4], greatPower: true },
    { id: 'i1', camp: 'is', at: [2, 2] }, { id: 'i2', camp: 'is', at: [5, 3] }, { id: 'i3', camp: 'is', at: [3, 5], arrives: 2 },
  ],
  objectives: [{ id: 'a', at: [2, 1], owner: 'is' }, { id: 'b', at: [5, 3], owner: 'is' }],
  sorties: 1,
  turns: 5,
  crisis: { escalation, trust, contactDistance: 2, messagesPerTurn: 4 },
}).scenario]));

// ---- Random hotline calls: mostly well formed and often valid, sometimes wrong, sometimes nonsense. ----
const anyScenario = scenarios.get(0)!;
const hex = fc.oneof(
  { arbitrary: fc.constantFrom(...anyScenario.map.hexes), weight: 9 },
  { arbitrary: fc.record({ q: fc.integer({ min: -4, max: 12 }), r: fc.integer({ min: -2, max: 8 }) }), weight: 1 },
);
const small = (lo: number, hi: number, wrongLo: number, wrongHi: number) =>
  fc.oneof({ arbitrary: fc.integer({ min: lo, max: hi }), weight: 9 }, { arbitrary: fc.integer({ min: wrongLo, max: wrongHi }), weight: 1 });
const area = fc.record({ centre: hex, radius: small(0, 3, -1, 5) });
const turns = small(1, 6, 0, 8);
const line = fc.oneof(fc.constant({ kind: 'river' }), fc.record({ kind: fc.constant('hexes'), hexes: fc.array(hex, { maxLength: 4 }) }));
const messageId = fc.integer({ min: 1, max: 8 }).map((n) => `H${n}`);
const wellFormed = fc.oneof(
  fc.record({ kind: fc.constant('notify'), activity: fc.constantFrom('strike', 'operation'), area, turn: small(1, 3, 0, 9) }),
  fc.record({ kind: fc.constant('propose_line'), line }),
  fc.record({ kind: fc.constantFrom('share_positions', 'request_hold_fire', 'request_withdrawal'), area, turns }),
  fc.record({ kind: fc.constant('warn'), area, consequence: fc.constantFrom(...WARNING_CONSEQUENCES), public: fc.boolean() }),
  fc.record({ kind: fc.constant('protest'), incident: fc.integer({ min: 1, max: 5 }).map((n) => `I${n}`) }),
  fc.constant({ kind: 'request_meeting' }),
  fc.record({ kind: fc.constantFrom('accept', 'reject', 'acknowledge', 'deny'), to: messageId }),
  fc.record({ kind: fc.constant('counter'), to: messageId, line }),
);
const body = fc.oneof(
  { arbitrary: wellFormed, weight: 12 },
  { arbitrary: fc.anything(), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constantFrom('notify', 'warn', 'accept', 'toString', 'x'), to: fc.anything(), area: fc.anything() }), weight: 1 },
);

/** An answer to one of the last few messages, whichever it is when the step is played. */
const answer = fc.record({
  kind: fc.constantFrom('accept', 'reject', 'counter', 'acknowledge', 'deny'), back: fc.nat({ max: 2 }),
  line: fc.constant({ kind: 'river' }),
});

type Step = { pick: number } | { end: true } | { hotline: unknown } | { answer: { kind: string; back: number; line: unknown } };
const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.nat().map((pick) => ({ pick })), weight: 4 },
  { arbitrary: fc.constant({ end: true as const }), weight: 1 },
  { arbitrary: body.map((message) => ({ hotline: message })), weight: 3 },
  { arbitrary: answer.map((a) => ({ answer: a })), weight: 2 },
);
const commandFor = (scenario: Scenario, state: GameState, s: Step): unknown => {
  if ('hotline' in s) return { type: 'hotline', message: s.hotline };
  if ('answer' in s) {
    const { kind, back, line: l } = s.answer;
    const to = `H${Math.max(1, state.crisis.messages.length - back)}`;
    return { type: 'hotline', message: kind === 'counter' ? { kind, to, line: l } : { kind, to } };
  }
  if ('end' in s) return { type: 'end_phase' };
  const options = legalCommands(scenario, state);
  return options[s.pick % options.length];
};

const HOTLINE_ERRORS: ErrorCode[] = [
  'malformed_command', 'off_map', 'invalid_message', 'unknown_incident', 'unknown_message', 'bad_reply', 'not_a_power', 'hotline_busy',
];

const sum = (events: readonly GameEvent[], type: 'escalation_changed' | 'trust_changed'): number =>
  events.reduce((n, e) => n + (e.type === type ? e.delta : 0), 0);

function checkCrisis(scenario: Scenario, before: GameState, after: GameState, events: readonly GameEvent[]): void {
  const esc = after.crisis.escalation;
  expect(esc.points).toBeGreaterThanOrEqual(0);
  expect(esc.points).toBeLessThanOrEqual(ESCALATION_MAX);
  expect(after.crisis.trust).toBeGreaterThanOrEqual(0);
  expect(after.crisis.trust).toBeLessThanOrEqual(TRUST_MAX);
  expect(esc.peak).toBeGreaterThanOrEqual(before.crisis.escalation.peak);
  expect(esc.peak).toBeGreaterThanOrEqual(rungOf(esc.points));
  // Every change is announced, with its size.
  expect(sum(events, 'escalation_changed')).toBe(esc.points - before.crisis.escalation.points);
  expect(sum(events, 'trust_changed')).toBe(after.crisis.trust - before.crisis.trust);
  // The top of the ladder and only it ends a game early.
  if (esc.points >= ESCALATION_MAX) expect(after.result?.reason).toBe('direct_clash');
  if (after.result?.reason === 'direct_clash') expect(esc.points).toBe(ESCALATION_MAX);
  // The transcript: ids in order, answers point at real later messages, the allowance is kept.
  const ids = after.crisis.messages.map((m) => m.id);
  expect(ids).toEqual(ids.map((_, i) => `H${i + 1}`));
  for (const m of after.crisis.messages) {
    if (m.answer !== null) expect(ids.indexOf(m.answer)).toBeGreaterThan(ids.indexOf(m.id));
    expect(m.from).not.toBe(m.to);
  }
  for (const p of ['coalition', 'russia'] as const) expect(after.crisis.sentThisTurn[p]).toBeLessThanOrEqual(scenario.data.crisis.messagesPerTurn);
}

interface Outcome { hashes: string[]; final: GameState; accepted: number; refused: number }

function playOut(scenario: Scenario, seed: string, steps: readonly Step[]): Outcome {
  let state = newGame(scenario, seed);
  const hashes = [hashState(state)];
  let accepted = 0;
  let refused = 0;
  for (const s of steps) {
    if (state.status !== 'playing') break;
    const command = commandFor(scenario, state, s);
    const before = hashState(state);
    const r = applyCommand(scenario, state, command);
    if (!r.ok) {
      expect('pick' in s || 'end' in s).toBe(false); // legal commands are accepted
      expect(HOTLINE_ERRORS).toContain(r.error.code);
      expect(hashState(state)).toBe(before);
      refused++;
      continue;
    }
    if ('hotline' in s || 'answer' in s) accepted++;
    checkCrisis(scenario, state, r.state, r.events);
    state = r.state;
    hashes.push(hashState(state));
  }
  return { hashes, final: state, accepted, refused };
}

describe('crisis properties', () => {
  it('ranges, announced changes and a rising peak hold; the same seed and commands replay bit for bit', () => {
    let accepted = 0;
    let refused = 0;
    let clashes = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...STARTS.map(([e]) => e)), fc.string({ minLength: 1, maxLength: 8 }), fc.array(step, { minLength: 10, maxLength: 100, size: 'max' }),
        (escalation, seed, steps) => {
          const scenario = scenarios.get(escalation)!;
          const a = playOut(scenario, seed, steps);
          const b = playOut(scenario, seed, steps);
          expect(b.hashes).toEqual(a.hashes);
          expect(b.final.crisis.messages).toEqual(a.final.crisis.messages);
          expect(b.final.crisis).toEqual(a.final.crisis);
          expect(JSON.parse(JSON.stringify(a.final))).toEqual(a.final);
          accepted += a.accepted;
          refused += a.refused;
          if (a.final.result?.reason === 'direct_clash') clashes++;
        },
      ),
      { numRuns: 50 },
    );
    // The generators reach both sides of the hotline and the top of the ladder.
    expect(accepted).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(20);
    expect(clashes).toBeGreaterThan(0);
  });

  it('a replay from a JSON copy of a saved game, with hotline calls, matches the original', () => {
    const scenario = scenarios.get(35)!;
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), fc.array(step, { minLength: 1, maxLength: 40 }), (first, second) => {
        const half = playOut(scenario, 'save', first).final;
        fc.pre(half.status === 'playing');
        const restored = JSON.parse(JSON.stringify(half)) as GameState;
        const go = (s: GameState) => {
          let st = s;
          for (const x of second) {
            if (st.status !== 'playing') break;
            const r = applyCommand(scenario, st, commandFor(scenario, st, x));
            if (r.ok) st = r.state;
          }
          return st;
        };
        expect(hashState(go(restored))).toBe(hashState(go(half)));
      }),
      { numRuns: 25 },
    );
  });
});
