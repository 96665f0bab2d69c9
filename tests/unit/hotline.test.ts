// The hotline: every kind of message sent with good parameters, and what it puts in force; replies
// and the conversations they close; capacity; calls left unanswered.
import { describe, expect, it } from 'vitest';
import { ANSWERS, type GameState, type HotlineMessage, type MessageBody, applyCommand, hashState, legalCommands, viewFor } from '../../src/engine';
import { HOTLINE, RAISE, TRUST } from '../../src/engine/crisisRules';
import { MESSAGE_KINDS, REPLY_KINDS } from '../../src/engine/messageParse';
import { at } from './builder';
import { AREA, LINE, hotlineGame } from './fixtures';
import { END, endTurn, incidentsIn, ok, phaseTo, play, points, run, say, trust } from './play';

const F = hotlineGame();

describe('the fixture', () => {
  it('is Russia\'s phase with an open incident against Russia, a pending proposal and a notice', () => {
    const s = F.state;
    expect([s.turn, s.phase]).toEqual([1, 'russia']);
    expect(s.crisis.incidents).toEqual([expect.objectContaining({ id: 'I1', type: 'deliberate_attack', cause: 'coalition', victim: 'russia', status: 'open' })]);
    expect(s.crisis.messages.map((m) => [m.id, m.from, m.to, m.body.kind, m.status])).toEqual([
      ['H1', 'coalition', 'russia', 'propose_line', 'pending'],
      ['H2', 'coalition', 'russia', 'notify', 'info'],
    ]);
    expect(s.crisis.sentThisTurn).toEqual({ coalition: 2, russia: 0 });
    expect(s.crisis.agreements.map((a) => [a.id, a.kind])).toEqual([['A1', 'notice']]);
  });
});

/** Sends `body` from the fixture; returns the new message and the state. */
function send(body: MessageBody, state: GameState = F.state) {
  const r = play(F.scenario, state, say(body));
  const sent = r.events.filter((e) => e.type === 'message_sent');
  expect(sent).toHaveLength(1);
  const message = r.state.crisis.messages.at(-1)!;
  expect(sent[0]).toEqual({ type: 'message_sent', message });
  return { ...r, message, added: r.state.crisis.agreements.slice(state.crisis.agreements.length) };
}

describe('opening messages', () => {
  it('notify: an info message on the air channel; a notice agreement for the turn named', () => {
    const r = send({ kind: 'notify', activity: 'strike', area: AREA, turn: 1 });
    expect(r.message).toMatchObject({ id: 'H3', turn: 1, from: 'russia', to: 'coalition', channel: 'air', status: 'info', answer: null });
    expect(r.added).toEqual([{
      id: 'A2', kind: 'notice', message: 'H3', by: 'russia', bound: [], from: 1, until: 1, area: AREA, line: null, activity: 'strike',
      consequence: null, violations: [],
    }]);
    expect([points(r.state), trust(r.state)]).toEqual([points(F.state), trust(F.state)]);
    expect(r.state.crisis.sentThisTurn).toEqual({ coalition: 2, russia: 1 });
  });

  it('notify: an operation for next turn goes on the ground channel and covers that turn only', () => {
    const r = send({ kind: 'notify', activity: 'operation', area: AREA, turn: 2 });
    expect(r.message.channel).toBe('ground');
    expect(r.added[0]).toMatchObject({ kind: 'notice', activity: 'operation', from: 2, until: 2 });
  });

  it('propose_line: pending on the commanders\' channel, nothing in force until accepted', () => {
    const r = send({ kind: 'propose_line', line: { kind: 'river' } });
    expect(r.message).toMatchObject({ channel: 'commanders', status: 'pending', body: { kind: 'propose_line', line: { kind: 'river' } } });
    expect(r.added).toEqual([]);
    expect(trust(r.state)).toBe(trust(F.state));
  });

  it('share_positions: in force at once for the turns given; trust +TRUST.share; the other side sees the units', () => {
    const area = { centre: at(1, 4), radius: 0 };
    expect(viewFor(F.scenario, F.state, 'coalition').units.map((u) => u.id)).not.toContain('r2');
    const r = send({ kind: 'share_positions', area, turns: 2 });
    expect(r.message).toMatchObject({ channel: 'ground', status: 'info' });
    expect(r.added).toEqual([expect.objectContaining({ kind: 'shared_positions', by: 'russia', bound: [], from: 1, until: 2, area })]);
    expect(trust(r.state)).toBe(trust(F.state) + TRUST.share);
    expect(viewFor(F.scenario, r.state, 'coalition').units.map((u) => u.id)).toContain('r2');
    const turn3 = endTurn(F.scenario, endTurn(F.scenario, r.state).state).state;
    expect(viewFor(F.scenario, turn3, 'coalition').units.map((u) => u.id)).not.toContain('r2');
  });

  it('request_hold_fire and request_withdrawal: pending, and an agreement binding the one who accepts', () => {
    for (const [kind, channel, agreement] of [['request_hold_fire', 'air', 'hold_fire'], ['request_withdrawal', 'ground', 'withdrawal']] as const) {
      const r = send({ kind, area: AREA, turns: 2 });
      expect(r.message).toMatchObject({ channel, status: 'pending' });
      expect(r.added).toEqual([]);
      const s = phaseTo(F.scenario, r.state, 'coalition'); // turn 2
      const accepted = send({ kind: 'accept', to: 'H3' }, s);
      // A withdrawal adds a turn's grace to get out before the turns asked for.
      const until = agreement === 'withdrawal' ? 4 : 3;
      expect(accepted.added).toEqual([expect.objectContaining({ kind: agreement, message: 'H3', by: 'russia', bound: ['coalition'], from: 2, until, area: AREA })]);
      expect(trust(accepted.state)).toBe(trust(s) + TRUST.agreement);
    }
  });

  it('warn: a warning binding the other side for HOTLINE.warningTurns turns; public, it is also an incident', () => {
    const quiet = send({ kind: 'warn', area: AREA, consequence: 'suppress_fire', public: false });
    expect(quiet.message).toMatchObject({ channel: 'commanders', status: 'info' });
    expect(quiet.added).toEqual([expect.objectContaining({ kind: 'warning', by: 'russia', bound: ['coalition'], from: 1, until: HOTLINE.warningTurns, consequence: 'suppress_fire' })]);
    expect(incidentsIn(quiet.events)).toEqual([]);
    const loud = send({ kind: 'warn', area: AREA, consequence: 'strike_back', public: true });
    expect(incidentsIn(loud.events)).toEqual([expect.objectContaining({ type: 'public_warning', cause: 'russia', victim: 'coalition' })]);
    expect(points(loud.state)).toBe(points(F.state) + RAISE.public_warning);
  });

  it('protest: pending, and the incident is marked protested', () => {
    const r = send({ kind: 'protest', incident: 'I1' });
    expect(r.message).toMatchObject({ channel: 'commanders', status: 'pending', to: 'coalition' });
    expect(r.state.crisis.incidents[0]!.status).toBe('protested');
    expect(r.added).toEqual([]);
  });

  it('request_meeting: pending; accepted, a meeting for the next turn', () => {
    const r = send({ kind: 'request_meeting' });
    expect(r.message).toMatchObject({ channel: 'commanders', status: 'pending' });
    const s = phaseTo(F.scenario, r.state, 'coalition');
    const accepted = send({ kind: 'accept', to: 'H3' }, s);
    expect(accepted.added).toEqual([expect.objectContaining({ kind: 'meeting', by: 'russia', bound: ['coalition', 'russia'], from: 3, until: 3 })]);
  });

  it('messages are stamped with the game date-time, in sending order', () => {
    const s = run(F.scenario, F.state, say({ kind: 'request_meeting' }), say({ kind: 'propose_line', line: { kind: 'river' } }));
    const stamps = s.crisis.messages.map((m) => m.at);
    for (const t of stamps) expect(t).toMatch(/^2017-09-(09|10)T\d\d:\d\dZ$/);
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });
});

describe('replies', () => {
  it('accept a line: it stands for both until broken or replaced; trust +TRUST.agreement; the proposal is answered', () => {
    const r = send({ kind: 'accept', to: 'H1' });
    expect(r.message).toMatchObject({ id: 'H3', channel: 'commanders', status: 'info', body: { kind: 'accept', to: 'H1' } });
    expect(r.state.crisis.messages[0]).toMatchObject({ status: 'answered', answer: 'H3' });
    expect(r.added).toEqual([expect.objectContaining({ kind: 'line', message: 'H1', by: 'coalition', bound: ['coalition', 'russia'], from: 1, until: null, line: LINE })]);
    expect(trust(r.state)).toBe(trust(F.state) + TRUST.agreement);
  });

  it('reject: trust TRUST.rejected, nothing in force', () => {
    const r = send({ kind: 'reject', to: 'H1' });
    expect(r.state.crisis.messages[0]).toMatchObject({ status: 'answered', answer: 'H3' });
    expect(r.added).toEqual([]);
    expect(trust(r.state)).toBe(trust(F.state) + TRUST.rejected);
  });

  it('counter: answers the proposal with another line, itself pending; accepting it puts the counter\'s line in force', () => {
    const r = send({ kind: 'counter', to: 'H1', line: { kind: 'river' } });
    expect(r.message).toMatchObject({ id: 'H3', status: 'pending', to: 'coalition' });
    expect(r.state.crisis.messages[0]).toMatchObject({ status: 'answered', answer: 'H3' });
    expect(r.added).toEqual([]);
    const s = phaseTo(F.scenario, r.state, 'coalition');
    const accepted = send({ kind: 'accept', to: 'H3' }, s);
    expect(accepted.added).toEqual([expect.objectContaining({ kind: 'line', message: 'H3', by: 'russia', line: { kind: 'river' } })]);
  });

  it('a new line replaces the old one', () => {
    let s = run(F.scenario, F.state, say({ kind: 'accept', to: 'H1' }), say({ kind: 'propose_line', line: { kind: 'river' } }));
    s = phaseTo(F.scenario, s, 'coalition');
    const r = play(F.scenario, s, say({ kind: 'accept', to: 'H4' }));
    expect(r.events).toContainEqual({ type: 'agreement_ended', agreement: 'A2', reason: 'replaced' }); // A1 is the coalition's notice
    const lines = r.state.crisis.agreements.filter((a) => a.kind === 'line' && (a.until === null || a.until >= r.state.turn));
    expect(lines.map((a) => a.id)).toEqual(['A3']);
  });

  it('acknowledge a notice: trust +TRUST.acknowledgeNotice; the notice stays information, now answered', () => {
    const r = send({ kind: 'acknowledge', to: 'H2' });
    expect(r.state.crisis.messages[1]).toMatchObject({ status: 'info', answer: 'H3' });
    expect(r.message.channel).toBe('air');
    expect(trust(r.state)).toBe(trust(F.state) + TRUST.acknowledgeNotice);
  });

  it('every kind that opens a conversation has its answers; replies take none', () => {
    for (const kind of MESSAGE_KINDS) {
      const answers = ANSWERS[kind] ?? [];
      if (REPLY_KINDS.includes(kind) && kind !== 'counter') expect(answers).toEqual([]);
      else expect(answers.length).toBeGreaterThan(0);
      for (const a of answers) expect(REPLY_KINDS).toContain(a);
    }
  });
});

describe('capacity', () => {
  const cap = F.scenario.data.crisis.messagesPerTurn;
  const share = say({ kind: 'share_positions', area: AREA, turns: 1 });

  it(`after messagesPerTurn sends a power is refused with hotline_busy until the next turn`, () => {
    let s = F.state;
    for (let i = 0; i < cap; i++) s = run(F.scenario, s, share);
    expect(s.crisis.sentThisTurn.russia).toBe(cap);
    const busy = applyCommand(F.scenario, s, say({ kind: 'accept', to: 'H1' }));
    expect(busy.ok || busy.error.code).toBe('hotline_busy');
    s = run(F.scenario, s, END, END); // Russia, then IS: the turn ends
    expect([s.turn, s.phase]).toEqual([2, 'coalition']);
    expect(s.crisis.sentThisTurn).toEqual({ coalition: 0, russia: 0 });
    s = phaseTo(F.scenario, s, 'russia');
    expect(applyCommand(F.scenario, s, share).ok).toBe(true);
  });

  it('each power has its own allowance, and replies count against it', () => {
    let s = run(F.scenario, F.state, say({ kind: 'accept', to: 'H1' }), say({ kind: 'acknowledge', to: 'H2' }));
    expect(s.crisis.sentThisTurn).toEqual({ coalition: 2, russia: 2 });
    for (let i = 2; i < cap; i++) s = run(F.scenario, s, share);
    expect(applyCommand(F.scenario, s, share).ok).toBe(false);
  });
});

describe('calls left unanswered', () => {
  it('a pending call still open at the end of its recipient\'s phase goes unanswered: trust TRUST.unanswered, an event', () => {
    const r = play(F.scenario, F.state, END);
    expect(r.state.crisis.messages.map((m: HotlineMessage) => m.status)).toEqual(['unanswered', 'info']);
    expect(r.events).toContainEqual({ type: 'message_unanswered', message: 'H1', from: 'coalition', to: 'russia' });
    expect(r.events.filter((e) => e.type === 'trust_changed')).toEqual([expect.objectContaining({ delta: TRUST.unanswered })]);
    expect(trust(r.state)).toBe(trust(F.state) + TRUST.unanswered);
  });

  it('an answered call costs nothing', () => {
    const s = run(F.scenario, F.state, say({ kind: 'reject', to: 'H1' }));
    const r = play(F.scenario, s, END);
    expect(r.events.filter((e) => e.type === 'message_unanswered')).toEqual([]);
    expect(trust(r.state)).toBe(trust(s));
  });

  it('a call to a power whose phase has passed waits for its next phase', () => {
    let s = run(F.scenario, F.state, say({ kind: 'reject', to: 'H1' }), say({ kind: 'request_meeting' }), END, END);
    expect([s.turn, s.phase]).toEqual([2, 'coalition']);
    expect(s.crisis.messages[3]).toMatchObject({ id: 'H4', status: 'pending', to: 'coalition' });
    const t = trust(s);
    s = run(F.scenario, s, END);
    expect(s.crisis.messages[3]!.status).toBe('unanswered');
    expect(trust(s)).toBe(t + TRUST.unanswered);
  });
});

describe('hotline commands change nothing but the crisis', () => {
  it('units, dice and the turn are untouched by a message', () => {
    const r = ok(applyCommand(F.scenario, F.state, say({ kind: 'accept', to: 'H1' })));
    expect(r.state.units).toEqual(F.state.units);
    expect(r.state.rng).toEqual(F.state.rng);
    expect([r.state.turn, r.state.phase]).toEqual([F.state.turn, F.state.phase]);
    expect(hashState(r.state)).not.toBe(hashState(F.state));
  });
});

describe('loopholes closed', () => {
  it('sharing earns trust once a turn, and only when the area shows real forces', () => {
    const empty = send({ kind: 'share_positions', area: { centre: at(7, 0), radius: 0 }, turns: 1 });
    expect(trust(empty.state)).toBe(trust(F.state));
    const real = send({ kind: 'share_positions', area: { centre: at(1, 4), radius: 0 }, turns: 1 });
    expect(trust(real.state)).toBe(trust(F.state) + TRUST.share);
    const again = send({ kind: 'share_positions', area: { centre: at(1, 4), radius: 0 }, turns: 1 }, real.state);
    expect(trust(again.state)).toBe(trust(real.state));
  });

  it('a protest left unanswered reopens its incident, so it can be protested again', () => {
    const protested = send({ kind: 'protest', incident: 'I1' }).state;
    expect(protested.crisis.incidents[0]!.status).toBe('protested');
    const coalitionPhase = phaseTo(F.scenario, protested, 'coalition');
    const lapsed = run(F.scenario, coalitionPhase, END);
    expect(lapsed.crisis.messages.find((m) => m.body.kind === 'protest')!.status).toBe('unanswered');
    expect(lapsed.crisis.incidents[0]!.status).toBe('open');
    const russia = phaseTo(F.scenario, lapsed, 'russia');
    expect(send({ kind: 'protest', incident: 'I1' }, russia).message.status).toBe('pending');
  });

  it('a meeting cannot be accepted on the last turn, when no turn is left to hold it', () => {
    const G = hotlineGame(2);
    const asked = run(G.scenario, G.state, say({ kind: 'request_meeting' }));
    const lastTurn = phaseTo(G.scenario, asked, 'coalition');
    expect(lastTurn.turn).toBe(2);
    const r = applyCommand(G.scenario, lastTurn, say({ kind: 'accept', to: 'H3' }));
    expect(r.ok ? null : r.error).toMatchObject({ code: 'invalid_message', field: 'message.kind' });
  });

  it('a notice can be acknowledged the turn after it, not later', () => {
    const nextTurn = phaseTo(F.scenario, F.state, 'russia');
    expect(nextTurn.turn).toBe(2);
    expect(send({ kind: 'acknowledge', to: 'H2' }, nextTurn).message.body).toEqual({ kind: 'acknowledge', to: 'H2' });
    const later = phaseTo(F.scenario, nextTurn, 'russia');
    const r = applyCommand(F.scenario, later, say({ kind: 'acknowledge', to: 'H2' }));
    expect(r.ok ? null : r.error).toMatchObject({ code: 'bad_reply', field: 'message.to' });
  });
});

describe('hotline commands in the legal list', () => {
  it('lists every answer to the calls waiting, and a river line only while none stands', () => {
    const list = legalCommands(F.scenario, F.state).filter((c) => c.type === 'hotline').map((c) => (c as { message: MessageBody }).message);
    expect(list).toEqual([
      { kind: 'accept', to: 'H1' }, { kind: 'reject', to: 'H1' }, { kind: 'acknowledge', to: 'H2' },
      { kind: 'propose_line', line: { kind: 'river' } },
    ]);
    const proposed = run(F.scenario, F.state, say({ kind: 'propose_line', line: { kind: 'river' } }));
    const agreed = run(F.scenario, phaseTo(F.scenario, proposed, 'coalition'), say({ kind: 'accept', to: 'H3' }));
    const kinds = legalCommands(F.scenario, agreed).flatMap((c) => (c.type === 'hotline' ? [c.message.kind] : []));
    expect(kinds).not.toContain('propose_line');
  });
});
