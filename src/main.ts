// Entry point: the start menu (or URL parameters), then the session, the side panel and the map.
// URL parameters: ?camp=coalition|russia skips the menu, &seed=abc fixes the dice, &renderer=canvas|webgl
// forces Phaser's renderer (default AUTO). The game autosaves to localStorage at the start of each of
// the player's turns and after each of the player's commands; the start menu offers to continue it.
import './ui/style.css';
import type { GameView, Hex, Power } from './engine';
import { loadSave, makeSave, type LoadResult, type SaveStorage, writeSave } from './game/saves';
import { GameSession } from './game/session';
import { MAIN_SCENARIO_ID, builtinScenario } from './scenarios';
import type { GameScene } from './scenes/GameScene';
import type { Point } from './scenes/layout';
import type { RendererChoice } from './scenes/startGame';
import { Controller } from './ui/controller';
import { HotlinePanel } from './ui/hotline/panel';
import { Hud } from './ui/hud';
import { showResult } from './ui/resultPanel';
import { StrikeWarningDialog } from './ui/strikeWarning';
import { randomSeed, showStartMenu } from './ui/startMenu';

/**
 * Read-only hooks for the end-to-end tests (window.__deconfliction). They expose the session and the
 * player's view, a hash of the true state, whether the scene has drawn, and where things are on
 * screen. Tests change the game only by clicking, as a player would; centreOn moves the camera only.
 */
export interface TestHooks {
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
}

declare global {
  interface Window { __deconfliction?: TestHooks }
}

const POWERS: readonly string[] = ['coalition', 'russia'];

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const renderer = (['canvas', 'webgl'].includes(params.get('renderer') ?? '') ? params.get('renderer') : 'auto') as RendererChoice;
  const campParam = params.get('camp');
  const seedParam = params.get('seed') ?? undefined;
  const scenario = builtinScenario(MAIN_SCENARIO_ID)!;

  const storage = localStore();
  let session: GameSession;
  if (campParam && POWERS.includes(campParam)) {
    session = new GameSession(scenario, campParam as Power, seedParam ?? randomSeed());
  } else {
    const saved: LoadResult = storage ? loadSave(storage, scenario) : { kind: 'none' };
    const choice = await showStartMenu(document.body, { seed: seedParam }, saved);
    session = choice.kind === 'continue' && saved.kind === 'ok'
      ? GameSession.fromSave(scenario, saved.save)
      : new GameSession(scenario, choice.kind === 'new' ? choice.camp : 'coalition', choice.kind === 'new' ? choice.seed : randomSeed());
  }
  const controller = new Controller(session);
  const hudRoot = document.getElementById('hud')!;
  const container = document.getElementById('game-container')!;
  hudRoot.hidden = false;
  const hotline = new HotlinePanel(controller);
  hudRoot.before(hotline.root);
  new Hud(hudRoot, controller, hotline);
  new StrikeWarningDialog(document.body, controller);
  controller.onChange(() => {
    const view = session.view();
    if (view.status === 'over' && view.result) showResult(document.body, scenario, view.result);
  });
  // Autosave whenever the state changed and the player is to move (or the game is over).
  let savedState: unknown;
  controller.onChange(() => {
    const { state, names } = session.snapshot();
    if (!storage || state === savedState || !(session.isPlayersPhase || state.status === 'over')) return;
    savedState = state;
    const written = writeSave(storage, makeSave(scenario.id, session.camp, session.seed, state, names));
    if (!written.ok) console.warn(written.message);
  });
  controller.start();

  // The scene arrives after Phaser's chunk loads; hooks answer undefined until then.
  const loaded: { scene?: GameScene } = {};
  window.__deconfliction = {
    session,
    controller,
    get ready() { return loaded.scene?.ready ?? false; },
    hash: () => session.hash(),
    view: () => session.view(),
    screenPositionOf: (id) => loaded.scene?.screenPositionOf(id),
    screenPositionOfHex: (h) => loaded.scene?.screenPositionOfHex(h),
    centreOn: (h) => loaded.scene?.centreOn(h),
    renderer: () => loaded.scene?.rendererName(),
    drawnUnitIds: () => loaded.scene?.drawnUnitIds() ?? [],
  };
  const { startGame } = await import('./scenes/startGame');
  loaded.scene = startGame(container, controller, renderer).scene;
}

/** localStorage, or undefined where the browser blocks it. */
function localStore(): SaveStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

void main();
