// What the controller, the side panel and the map need from a game: a live GameSession, or a
// ReplaySession that serves recorded states read-only. Keeping it this small lets the same map scene
// draw both.
import type { Command, GameEvent, GameView, Power, Scenario } from '../engine';
import type { SessionResult } from './session';

/** Something that happened away from this page's own call (a networked game): events to show, or an error to say. */
export type RemoteChange = { events: GameEvent[] } | { error: string };

export interface PlaySession {
  readonly scenario: Scenario;
  /** The camp whose eyes the view is seen through (the player's, or the replay's viewpoint). */
  readonly camp: Power;
  readonly seed: string;
  /** False whenever orders cannot be given (always, in a replay). */
  readonly isPlayersPhase: boolean;
  /** The camps human teams play (a live game; two in a hot-seat exercise). */
  readonly humans?: readonly Power[];
  /** Events of the last change, for the map to animate; a new array each change. */
  readonly lastEvents: GameEvent[];
  view(): GameView;
  hash(): string;
  unitName(id: string): string;
  knowsUnit(id: string): boolean;
  start(): GameEvent[];
  apply(command: Command): SessionResult;
  /** Ends the player's phase with the AI's round run in slices between frames (a live game only). */
  endTurnSliced?(): Promise<SessionResult>;
  /** A session whose game runs elsewhere (the class server) tells of changes that arrive by themselves. */
  onRemote?(fn: (change: RemoteChange) => void): void;
}
