// Runs policies against the engine: one phase, or a whole game. The same code drives the browser's
// opponents, `npm run sim`, the benchmarks and the tests.
import type { Policy } from '../ai/policy';
import { POLICIES } from '../ai/simple';
import { type Camp, type Command, type GameEvent, type GameState, type Scenario, applyCommand, newGame, sharedView } from '../engine';

/** A phase that asks more than this of the engine is cut short: a guard against a looping policy. */
const MAX_COMMANDS_PER_PHASE = 400;

export interface PhaseRecord { state: GameState; commands: Command[]; events: GameEvent[] }

/**
 * Lets `policy` play the current phase, one command per step: the browser runs the steps in slices
 * between frames, everything else drains them at once (playPhase). Returns the phase's record.
 */
export function* phaseSteps(scenario: Scenario, start: GameState, policy: Policy): Generator<void, PhaseRecord, void> {
  const camp = start.phase;
  const turn = start.turn;
  let state = start;
  const commands: Command[] = [];
  const events: GameEvent[] = [];
  for (let i = 0; state.status === 'playing' && state.phase === camp && state.turn === turn; i++) {
    const command: Command = i < MAX_COMMANDS_PER_PHASE ? policy.next(scenario, sharedView(scenario, state, camp)) : { type: 'end_phase' };
    const result = applyCommand(scenario, state, command);
    if (!result.ok) {
      policy.refused?.(command);
      continue;
    }
    state = result.state;
    commands.push(command);
    events.push(...result.events);
    yield;
  }
  return { state, commands, events };
}

/** Lets `policy` play the current phase to its end. */
export function playPhase(scenario: Scenario, start: GameState, policy: Policy): PhaseRecord {
  const steps = phaseSteps(scenario, start, policy);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export type PolicyNames = Record<Camp, string>;

export function makePolicies(names: PolicyNames, seed: string): Record<Camp, Policy> {
  const make = (camp: Camp): Policy => {
    const factory = POLICIES[names[camp]];
    if (!factory) throw new Error(`unknown policy "${names[camp]}"`);
    return factory({ seed, camp });
  };
  return { coalition: make('coalition'), russia: make('russia'), is: make('is') };
}

export interface GameRecord { state: GameState; commands: Command[]; eventCount: number }

/** Plays a whole game by the named policies; `each` sees every phase's record (its commands and events). */
export function playGame(scenario: Scenario, seed: string, names: PolicyNames, each?: (phase: PhaseRecord) => void): GameRecord {
  const policies = makePolicies(names, seed);
  let state = newGame(scenario, seed);
  const commands: Command[] = [];
  let eventCount = 0;
  while (state.status === 'playing') {
    const phase = playPhase(scenario, state, policies[state.phase]);
    state = phase.state;
    commands.push(...phase.commands);
    eventCount += phase.events.length;
    each?.(phase);
  }
  return { state, commands, eventCount };
}
