// The replay file: everything needed to play a game again, bit for bit, without any AI code.
// Documented in docs/replay-format.md.
import type { Command, Doctrine, Power } from '../engine/core';

export const REPLAY_FORMAT = 'deconfliction-replay';
export const REPLAY_VERSION = 1;
/** Files (and decoded links) larger than this are refused before parsing. */
export const MAX_REPLAY_BYTES = 5 * 1024 * 1024;
/** Limits on the facilitator's notes a replay may carry. */
export const NOTES_LIMIT = { count: 200, chars: 2000 } as const;

/** A facilitator's (Control's) note on a turn of a class exercise: plain text. */
export interface TurnNote { turn: number; text: string }

/** Who played a camp. AI entries are for the record only: verification never runs AI code. */
export type Player =
  | { kind: 'human' }
  | { kind: 'ai'; policy: string; doctrine?: Doctrine };

/** The state after `command` commands: taken at the start of each turn and at the end of the game. */
export interface Checkpoint {
  turn: number;
  /** How many commands had been applied when it was taken. */
  command: number;
  hash: string;
  rngDraws: number;
}

export interface Replay {
  format: typeof REPLAY_FORMAT;
  version: typeof REPLAY_VERSION;
  rulesVersion: number;
  scenario: { id: string; hash: string };
  seed: string;
  players: Record<Power | 'is', Player>;
  commands: Command[];
  /** Random numbers drawn by the end of each command: the first command that diverges shows here. */
  draws: number[];
  checkpoints: Checkpoint[];
  /** Control's notes, by turn (exercises only; absent otherwise). Never replayed: for the review. */
  notes?: TurnNote[];
}
