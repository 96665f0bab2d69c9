// A policy chooses the next command for one camp from that camp's view only. Its randomness is its own
// stream, derived from the game seed; its choices are recorded as ordinary commands.
import type { Camp, Command, GameView, Scenario } from '../engine';

export interface Policy {
  readonly name: string;
  next(scenario: Scenario, view: GameView): Command;
  /** Told when the engine refused its last command, so it does not ask again. */
  refused?(command: Command): void;
}

export interface PolicyOptions { seed: string; camp: Camp }
export type PolicyFactory = (options: PolicyOptions) => Policy;
