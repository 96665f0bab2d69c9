// A seat's game over the network, without the network: two NetSessions (coalition, government) behind
// their Controllers, talking to a stand-in server that holds a real Match and does what the class
// server does with a command (submit it, run the AI's phases, answer the sender, deliver to every
// seat). Each session must hold exactly its seat's view as the match gives it, tell the controller of
// the events it may see, refuse what it may not send, and recover from a dropped link.
import { afterEach, describe, expect, it } from 'vitest';
import { type Command, type GameView, type Power, legalCommands } from '../../src/engine';
import { Match } from '../../src/match/match';
import type { Ack, SeatAssignment, SeatDelivery } from '../../src/net/protocol';
import { Controller } from '../../src/presenter/controller';
import { BASE_LOCALE, useLocale } from '../../src/i18n/messages';
import { NetSession, type SeatLink } from '../../src/presenter/netSession';
import { makePolicies } from '../../src/sim/play';
import { scenario } from './replayFixtures';

const SEED = 'net-session';
const flush = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/** The server's part: one match, a seat per session; `ackFirst` orders the ack before the delivery or after. */
function stage(opts: { ackFirst?: boolean; hold?: boolean } = {}) {
  const match = new Match({ scenario, seed: SEED, humans: ['coalition', 'russia'], handovers: false, bots: makePolicies({ coalition: 'pass', russia: 'pass', is: 'ai:balanced' }, SEED) });
  match.runAi();
  const sessions = {} as Record<Power, NetSession>;
  const held: (() => void)[] = [];
  const delivery = (seat: Power): SeatDelivery => ({ view: match.view(seat), events: [], logLength: match.commands!.length, paused: match.isPaused, phaseEndsAt: null });
  const linkOf = (seat: Power): SeatLink => ({
    send: (type, raw) => {
      const { seq, command } = raw as { seq: number; command: Command };
      if (type !== 'command') throw new Error(type);
      const answer = (): void => {
        const r = match.submit(seat, command);
        if (!r.ok) return sessions[seat].refused({ ...r.error, seq });
        const round = match.runAi();
        const ack: Ack = { seq, logLength: match.commands!.length };
        if (opts.ackFirst) sessions[seat].acknowledged(ack);
        for (const p of ['coalition', 'russia'] as const) {
          sessions[p].receive({ ...delivery(p), events: [...(r.deliveries[p]?.events ?? []), ...(round[p]?.events ?? [])] });
        }
        if (!opts.ackFirst) sessions[seat].acknowledged(ack);
      };
      // Answered in a later task, as over a network (never inside send).
      if (opts.hold) held.push(answer);
      else setTimeout(answer, 0);
    },
  });
  for (const p of ['coalition', 'russia'] as const) {
    const a: SeatAssignment = { classId: 'c1', title: 'Test class', group: 1, seat: p, scenario: scenario.id, humans: ['coalition', 'russia'], reconnectionToken: 't' };
    sessions[p] = new NetSession(scenario, a, delivery(p));
    sessions[p].attach(linkOf(p));
  }
  const controllers = { coalition: new Controller(sessions.coalition), russia: new Controller(sessions.russia) };
  controllers.coalition.start();
  controllers.russia.start();
  return { match, sessions, controllers, held, linkOf };
}

/** A move for the camp in phase that the engine accepts (the board is the true state; the command is an ordinary one). */
const firstMove = (match: Match): Command => legalCommands(scenario, match.current).find((c) => c.type === 'move')!;
const ids = (v: GameView): string[] => v.units.map((u) => u.id).sort();

describe('NetSession: a seat played over the class server', () => {
  for (const ackFirst of [false, true]) {
    it(`holds each seat's own view, tells the events, and hands the phase over (ack ${ackFirst ? 'before' : 'after'} the delivery)`, async () => {
      const { match, sessions, controllers } = stage({ ackFirst });
      const mover = match.current.phase as Power;
      const other: Power = mover === 'coalition' ? 'russia' : 'coalition';
      expect(sessions[mover].isPlayersPhase).toBe(true);
      expect(sessions[other].isPlayersPhase).toBe(false);
      // Each seat sees its own fog, not the other's: the views differ, and match the match's own.
      expect(ids(sessions[mover].view())).toEqual(ids(match.view(mover)));
      expect(ids(sessions[other].view())).toEqual(ids(match.view(other)));
      expect(ids(sessions[mover].view())).not.toEqual(ids(match.view('control')));

      const logBefore = controllers[mover].log.length;
      const move = firstMove(match);
      controllers[mover].command(move);
      expect(sessions[mover].isPlayersPhase).toBe(false); // on its way
      await flush();
      const moved = sessions[mover].view().units.find((u) => u.id === (move as { unit: string }).unit)!;
      expect(moved.hex).toEqual((move as { to: unknown }).to);
      expect(controllers[mover].log.length).toBeGreaterThan(logBefore);
      expect(sessions[mover].lastEvents.some((e) => e.type === 'unit_moved')).toBe(true);
      expect(sessions[mover].isPlayersPhase).toBe(true); // answered: the next order may go

      controllers[mover].endTurn();
      await flush();
      expect(match.current.phase).not.toBe(mover);
      expect(sessions[mover].isPlayersPhase).toBe(false);
      expect(sessions[other].isPlayersPhase).toBe(match.current.phase === other);
      expect(sessions[other].view()).toEqual(match.view(other));
      expect(sessions[mover].view()).toEqual(match.view(mover));
    });
  }

  it('shows the server\'s refusal as the controller\'s error, and changes nothing', async () => {
    const { match, sessions, controllers } = stage();
    const mover = match.current.phase as Power;
    const unit = sessions[mover].view().units.find((u) => u.camp === mover)!;
    const before = sessions[mover].view();
    controllers[mover].command({ type: 'move', unit: unit.id, to: { q: 999, r: 999 } });
    expect(controllers[mover].message).toBeNull();
    await flush();
    expect(controllers[mover].message?.kind).toBe('error');
    expect(controllers[mover].message?.text).toMatch(/map|reach/i);
    expect(sessions[mover].view()).toBe(before);
    expect(sessions[mover].isPlayersPhase).toBe(true);
  });

  it('refuses out of the seat\'s phase without sending, and one order at a time', () => {
    const { match, sessions, held } = stage({ hold: true });
    const mover = match.current.phase as Power;
    const other: Power = mover === 'coalition' ? 'russia' : 'coalition';
    const wrong = sessions[other].apply({ type: 'end_phase' });
    expect(wrong.ok).toBe(false);
    expect(held).toHaveLength(0);
    expect(sessions[mover].apply(firstMove(match)).ok).toBe(true);
    const second = sessions[mover].apply({ type: 'end_phase' });
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.error.message).toMatch(/on its way/);
    expect(held).toHaveLength(1);
    held.shift()!();
    expect(sessions[mover].apply({ type: 'end_phase' }).ok).toBe(true);
  });

  it('takes no orders while the link is down, and takes them again once it is back', async () => {
    const { match, sessions, linkOf } = stage();
    const mover = match.current.phase as Power;
    sessions[mover].detach();
    expect(sessions[mover].isPlayersPhase).toBe(false);
    const r = sessions[mover].apply(firstMove(match));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/not connected/);
    sessions[mover].attach(linkOf(mover));
    expect(sessions[mover].apply(firstMove(match)).ok).toBe(true);
  });

  it('a paused delivery stops the seat\'s orders', () => {
    const { match, sessions } = stage();
    const mover = match.current.phase as Power;
    match.setPaused(true);
    sessions[mover].receive({ view: match.view(mover), events: [], logLength: match.commands!.length, paused: true, phaseEndsAt: null });
    expect(sessions[mover].isPlayersPhase).toBe(false);
    const r = sessions[mover].apply({ type: 'end_phase' });
    expect(!r.ok && r.error.message).toMatch(/paused/);
  });
});

describe('NetSession: a student Control seat', () => {
  afterEach(() => useLocale(BASE_LOCALE));

  /** A Control seat's session before a stand-in server that submits its commands as Control, as the class server does. */
  function controlSeat() {
    const match = new Match({ scenario, seed: SEED, humans: ['coalition', 'russia'], handovers: false, bots: makePolicies({ coalition: 'pass', russia: 'pass', is: 'ai:balanced' }, SEED) });
    match.runAi();
    const sent: Command[] = [];
    const delivery = (): SeatDelivery => ({ view: match.view('control'), events: [], logLength: match.commands!.length, paused: false, phaseEndsAt: null });
    const a: SeatAssignment = { classId: 'c1', title: 'Test class', group: 1, seat: 'control', scenario: scenario.id, humans: ['coalition', 'russia'], reconnectionToken: 't' };
    const session = new NetSession(scenario, a, delivery());
    session.attach({
      send: (_type, raw) => {
        const { seq, command } = raw as { seq: number; command: Command };
        sent.push(command);
        setTimeout(() => {
          const r = match.submit('control', command);
          if (!r.ok) return session.refused({ code: r.error.code, message: r.error.message, refusal: r.error.refusal, seq });
          session.receive({ ...delivery(), events: r.deliveries.control?.events ?? [] });
          session.acknowledged({ seq, logLength: match.commands!.length });
        }, 0);
      },
    });
    const controller = new Controller(session);
    controller.start();
    return { session, controller, sent };
  }

  it('rules an incident, and a refused ruling is told in the player\'s language', async () => {
    await useLocale('ru');
    const { session, controller, sent } = controlSeat();
    controller.command({ type: 'inject', inject: { kind: 'scenario', id: 'strike-16-sep' } });
    await flush();
    expect(session.view().crisis.incidents.map((i) => i.id)).toEqual(['I1']);
    controller.command({ type: 'ruling', incident: 'I1', finding: 'accident' });
    expect(controller.message).toBeNull(); // sent, not refused on the client
    await flush();
    expect(sent.map((c) => c.type)).toEqual(['inject', 'ruling']);
    expect(session.view().crisis.incidents[0]!.ruling?.finding).toBe('accident');
    // Given twice: the server's refusal, worded in Russian (no English words), names the incident.
    controller.command({ type: 'ruling', incident: 'I1', finding: 'russia' });
    await flush();
    expect(controller.message?.kind).toBe('error');
    expect(controller.message?.text).toContain('I1');
    expect(controller.message?.text).not.toMatch(/[A-Za-z]{3,}/);
    // A team's command is still not Control's to send.
    const r = session.apply({ type: 'end_phase' });
    expect(!r.ok && r.error.message).toMatch(/injects and rulings/);
  });
});
