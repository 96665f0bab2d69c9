// The match passes on crisis events filtered to each team: a victim that only suspects who
// struck it never learns the author, from the incident, the escalation event or the ladder's "last".
import { describe, expect, it } from 'vitest';
import type { GameEvent, GameState, Incident } from '../../src/engine';
import { GameSession } from '../../src/presenter/session';
import { eventsSeenBy } from '../../src/match/eventFog';
import { builtinScenario } from '../../src/scenarios';

const scenario = builtinScenario('deir-ez-zor-2017')!;

const incident: Incident = {
  id: 'I1', turn: 1, hex: { q: 0, r: 20 }, type: 'misidentified_strike', cause: 'coalition', victim: 'russia',
  knowledge: { coalition: 'caused', russia: 'suspects' }, losses: [], escalation: 8, roll: { value: 5, chance: 25 }, status: 'open',
};
const events: GameEvent[] = [
  { type: 'incident', incident },
  { type: 'escalation_changed', from: 10, to: 18, delta: 8, rungFrom: 0, rungTo: 0, cause: 'misidentified_strike', by: 'coalition', incident: 'I1' },
];

/** A match's session whose true state holds the incident, as the engine would leave it. */
function sessionWith(camp: 'coalition' | 'russia'): GameSession {
  const start = new GameSession(scenario, camp, 'redact').snapshot().state;
  const state: GameState = structuredClone(start);
  state.crisis.incidents.push(structuredClone(incident));
  state.crisis.escalation = { ...state.crisis.escalation, points: 18, last: { turn: 1, delta: 8, cause: 'misidentified_strike', by: 'coalition', incident: 'I1' } };
  return new GameSession(scenario, camp, 'redact', { state });
}

/** What the session's camp may see of `e`: the match's one rule (eventsSeenBy), as every delivery applies it. */
const seenOf = (session: GameSession, e: readonly GameEvent[]): GameEvent[] =>
  eventsSeenBy(session.camp, session.view(), session.view(), session.snapshot().state.crisis.incidents, e);
const seen = (session: GameSession): GameEvent[] => seenOf(session, events);

describe('crisis events in the browser session', () => {
  it('the victim that only suspects sees no author', () => {
    const session = sessionWith('russia');
    const [inc, esc] = seen(session);
    expect(inc).toMatchObject({ type: 'incident', incident: { id: 'I1', cause: null, victim: 'russia' } });
    expect(esc).toMatchObject({ type: 'escalation_changed', by: null, incident: 'I1' });
    expect(session.view().crisis.incidents[0]!.cause).toBeNull();
    expect(session.view().crisis.escalation.last).toMatchObject({ cause: 'misidentified_strike', by: null });
  });

  it('the author sees its own incident in full', () => {
    const session = sessionWith('coalition');
    const [inc, esc] = seen(session);
    expect(inc).toMatchObject({ incident: { cause: 'coalition' } });
    expect(esc).toMatchObject({ by: 'coalition' });
    expect(session.view().crisis.escalation.last?.by).toBe('coalition');
  });
});

describe('a disputed strike in the browser session', () => {
  const strike: GameEvent = {
    type: 'combat', kind: 'air', camp: 'coalition', attacker: null, target: incident.hex, defenders: [],
    attack: 4, defence: 2, odds: '2:1', roll: 5, result: 'DL', attackerLoss: 0, defenderLoss: 1,
  };
  const withStrike = (session: GameSession): GameEvent[] => seenOf(session, [strike, ...events]);

  it('the victim is told of it by the incident alone: no combat event names the striking camp', () => {
    const out = withStrike(sessionWith('russia'));
    expect(out.map((e) => e.type)).toEqual(['incident', 'escalation_changed']);
    expect(JSON.stringify(out)).not.toMatch(/:"coalition"/); // as a value: the knowledge record keys both powers
  });

  it('the striker still sees its own strike', () => {
    expect(withStrike(sessionWith('coalition')).map((e) => e.type)).toEqual(['combat', 'incident', 'escalation_changed']);
  });
});
