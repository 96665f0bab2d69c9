// The replay page: a ReplaySession behind the usual controller and map scene (read-only), the viewer
// panel in place of the game's side panel. No autosave is set up: watching a replay never touches
// the saved game.
import type { Hex } from '../../engine';
import { ReplaySession } from '../../game/replaySession';
import type { TestHooks } from '../../main';
import type { GameScene } from '../../scenes/GameScene';
import type { RendererChoice } from '../../scenes/startGame';
import { Controller } from '../controller';
import type { OpenedReplay } from './open';
import { ReplayViewer } from './viewer';
import './replay.css';

/** What the tests read of the replay page (window.__deconfliction.replay). */
export interface ReplayHooks {
  /** hashState of the last verified state: compared with Node's verifyReplay. */
  finalHash: string;
  commands: number;
  position(): number;
  seek(index: number): void;
}

export async function startReplay(opened: OpenedReplay, renderer: RendererChoice): Promise<void> {
  const session = new ReplaySession(opened.scenario, opened.replay, opened.states);
  if (opened.turn !== undefined) session.seek(session.startOfTurn(opened.turn));
  const controller = new Controller(session);
  const hudRoot = document.getElementById('hud')!;
  hudRoot.hidden = false;
  hudRoot.classList.add('replay-panel');
  hudRoot.setAttribute('aria-label', 'Replay panel');
  const viewer = new ReplayViewer(hudRoot, session, controller);
  document.title = `Replay · ${document.title}`;

  const loaded: { scene?: GameScene } = {};
  // Cast: the session is a ReplaySession, and hooks added to the game page later are absent here.
  const hooks = {
    session, controller,
    get ready() { return loaded.scene?.ready ?? false; },
    hash: () => session.hash(),
    view: () => session.view(),
    screenPositionOf: (id: string) => loaded.scene?.screenPositionOf(id),
    screenPositionOfHex: (h: Hex) => loaded.scene?.screenPositionOfHex(h),
    centreOn: (h: Hex) => loaded.scene?.centreOn(h),
    renderer: () => loaded.scene?.rendererName(),
    drawnUnitIds: () => loaded.scene?.drawnUnitIds() ?? [],
    animating: () => loaded.scene?.animating() ?? false,
    camera: () => loaded.scene?.cameraInfo(),
    minimapRect: () => loaded.scene?.minimapRect(),
    mapLabels: () => loaded.scene?.mapLabels() ?? [],
    replay: { finalHash: session.finalHash, commands: session.length, position: () => session.position, seek: (i: number) => viewer.seek(i) },
  } as unknown as TestHooks;
  window.__deconfliction = hooks;
  const container = document.getElementById('game-container')!;
  const [{ startGame }] = await Promise.all([
    import('../../scenes/startGame'),
    import('../../scenes/symbolImages').then((m) => m.loadUnitSymbols()),
  ]);
  loaded.scene = startGame(container, controller, renderer).scene;
}
