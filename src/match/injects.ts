// Control's scheduled injects: those switched on fire by themselves once their turn has come.
import type { GameState, Scenario } from '../engine/core';

/** Scenario injects fired so far (by scenario id). */
export function firedSources(state: GameState): Set<string> {
  return new Set((state.crisis.injects ?? []).flatMap((j) => (j.source ? [j.source] : [])));
}

/** The injects of `on` that are meant for this turn or earlier, not yet fired: they fire now, in the scenario's order. */
export function dueInjects(scenario: Scenario, on: readonly string[], state: GameState): string[] {
  if (state.status !== 'playing') return [];
  const fired = firedSources(state);
  return scenario.injects.filter((j) => on.includes(j.id) && j.turn <= state.turn && !fired.has(j.id)).map((j) => j.id);
}
