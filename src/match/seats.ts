// Who may act: a team in its own phase (not paused, not waiting for a handover, not while the AI
// plays), Control with injects at any time, the AI in the phases of the camps no team plays.
import type { Camp, Command, EngineError, GameState, Power } from '../engine';

/** A seat that gives commands: a team (by its power), Control, or the AI. */
export type Seat = Power | 'control' | 'ai';

/** A seat that watches: each team sees its own view, Control all of it. */
export type Watcher = Power | 'control';

export interface SeatSetup {
  /** The powers human teams play; the AI plays the others and IS. */
  humans: readonly Power[];
  /** Hot-seat: one screen, a handover before every team phase. */
  handovers: boolean;
}

export interface SeatContext {
  phase: Camp;
  status: GameState['status'];
  humans: readonly Power[];
  paused: boolean;
  handoverTo: Power | null;
  aiRunning: boolean;
}

const refuse = (message: string): EngineError => ({ code: 'not_your_phase', message });

/** Why `seat` may not give `command` now, or null when it may. */
export function seatProblem(seat: Seat, command: Command, c: SeatContext): EngineError | null {
  if (seat === 'control') return command.type === 'inject' || command.type === 'ruling' ? null : refuse('Control gives only injects and rulings');
  if (command.type === 'inject') return refuse('only Control fires injects');
  if (command.type === 'ruling') return refuse('only Control rules on incidents');
  if (c.status !== 'playing') return null; // the engine says why: the game is over
  if (seat === 'ai') {
    if (c.phase !== 'is' && c.humans.includes(c.phase)) return refuse(`${c.phase} is played by a team, not the AI`);
    return null;
  }
  if (!c.humans.includes(seat)) return refuse(`${seat} is played by the AI`);
  if (c.paused) return refuse('the exercise is paused');
  if (c.aiRunning) return refuse('the AI is playing its phases');
  if (c.phase !== seat) return refuse(`it is not ${seat}'s phase`);
  if (c.handoverTo !== null) return refuse('the next team has not taken over yet');
  return null;
}
