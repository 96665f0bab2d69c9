// What Control reads and fires, without DOM: the escalation ladder's history (every escalation_changed
// event, found by playing the record again), and the scheduled injects due now.
import { type Command, type GameState, type Power, type Scenario, applyCommand, newGame } from '../engine';
import type { ExerciseConfig } from './config';

export interface LadderStep { turn: number; from: number; to: number; delta: number; cause: string; by: Power | null; incident: string | null; inject?: string }

/** Every change of escalation so far, in order. */
export function ladderHistory(scenario: Scenario, seed: string, commands: readonly Command[]): LadderStep[] {
  const out: LadderStep[] = [];
  let state = newGame(scenario, seed);
  for (const c of commands) {
    const r = applyCommand(scenario, state, c);
    if (!r.ok) break;
    for (const e of r.events) {
      if (e.type === 'escalation_changed') out.push({ turn: state.turn, from: e.from, to: e.to, delta: e.delta, cause: e.cause, by: e.by, incident: e.incident, ...(e.inject === undefined ? {} : { inject: e.inject }) });
    }
    state = r.state;
  }
  return out;
}

/** Scenario injects fired so far (by scenario id). */
export function firedSources(state: GameState): Set<string> {
  return new Set((state.crisis.injects ?? []).flatMap((j) => (j.source ? [j.source] : [])));
}

/** The injects that are on and meant for this turn or earlier, not yet fired: they fire now, in list order. */
export function dueInjects(scenario: Scenario, config: ExerciseConfig, state: GameState): string[] {
  if (state.status !== 'playing') return [];
  const fired = firedSources(state);
  return scenario.injects.filter((j) => config.injects.includes(j.id) && j.turn <= state.turn && !fired.has(j.id)).map((j) => j.id);
}
