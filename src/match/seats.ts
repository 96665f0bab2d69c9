// Who may act: a team in its own phase (not paused, not waiting for a handover, not while the AI
// plays), Control with injects and rulings at any time, the AI in the phases of the camps no team plays.
import { type Camp, type Command, type EngineError, type GameState, type Power, type RefusalParams, type RefusalReason, refuse as engineRefuse } from '../engine/core';

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

const refuse = <R extends RefusalReason>(reason: R, params: RefusalParams<R>): EngineError => engineRefuse('not_your_phase', reason, params);

/** Why `seat` may not give `command` now, or null when it may. */
export function seatProblem(seat: Seat, command: Command, c: SeatContext): EngineError | null {
  if (seat === 'control') return command.type === 'inject' || command.type === 'ruling' ? null : refuse('control_only', {});
  if (command.type === 'inject') return refuse('only_control_injects', {});
  if (command.type === 'ruling') return refuse('only_control_rulings', {});
  if (c.status !== 'playing') return null; // the engine says why: the game is over
  if (seat === 'ai') {
    if (c.phase !== 'is' && c.humans.includes(c.phase)) return refuse('team_not_ai', { camp: c.phase });
    return null;
  }
  if (!c.humans.includes(seat)) return refuse('played_by_ai', { camp: seat });
  if (c.paused) return refuse('paused', {});
  if (c.aiRunning) return refuse('ai_playing', {});
  if (c.phase !== seat) return refuse('not_phase', { camp: seat });
  if (c.handoverTo !== null) return refuse('handover', {});
  return null;
}
