// The replay fold, written once: apply each command in turn from a state (a new game, usually), as
// a replay, a save, the review and Control's ladder all do. A generator, so a caller can check each
// step (checkpoints), stop early, or go on later from where it stopped.
import { type Command, type EngineError, type GameEvent, type GameState, type Scenario, newGame } from '../engine/core';
import { applyCommand } from './rules';

/** One command applied: the state before and after it, and the events it caused. */
export interface FoldStep { index: number; command: Command; before: GameState; state: GameState; events: GameEvent[] }

/** The first command that did not apply, and the state it was refused in. */
export interface FoldRefusal { index: number; command: Command; state: GameState; error: EngineError }

/** The fold's end: the last state, and the refused command if one stopped it. */
export interface FoldEnd { state: GameState; refused?: FoldRefusal }

/** Applies `commands` in order from `start`, yielding each step; stops at the first refused command. */
export function* foldSteps(scenario: Scenario, start: GameState, commands: Iterable<Command>): Generator<FoldStep, FoldEnd, void> {
  let state = start;
  let index = 0;
  for (const command of commands) {
    const result = applyCommand(scenario, state, command);
    if (!result.ok) return { state, refused: { index, command, state, error: result.error } };
    const before = state;
    state = result.state;
    yield { index, command, before, state, events: result.events };
    index++;
  }
  return { state };
}

/** Drains foldSteps, calling `each` for every step (if given). */
export function fold(scenario: Scenario, start: GameState, commands: Iterable<Command>, each?: (step: FoldStep) => void): FoldEnd {
  const steps = foldSteps(scenario, start, commands);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    each?.(r.value);
  }
}

/** A game replayed from its seed: fold from newGame. */
export function replayGame(scenario: Scenario, seed: string, commands: Iterable<Command>, each?: (step: FoldStep) => void): FoldEnd {
  return fold(scenario, newGame(scenario, seed), commands, each);
}
