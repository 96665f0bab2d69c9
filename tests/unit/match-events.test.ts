// What a seat may see of the events is one rule, used live and in replays alike: the replay viewer,
// from the player's viewpoint, tells exactly the events the player was told live, command by command.
import { describe, expect, it } from 'vitest';
import type { Command, GameEvent, Power } from '../../src/engine';
import { GameSession } from '../../src/presenter/session';
import { ReplaySession } from '../../src/presenter/replaySession';
import { Match } from '../../src/match/match';
import { makePolicies } from '../../src/sim/play';
import { verifyReplay } from '../../src/replay/verify';
import { scenario } from './replayFixtures';

/** Plays `camp` with the balanced AI through the session for `turns` turns; the events told, per span of the log. */
function playLive(camp: Power, seed: string, turns: number): { session: GameSession; told: { from: number; to: number; events: GameEvent[] }[] } {
  const session = new GameSession(scenario, camp, seed);
  const player = makePolicies({ coalition: 'ai:balanced', russia: 'ai:balanced', is: 'ai:balanced' }, seed)[camp];
  const told: { from: number; to: number; events: GameEvent[] }[] = [];
  const logLength = (): number => session.snapshot().commands!.length;
  told.push({ from: 0, to: 0, events: [] });
  const startEvents = session.start();
  told[0] = { from: 0, to: logLength(), events: startEvents };
  while (session.status === 'playing' && session.view().turn <= turns) {
    const command: Command = player.next(scenario, session.view());
    const from = logLength();
    const r = session.apply(command);
    if (!r.ok) { player.refused?.(command); continue; }
    told.push({ from, to: logLength(), events: r.events });
  }
  return { session, told };
}

describe('one rule for what a camp sees of the events', () => {
  for (const camp of ['coalition', 'russia'] as const) {
    it(`the replay from ${camp}'s viewpoint tells what ${camp} was told live`, () => {
      const { session, told } = playLive(camp, `events-${camp}`, 4);
      const replay = session.replay()!;
      const verified = verifyReplay(scenario, replay, { keepStates: true });
      if (!verified.ok) throw new Error(verified.message);
      const viewer = new ReplaySession(scenario, replay, verified.states!);
      expect(viewer.viewpoint).toBe(camp); // a game in progress: the player's side only
      let others = 0;
      for (const span of told) {
        const replayed: GameEvent[] = [];
        for (let i = span.from + 1; i <= span.to; i++) {
          viewer.seek(i);
          if (viewer.lastCommand()!.camp !== camp) others += viewer.eventsHere().filter((e) => e.type === 'unit_moved' || e.type === 'combat').length;
          replayed.push(...viewer.eventsHere());
        }
        expect(replayed, `commands ${span.from + 1}..${span.to}`).toEqual(span.events);
      }
      expect(others).toBeGreaterThan(0); // the other camps' moves and fire the player saw are told, not only public events
    });
  }
});

describe('the match checks the seat', () => {
  const bots = makePolicies({ coalition: 'pass', russia: 'ai:balanced', is: 'ai:balanced' }, 'seats');
  const fresh = (): Match => new Match({ scenario, seed: 'seats', humans: ['coalition'], handovers: false, bots });

  it('refuses a team out of its phase, the AI in a team\'s phase, injects from anyone but Control', () => {
    const m = fresh();
    m.runAi();
    expect(m.current.phase).toBe('coalition');
    expect(m.submit('russia', { type: 'end_phase' })).toMatchObject({ ok: false, error: { code: 'not_your_phase' } });
    expect(m.submit('ai', { type: 'end_phase' })).toMatchObject({ ok: false, error: { message: 'coalition is played by a team, not the AI' } });
    const inject = { type: 'inject', inject: { kind: 'scenario', id: scenario.injects[0]!.id } };
    expect(m.submit('coalition', inject)).toMatchObject({ ok: false, error: { message: 'only Control fires injects' } });
    expect(m.submit('control', { type: 'end_phase' })).toMatchObject({ ok: false, error: { message: 'Control gives only injects and rulings' } });
    const hash = m.hash();
    m.setPaused(true);
    expect(m.submit('coalition', { type: 'end_phase' })).toMatchObject({ ok: false, error: { message: 'the exercise is paused' } });
    expect(m.hash()).toBe(hash);
    m.setPaused(false);
    const ok = m.submit('coalition', { type: 'end_phase' });
    expect(ok.ok).toBe(true);
    expect(m.commands!.at(-1)).toEqual({ type: 'end_phase' });
  });

  it('gives each watcher its own view and events: the team its fog, Control everything', () => {
    const m = fresh();
    m.runAi();
    expect(m.submit('coalition', { type: 'end_phase' }).ok).toBe(true);
    const d = m.runAi(); // Russia's and IS's phases: much the coalition does not see
    expect(d.coalition!.view.viewer).toBe('coalition');
    expect(d.control!.view.viewer).toBe('all');
    expect(d.control!.events.length).toBeGreaterThan(d.coalition!.events.length);
  });

  it('a hot-seat match hands each team phase over once, and the team acts only after taking over', () => {
    const m = new Match({ scenario, seed: 'seats', humans: ['coalition', 'russia'], handovers: true, bots });
    m.runAi();
    const team = m.current.phase as Power;
    expect(m.handoverTo).toBe(team);
    expect(m.submit(team, { type: 'end_phase' })).toMatchObject({ ok: false, error: { message: 'the next team has not taken over yet' } });
    expect(m.takeOver()).toBe(team);
    expect(m.submit(team, { type: 'end_phase' }).ok).toBe(true);
  });
});

describe('Control\'s scheduled injects in the match', () => {
  it('fire once their turn has come, only those switched on, and once', () => {
    const bots = makePolicies({ coalition: 'pass', russia: 'ai:balanced', is: 'ai:balanced' }, 'injects');
    const on = ['strike-16-sep'];
    expect(scenario.injects.find((j) => j.id === on[0])?.turn).toBe(4);
    const m = new Match({ scenario, seed: 'injects', humans: ['coalition'], handovers: false, bots, injects: on });
    const fired: string[] = [];
    const fire = (): void => {
      for (const e of m.fireDueInjects()) if (e.type === 'inject_fired') fired.push(`${m.current.turn}:${e.inject.source}`);
    };
    while (m.current.turn < 6) {
      m.runAi();
      fire();
      fire();
      expect(m.submit('coalition', { type: 'end_phase' }).ok).toBe(true);
    }
    expect(fired).toEqual(['4:strike-16-sep']);
    expect(m.commands!.filter((c) => c.type === 'inject')).toHaveLength(1);
  });
});
