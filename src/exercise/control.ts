// What Control reads and fires, without DOM: the escalation ladder's history (every escalation_changed
// event, found by playing the record again), and the scheduled injects due now.
import { type Command, type GameState, type Power, type Scenario, newGame } from '../engine';
import { foldSteps } from '../match/fold';
import { dueInjects as dueOf, firedSources } from '../match/injects';

export { firedSources };
import type { ExerciseConfig } from './config';

export interface LadderStep { turn: number; from: number; to: number; delta: number; cause: string; by: Power | null; incident: string | null; inject?: string }

/** Every change of escalation so far, in order. */
export function ladderHistory(scenario: Scenario, seed: string, commands: readonly Command[]): LadderStep[] {
  const h = new LadderHistory(scenario, seed);
  h.advance(commands);
  return h.steps;
}

/**
 * The ladder's history kept up to date as commands are added: only new commands are played (a game's
 * whole replay costs too much to repeat on every render), and `more` lets a caller stop between
 * commands and go on later, so the page never waits for a whole game. Commands are compared by
 * identity: a list that no longer starts with the ones played (an undo) is played again from the start.
 */
export class LadderHistory {
  steps: LadderStep[] = [];
  private state: GameState;
  private played: Command[] = [];
  private failed = false;

  constructor(private readonly scenario: Scenario, private readonly seed: string) {
    this.state = newGame(scenario, seed);
  }

  /** Whether every command of `commands` has been played. */
  upToDate(commands: readonly Command[]): boolean {
    return this.startsWithPlayed(commands) && (this.failed || this.played.length === commands.length);
  }

  /** Plays the commands not yet played while `more()` allows (at least one); true when up to date. */
  advance(commands: readonly Command[], more: () => boolean = () => true): boolean {
    if (!this.startsWithPlayed(commands)) {
      this.state = newGame(this.scenario, this.seed);
      this.played = [];
      this.steps = [];
      this.failed = false;
    }
    if (this.failed) return this.upToDate(commands);
    const steps = foldSteps(this.scenario, this.state, commands.slice(this.played.length));
    for (;;) {
      const r = steps.next();
      if (r.done) { this.failed = r.value.refused !== undefined; break; }
      const { before, command, events, state } = r.value;
      for (const e of events) {
        if (e.type === 'escalation_changed') this.steps.push({ turn: before.turn, from: e.from, to: e.to, delta: e.delta, cause: e.cause, by: e.by, incident: e.incident, ...(e.inject === undefined ? {} : { inject: e.inject }) });
      }
      this.state = state;
      this.played.push(command);
      if (!more()) break;
    }
    return this.upToDate(commands);
  }

  private startsWithPlayed(commands: readonly Command[]): boolean {
    if (commands.length < this.played.length) return false;
    for (let i = this.played.length - 1; i >= 0; i--) if (commands[i] !== this.played[i]) return false;
    return true;
  }
}

/** The injects of the exercise that are due now: see the match's dueInjects. */
export function dueInjects(scenario: Scenario, config: ExerciseConfig, state: GameState): string[] {
  return dueOf(scenario, config.injects, state);
}
