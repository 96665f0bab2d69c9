// The AI's phase, one command per step: a bot asks for a command on its camp's view, the engine
// applies it. The browser runs the steps in slices between frames; the sim and the CLI drain them.
import { type Command, type GameEvent, type GameState, type GameView, type Scenario, sharedView } from '../engine/core';
import { applyCommand } from './rules';
import type { FoldStep } from './fold';

/** What plays a camp for the AI: the shape of ai/policy's Policy, without importing the AI. */
export interface Bot {
  next(scenario: Scenario, view: GameView): Command;
  /** Told when the engine refused its last command, so it does not ask again. */
  refused?(command: Command): void;
}

/** A phase that asks more than this of the engine is cut short: a guard against a looping bot. */
const MAX_COMMANDS_PER_PHASE = 400;

export interface PhaseRecord { state: GameState; commands: Command[]; events: GameEvent[] }

/** Lets `bot` play the current phase, yielding each command it got applied; returns the phase's record. */
export function* phaseSteps(scenario: Scenario, start: GameState, bot: Bot): Generator<Omit<FoldStep, 'index'>, PhaseRecord, void> {
  const camp = start.phase;
  const turn = start.turn;
  let state = start;
  const commands: Command[] = [];
  const events: GameEvent[] = [];
  for (let i = 0; state.status === 'playing' && state.phase === camp && state.turn === turn; i++) {
    const command: Command = i < MAX_COMMANDS_PER_PHASE ? bot.next(scenario, sharedView(scenario, state, camp)) : { type: 'end_phase' };
    const result = applyCommand(scenario, state, command);
    if (!result.ok) {
      bot.refused?.(command);
      continue;
    }
    const before = state;
    state = result.state;
    commands.push(command);
    events.push(...result.events);
    yield { command, before, state, events: result.events };
  }
  return { state, commands, events };
}
