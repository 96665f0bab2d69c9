// Whether this build carries the read-only test hooks (window.__deconfliction, __classroom): the dev
// server and `vite build --mode test` (the e2e tests and bench:browser) only. A production build
// leaves them out, code and all: they show hidden units and the dice. By mode, not DEV: DEV follows
// NODE_ENV, which a shell (or a test runner) may have set for a production build.
import type { GameView, Hex } from '../engine/core';
import type { GameSession } from '../presenter/session';
import type { Controller } from '../presenter/controller';
import type { Point } from '../scenes/layout';

export const TEST_HOOKS: boolean = import.meta.env.MODE === 'development' || import.meta.env.MODE === 'test';

/** What the tests read of the replay page (window.__deconfliction.replay). */
export interface ReplayHooks {
  /** hashState of the last verified state: compared with Node's verifyReplay. */
  finalHash: string;
  commands: number;
  position(): number;
  seek(index: number): void;
}

/**
 * Read-only hooks for the end-to-end tests (window.__deconfliction). They expose the session and the
 * player's view, a hash of the true state, whether the scene has drawn, and where things are on
 * screen. Tests change the game only by clicking, as a player would; centreOn moves the camera only.
 */
export interface TestHooks {
  /** The game's session; on the replay page, its ReplaySession (see ReplayHooks). */
  session: GameSession;
  controller: Controller;
  readonly ready: boolean;
  hash(): string;
  view(): GameView;
  screenPositionOf(unitId: string): Point | undefined;
  screenPositionOfHex(h: Hex): Point | undefined;
  centreOn(h: Hex): void;
  renderer(): 'webgl' | 'canvas' | undefined;
  drawnUnitIds(): string[];
  /** True while the map animates events (tests wait for false). */
  animating(): boolean;
  /** True while the map is still drawing the last change (after an AI round, a few tasks; tests wait for false). */
  redrawing(): boolean;
  /** The map camera: the world point at the view's centre, as a hex, and the zoom. */
  camera(): { centre: Hex; zoom: number } | undefined;
  /** The overview map's rectangle in page coordinates, when it is shown. */
  minimapRect(): { x: number; y: number; width: number; height: number } | undefined;
  /** Place and objective names shown on the map at this zoom, with their page rectangles. */
  mapLabels(): { text: string; x: number; y: number; width: number; height: number }[];
  /** Every counter, flag, name, odds badge and crisis tag on the map, with its kind and page rectangle. */
  labelBoxes(): { kind: string; text: string; x: number; y: number; width: number; height: number }[];
  /** Hexes ("q,r") where the map shows a minefield marker. */
  mineMarkers(): string[];
  /** The threat ranges drawn now (key T): hexes shaded (move) and outlined (attack only), by camp. */
  threatsDrawn(): { camp: string; move: number; attack: number }[];
  /** Frames the game has stepped and drawn since the map started: an idle map draws none. */
  frames(): { stepped: number; drawn: number } | undefined;
  /** Only on the replay page. */
  replay?: ReplayHooks;
}

declare global {
  interface Window { __deconfliction?: TestHooks }
}
