// Every field of every hotline message made wrong in turn, and every reply that cannot be made: each
// is refused with a typed error naming the field, the state's hash is unchanged, and the command
// object the caller passed in is not touched.
import { describe, expect, it } from 'vitest';
import { type GameState, applyCommand, hashState } from '../../src/engine';
import { HOTLINE } from '../../src/engine/crisisRules';
import type { ErrorCode } from '../../src/engine/types';
import { at } from './builder';
import { hotlineGame } from './fixtures';
import { phaseTo, run, say } from './play';

const F = hotlineGame();
const LAST = hotlineGame(1);
const { scenario } = F;
const cap = scenario.data.crisis.messagesPerTurn;
const AREA = { centre: at(3, 2), radius: 1 };
const OFF = { q: 40, r: 40 };
const LINE = { kind: 'hexes', hexes: [at(4, 0), at(4, 1), at(4, 2)] };

/** States the cases start from, each built once on first use. */
const builders = {
  /** Russia's phase, turn 1: H1 (a line proposal) pending to Russia, H2 a notice to Russia, I1 an incident against Russia. */
  F: () => F.state,
  /** The IS phase of turn 1. */
  isPhase: () => phaseTo(scenario, F.state, 'is'),
  /** Russia has sent H3, a line proposal of its own. */
  ownSent: () => run(scenario, F.state, say({ kind: 'propose_line', line: { kind: 'river' } })),
  /** Russia accepted H1 (with H3). */
  accepted: () => run(scenario, F.state, say({ kind: 'accept', to: 'H1' })),
  /** Russia protested I1 (H3). */
  protested: () => run(scenario, F.state, say({ kind: 'protest', incident: 'I1' })),
  /** Russia asked for a meeting (H3), still pending. */
  meetingAsked: () => run(scenario, F.state, say({ kind: 'request_meeting' })),
  /** Russia used every call of the turn. */
  busy: () => {
    let s = F.state;
    for (let i = 0; i < cap; i++) s = run(scenario, s, say({ kind: 'share_positions', area: AREA, turns: 1 }));
    return s;
  },
  /** The coalition's phase of turn 2; Russia left H1 unanswered. */
  coalition2: () => phaseTo(scenario, F.state, 'coalition'),
  /** Russia's phase of turn 2. */
  russia2: () => phaseTo(scenario, F.state, 'russia'),
  /** The coalition's phase of turn 2, after Russia rejected H1 with H3. */
  rejected: () => phaseTo(scenario, run(scenario, F.state, say({ kind: 'reject', to: 'H1' })), 'coalition'),
  /** Russia's phase of the last turn of a one-turn game (played with LAST.scenario). */
  lastTurn: () => LAST.state,
} satisfies Record<string, () => GameState>;
type From = keyof typeof builders;
const cache = new Map<From, GameState>();
const stateOf = (k: From): GameState => {
  if (!cache.has(k)) cache.set(k, builders[k]());
  return cache.get(k)!;
};
const scenarioOf = (k: From) => (k === 'lastTurn' ? LAST.scenario : scenario);

/** A hotline command around a raw message body. */
const m = (message: unknown) => ({ type: 'hotline', message });

type Case = [name: string, from: From, command: unknown, code: ErrorCode, field?: string];

const shape: Case[] = [
  ['command: message missing', 'F', { type: 'hotline' }, 'malformed_command', 'message'],
  ['command: extra field', 'F', { type: 'hotline', message: { kind: 'request_meeting' }, from: 'russia' }, 'malformed_command', 'from'],
  ['message null', 'F', m(null), 'malformed_command', 'message'],
  ['message an array', 'F', m([{ kind: 'request_meeting' }]), 'malformed_command', 'message'],
  ['message a string', 'F', m('request_meeting'), 'malformed_command', 'message'],
  ['kind missing', 'F', m({ to: 'H1' }), 'malformed_command', 'message.kind'],
  ['kind unknown', 'F', m({ kind: 'ultimatum' }), 'malformed_command', 'message.kind'],
  ['kind not a string', 'F', m({ kind: 3 }), 'malformed_command', 'message.kind'],
  ['kind the name of an inherited property', 'F', m({ kind: 'toString' }), 'malformed_command', 'message.kind'],
  ['kind __proto__', 'F', m({ kind: '__proto__' }), 'malformed_command', 'message.kind'],
  ['request_meeting: extra field', 'F', m({ kind: 'request_meeting', area: AREA }), 'malformed_command', 'message.area'],
  // notify
  ['notify: activity missing', 'F', m({ kind: 'notify', area: AREA, turn: 1 }), 'malformed_command', 'message.activity'],
  ['notify: activity unknown', 'F', m({ kind: 'notify', activity: 'bombing', area: AREA, turn: 1 }), 'malformed_command', 'message.activity'],
  ['notify: area missing', 'F', m({ kind: 'notify', activity: 'strike', turn: 1 }), 'malformed_command', 'message.area'],
  ['notify: area an array', 'F', m({ kind: 'notify', activity: 'strike', area: [3, 2, 1], turn: 1 }), 'malformed_command', 'message.area'],
  ['notify: area.centre missing', 'F', m({ kind: 'notify', activity: 'strike', area: { radius: 1 }, turn: 1 }), 'malformed_command', 'message.area.centre'],
  ['notify: area.centre.q fractional', 'F', m({ kind: 'notify', activity: 'strike', area: { centre: { q: 1.5, r: 2 }, radius: 1 }, turn: 1 }), 'malformed_command', 'message.area.centre.q'],
  ['notify: area.centre.r a string', 'F', m({ kind: 'notify', activity: 'strike', area: { centre: { q: 1, r: '2' }, radius: 1 }, turn: 1 }), 'malformed_command', 'message.area.centre.r'],
  ['notify: area.centre.q huge', 'F', m({ kind: 'notify', activity: 'strike', area: { centre: { q: 1e9, r: 2 }, radius: 1 }, turn: 1 }), 'malformed_command', 'message.area.centre.q'],
  ['notify: area.centre has an extra key', 'F', m({ kind: 'notify', activity: 'strike', area: { centre: { q: 1, r: 2, s: -3 }, radius: 1 }, turn: 1 }), 'malformed_command', 'message.area.centre.s'],
  ['notify: area.radius missing', 'F', m({ kind: 'notify', activity: 'strike', area: { centre: at(3, 2) }, turn: 1 }), 'malformed_command', 'message.area.radius'],
  ['notify: area.radius above the maximum', 'F', m({ kind: 'notify', activity: 'strike', area: { centre: at(3, 2), radius: HOTLINE.maxAreaRadius + 1 }, turn: 1 }), 'malformed_command', 'message.area.radius'],
  ['notify: area.radius negative', 'F', m({ kind: 'notify', activity: 'strike', area: { centre: at(3, 2), radius: -1 }, turn: 1 }), 'malformed_command', 'message.area.radius'],
  ['notify: area has an extra key', 'F', m({ kind: 'notify', activity: 'strike', area: { ...AREA, shape: 'circle' }, turn: 1 }), 'malformed_command', 'message.area.shape'],
  ['notify: turn missing', 'F', m({ kind: 'notify', activity: 'strike', area: AREA }), 'malformed_command', 'message.turn'],
  ['notify: turn zero', 'F', m({ kind: 'notify', activity: 'strike', area: AREA, turn: 0 }), 'malformed_command', 'message.turn'],
  ['notify: turn fractional', 'F', m({ kind: 'notify', activity: 'strike', area: AREA, turn: 1.5 }), 'malformed_command', 'message.turn'],
  ['notify: extra field', 'F', m({ kind: 'notify', activity: 'strike', area: AREA, turn: 1, unit: 'r' }), 'malformed_command', 'message.unit'],
  // propose_line
  ['propose_line: line missing', 'F', m({ kind: 'propose_line' }), 'malformed_command', 'message.line'],
  ['propose_line: line a string', 'F', m({ kind: 'propose_line', line: 'river' }), 'malformed_command', 'message.line'],
  ['propose_line: line.kind unknown', 'F', m({ kind: 'propose_line', line: { kind: 'wall' } }), 'malformed_command', 'message.line.kind'],
  ['propose_line: a river line with hexes', 'F', m({ kind: 'propose_line', line: { kind: 'river', hexes: [] } }), 'malformed_command', 'message.line.hexes'],
  ['propose_line: hexes missing', 'F', m({ kind: 'propose_line', line: { kind: 'hexes' } }), 'malformed_command', 'message.line.hexes'],
  ['propose_line: hexes empty', 'F', m({ kind: 'propose_line', line: { kind: 'hexes', hexes: [] } }), 'malformed_command', 'message.line.hexes'],
  ['propose_line: too many hexes', 'F', m({ kind: 'propose_line', line: { kind: 'hexes', hexes: Array.from({ length: HOTLINE.maxLineHexes + 1 }, (_, i) => ({ q: i, r: 0 })) } }), 'malformed_command', 'message.line.hexes'],
  ['propose_line: a hex not an object', 'F', m({ kind: 'propose_line', line: { kind: 'hexes', hexes: [at(4, 0), '4,1'] } }), 'malformed_command', 'message.line.hexes[1]'],
  ['propose_line: a hex coordinate NaN', 'F', m({ kind: 'propose_line', line: { kind: 'hexes', hexes: [at(4, 0), { q: Number.NaN, r: 1 }] } }), 'malformed_command', 'message.line.hexes[1].q'],
  ['propose_line: line has an extra key', 'F', m({ kind: 'propose_line', line: { ...LINE, width: 2 } }), 'malformed_command', 'message.line.width'],
  // share, hold fire, withdrawal
  ['share_positions: turns missing', 'F', m({ kind: 'share_positions', area: AREA }), 'malformed_command', 'message.turns'],
  ['share_positions: turns zero', 'F', m({ kind: 'share_positions', area: AREA, turns: 0 }), 'malformed_command', 'message.turns'],
  ['share_positions: turns above the maximum', 'F', m({ kind: 'share_positions', area: AREA, turns: HOTLINE.maxAgreementTurns + 1 }), 'malformed_command', 'message.turns'],
  ['request_hold_fire: area.radius a string', 'F', m({ kind: 'request_hold_fire', area: { centre: at(3, 2), radius: '1' }, turns: 1 }), 'malformed_command', 'message.area.radius'],
  ['request_hold_fire: area missing', 'F', m({ kind: 'request_hold_fire', turns: 1 }), 'malformed_command', 'message.area'],
  ['request_withdrawal: turns a string', 'F', m({ kind: 'request_withdrawal', area: AREA, turns: '2' }), 'malformed_command', 'message.turns'],
  ['request_withdrawal: area.centre null', 'F', m({ kind: 'request_withdrawal', area: { centre: null, radius: 1 }, turns: 2 }), 'malformed_command', 'message.area.centre'],
  // warn
  ['warn: public missing', 'F', m({ kind: 'warn', area: AREA, consequence: 'strike_back' }), 'malformed_command', 'message.public'],
  ['warn: public a string', 'F', m({ kind: 'warn', area: AREA, consequence: 'strike_back', public: 'yes' }), 'malformed_command', 'message.public'],
  ['warn: consequence unknown', 'F', m({ kind: 'warn', area: AREA, consequence: 'nuke', public: false }), 'malformed_command', 'message.consequence'],
  ['warn: consequence missing', 'F', m({ kind: 'warn', area: AREA, public: false }), 'malformed_command', 'message.consequence'],
  ['warn: area.radius too big', 'F', m({ kind: 'warn', area: { centre: at(3, 2), radius: 99 }, consequence: 'strike_back', public: false }), 'malformed_command', 'message.area.radius'],
  // protest
  ['protest: incident missing', 'F', m({ kind: 'protest' }), 'malformed_command', 'message.incident'],
  ['protest: incident empty', 'F', m({ kind: 'protest', incident: '' }), 'malformed_command', 'message.incident'],
  ['protest: incident id too long', 'F', m({ kind: 'protest', incident: 'I'.repeat(65) }), 'malformed_command', 'message.incident'],
  ['protest: incident a number', 'F', m({ kind: 'protest', incident: 1 }), 'malformed_command', 'message.incident'],
  // replies
  ['accept: to missing', 'F', m({ kind: 'accept' }), 'malformed_command', 'message.to'],
  ['accept: to a number', 'F', m({ kind: 'accept', to: 1 }), 'malformed_command', 'message.to'],
  ['accept: extra field', 'F', m({ kind: 'accept', to: 'H1', line: { kind: 'river' } }), 'malformed_command', 'message.line'],
  ['reject: to empty', 'F', m({ kind: 'reject', to: '' }), 'malformed_command', 'message.to'],
  ['acknowledge: to too long', 'F', m({ kind: 'acknowledge', to: 'H'.repeat(65) }), 'malformed_command', 'message.to'],
  ['deny: to null', 'F', m({ kind: 'deny', to: null }), 'malformed_command', 'message.to'],
  ['counter: line missing', 'F', m({ kind: 'counter', to: 'H1' }), 'malformed_command', 'message.line'],
  ['counter: to missing', 'F', m({ kind: 'counter', line: { kind: 'river' } }), 'malformed_command', 'message.to'],
  ['counter: a hex coordinate fractional', 'F', m({ kind: 'counter', to: 'H1', line: { kind: 'hexes', hexes: [{ q: 1, r: 0.5 }] } }), 'malformed_command', 'message.line.hexes[0].r'],
];

const semantic: Case[] = [
  // places and turns
  ['notify: centre off the map', 'F', m({ kind: 'notify', activity: 'strike', area: { centre: OFF, radius: 1 }, turn: 1 }), 'off_map', 'message.area.centre'],
  ['notify: two turns ahead', 'F', m({ kind: 'notify', activity: 'strike', area: AREA, turn: 3 }), 'invalid_message', 'message.turn'],
  ['notify: a past turn', 'russia2', m({ kind: 'notify', activity: 'strike', area: AREA, turn: 1 }), 'invalid_message', 'message.turn'],
  ['notify: after the last turn', 'lastTurn', m({ kind: 'notify', activity: 'strike', area: AREA, turn: 2 }), 'invalid_message', 'message.turn'],
  ['share_positions: centre off the map', 'F', m({ kind: 'share_positions', area: { centre: OFF, radius: 0 }, turns: 1 }), 'off_map', 'message.area.centre'],
  ['request_hold_fire: centre off the map', 'F', m({ kind: 'request_hold_fire', area: { centre: OFF, radius: 0 }, turns: 1 }), 'off_map', 'message.area.centre'],
  ['request_withdrawal: centre off the map', 'F', m({ kind: 'request_withdrawal', area: { centre: OFF, radius: 0 }, turns: 1 }), 'off_map', 'message.area.centre'],
  ['warn: centre off the map', 'F', m({ kind: 'warn', area: { centre: OFF, radius: 0 }, consequence: 'strike_back', public: true }), 'off_map', 'message.area.centre'],
  ['propose_line: a hex off the map', 'F', m({ kind: 'propose_line', line: { kind: 'hexes', hexes: [at(4, 0), OFF] } }), 'off_map', 'message.line.hexes[1]'],
  ['propose_line: a hex listed twice', 'F', m({ kind: 'propose_line', line: { kind: 'hexes', hexes: [at(4, 0), at(4, 1), at(4, 0)] } }), 'invalid_message', 'message.line.hexes[2]'],
  // incidents
  ['protest: unknown incident', 'F', m({ kind: 'protest', incident: 'I9' }), 'unknown_incident', 'message.incident'],
  ['protest: an incident against the other power', 'coalition2', m({ kind: 'protest', incident: 'I1' }), 'invalid_message', 'message.incident'],
  ['protest: an incident already protested', 'protested', m({ kind: 'protest', incident: 'I1' }), 'invalid_message', 'message.incident'],
  // meetings
  ['request_meeting: one already asked for', 'meetingAsked', m({ kind: 'request_meeting' }), 'invalid_message'],
  ['request_meeting: no turn left', 'lastTurn', m({ kind: 'request_meeting' }), 'invalid_message'],
  // replies
  ['reply to a message that does not exist', 'F', m({ kind: 'accept', to: 'H9' }), 'unknown_message', 'message.to'],
  ['reply to an incident id', 'F', m({ kind: 'acknowledge', to: 'I1' }), 'unknown_message', 'message.to'],
  ['reply to one\'s own message', 'ownSent', m({ kind: 'accept', to: 'H3' }), 'bad_reply', 'message.to'],
  ['reply twice', 'accepted', m({ kind: 'accept', to: 'H1' }), 'bad_reply', 'message.to'],
  ['reject after accepting', 'accepted', m({ kind: 'reject', to: 'H1' }), 'bad_reply', 'message.to'],
  ['reply to a call left unanswered', 'russia2', m({ kind: 'accept', to: 'H1' }), 'bad_reply', 'message.to'],
  ['acknowledge a line proposal', 'F', m({ kind: 'acknowledge', to: 'H1' }), 'bad_reply', 'message.kind'],
  ['deny a line proposal', 'F', m({ kind: 'deny', to: 'H1' }), 'bad_reply', 'message.kind'],
  ['accept a notice', 'F', m({ kind: 'accept', to: 'H2' }), 'bad_reply', 'message.kind'],
  ['counter a notice', 'F', m({ kind: 'counter', to: 'H2', line: { kind: 'river' } }), 'bad_reply', 'message.kind'],
  ['deny a notice', 'F', m({ kind: 'deny', to: 'H2' }), 'bad_reply', 'message.kind'],
  ['answer a reply', 'rejected', m({ kind: 'accept', to: 'H3' }), 'bad_reply', 'message.kind'],
  ['counter with a line off the map', 'F', m({ kind: 'counter', to: 'H1', line: { kind: 'hexes', hexes: [OFF] } }), 'off_map', 'message.line.hexes[0]'],
  ['counter with a hex listed twice', 'F', m({ kind: 'counter', to: 'H1', line: { kind: 'hexes', hexes: [at(4, 0), at(4, 0)] } }), 'invalid_message', 'message.line.hexes[1]'],
  // who and how often
  ['a message in the IS phase', 'isPhase', m({ kind: 'request_meeting' }), 'not_a_power'],
  ['a reply in the IS phase', 'isPhase', m({ kind: 'accept', to: 'H1' }), 'not_a_power'],
  ['a message over the turn\'s allowance', 'busy', m({ kind: 'request_meeting' }), 'hotline_busy'],
  ['a reply over the turn\'s allowance', 'busy', m({ kind: 'accept', to: 'H1' }), 'hotline_busy'],
];

describe('hotline commands are refused with a typed error and no change', () => {
  it.each([...shape, ...semantic])('%s', (_name, from, command, code, field) => {
    const state = stateOf(from);
    const before = hashState(state);
    const input = structuredClone(command);
    const r = applyCommand(scenarioOf(from), state, command);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.field).toBe(field);
    expect(r.error.message.length).toBeGreaterThan(5);
    expect(hashState(state)).toBe(before);
    expect(command).toEqual(input);
  });

  it('the same messages made right are accepted from the same states (the cases above fail for the reason named)', () => {
    const good: [From, unknown][] = [
      ['F', m({ kind: 'notify', activity: 'strike', area: AREA, turn: 1 })],
      ['F', m({ kind: 'notify', activity: 'operation', area: { centre: at(7, 5), radius: HOTLINE.maxAreaRadius }, turn: 2 })],
      ['russia2', m({ kind: 'notify', activity: 'strike', area: AREA, turn: 2 })],
      ['lastTurn', m({ kind: 'notify', activity: 'strike', area: AREA, turn: 1 })],
      ['F', m({ kind: 'propose_line', line: LINE })],
      ['F', m({ kind: 'propose_line', line: { kind: 'river' } })],
      ['F', m({ kind: 'share_positions', area: { centre: at(0, 0), radius: 0 }, turns: HOTLINE.maxAgreementTurns })],
      ['F', m({ kind: 'request_hold_fire', area: AREA, turns: 1 })],
      ['F', m({ kind: 'request_withdrawal', area: AREA, turns: 2 })],
      ['F', m({ kind: 'warn', area: AREA, consequence: 'strike_back', public: true })],
      ['F', m({ kind: 'protest', incident: 'I1' })],
      ['F', m({ kind: 'request_meeting' })],
      ['F', m({ kind: 'accept', to: 'H1' })],
      ['F', m({ kind: 'reject', to: 'H1' })],
      ['F', m({ kind: 'counter', to: 'H1', line: LINE })],
      ['F', m({ kind: 'acknowledge', to: 'H2' })],
      ['ownSent', m({ kind: 'request_meeting' })],
      ['protested', m({ kind: 'accept', to: 'H1' })],
      ['coalition2', m({ kind: 'request_meeting' })],
      ['rejected', m({ kind: 'propose_line', line: LINE })],
    ];
    for (const [from, cmd] of good) expect(applyCommand(scenarioOf(from), stateOf(from), cmd).ok, `${from}: ${JSON.stringify(cmd)}`).toBe(true);
    // One call below the allowance is still accepted.
    let s = F.state;
    for (let i = 0; i < cap - 1; i++) s = run(scenario, s, say({ kind: 'share_positions', area: AREA, turns: 1 }));
    expect(applyCommand(scenario, s, m({ kind: 'request_meeting' })).ok).toBe(true);
  });

  it('a command that inherits a name from Object is refused, not thrown', () => {
    for (const type of ['toString', 'constructor', 'hasOwnProperty', '__proto__']) {
      const r = applyCommand(scenario, F.state, JSON.parse(`{"type":${JSON.stringify(type)}}`));
      expect(r.ok || [r.error.code, r.error.field]).toEqual(['malformed_command', 'type']);
    }
  });

  it('the state keeps no reference to the command: changing the command afterwards changes nothing', () => {
    const cmd = { type: 'hotline', message: { kind: 'propose_line', line: { kind: 'hexes', hexes: [{ ...at(4, 0) }, { ...at(4, 1) }] } } };
    const r = applyCommand(scenario, F.state, cmd);
    if (!r.ok) throw new Error(r.error.message);
    const after = hashState(r.state);
    cmd.message.line.hexes[0]!.q = 99;
    cmd.message.line.hexes.push({ q: 5, r: 5 });
    (cmd.message.line as { kind: string }).kind = 'river';
    expect(hashState(r.state)).toBe(after);
  });

  it('a refused message leaves the serial numbers alone: the next good one takes the next id', () => {
    const bad = applyCommand(scenario, F.state, m({ kind: 'accept', to: 'H9' }));
    expect(bad.ok).toBe(false);
    const good = applyCommand(scenario, F.state, m({ kind: 'request_meeting' }));
    expect(good.ok && good.state.crisis.messages.at(-1)!.id).toBe('H3');
  });

  it('a finished game refuses messages with game_over', () => {
    const over = { ...F.state, status: 'over' as const };
    const r = applyCommand(scenario, over, m({ kind: 'request_meeting' }));
    expect(r.ok || r.error.code).toBe('game_over');
    // A malformed message is reported as malformed even then: the shape is checked first.
    const r2 = applyCommand(scenario, over, m({ kind: 'nonsense' }));
    expect(r2.ok || r2.error.code).toBe('malformed_command');
  });
});
