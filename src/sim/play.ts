// Runs policies against the engine: one phase, or a whole game. The same code drives the browser's
// opponents, `npm run sim`, the benchmarks and the tests.
import type { Policy } from '../ai/policy';
import { POLICIES } from '../ai/simple';
import { type Camp, type Command, type GameState, type Scenario, newGame } from '../engine';
import { type PhaseRecord, phaseSteps } from '../match/aiPhase';

export { type PhaseRecord, phaseSteps };

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
