// Helpers for scripted crisis cases: apply commands and fail loudly, step phases and turns, read
// the incidents and escalation changes out of a run of events.
import { type Camp, type Command, type GameEvent, type GameState, type Incident, type MessageBody, type Scenario, applyCommand } from '../../src/engine';
import type { ApplyResult } from '../../src/engine/types';

export function ok(r: ApplyResult): Extract<ApplyResult, { ok: true }> {
  if (!r.ok) throw new Error(`${r.error.code}${r.error.field ? ` (${r.error.field})` : ''}: ${r.error.message}`);
  return r;
}

/** Applies commands in turn; returns the last state and every event they caused. */
export function play(scenario: Scenario, state: GameState, ...cmds: Command[]): { state: GameState; events: GameEvent[] } {
  let s = state;
  const events: GameEvent[] = [];
  for (const c of cmds) {
    const r = ok(applyCommand(scenario, s, c));
    s = r.state;
    events.push(...r.events);
  }
  return { state: s, events };
}

export const run = (scenario: Scenario, state: GameState, ...cmds: Command[]): GameState => play(scenario, state, ...cmds).state;

export const say = (message: MessageBody): Command => ({ type: 'hotline', message });
export const END: Command = { type: 'end_phase' };

/** Ends phases until it is `camp`'s phase (in this turn or the next). */
export function phaseTo(scenario: Scenario, state: GameState, camp: Camp): GameState {
  let s = state;
  do s = run(scenario, s, END); while (s.phase !== camp);
  return s;
}

/** Ends phases until the turn after this one begins; returns its state and the events on the way. */
export function endTurn(scenario: Scenario, state: GameState): { state: GameState; events: GameEvent[] } {
  let s = state;
  const events: GameEvent[] = [];
  const turn = s.turn;
  while (s.turn === turn && s.status === 'playing') {
    const r = play(scenario, s, END);
    s = r.state;
    events.push(...r.events);
  }
  return { state: s, events };
}

export const points = (s: GameState): number => s.crisis.escalation.points;
export const trust = (s: GameState): number => s.crisis.trust;

export const incidentsIn = (events: readonly GameEvent[]): Incident[] =>
  events.flatMap((e) => (e.type === 'incident' ? [e.incident] : []));

export const escalationChanges = (events: readonly GameEvent[]) =>
  events.flatMap((e) => (e.type === 'escalation_changed' ? [e] : []));

export const eventTypes = (events: readonly GameEvent[]): string[] => events.map((e) => e.type);
