// Loads the map (Phaser's chunk and the unit symbols, side by side) into the page, and the read-only
// test hooks that answer about it (window.__deconfliction, in dev and test builds only). The game page
// and the replay page both start their map here; each adds the hooks about its own session.
import { TEST_HOOKS, type TestHooks } from './testHooks';
import type { Hex } from '../engine/core';
import type { GameScene } from '../scenes/GameScene';
import type { SceneProbe } from '../scenes/sceneProbe';
import type { RendererChoice } from '../scenes/startGame';
import type { Controller } from '../presenter/controller';
import { animSetting } from '../presenter/animSetting';
import { mountAnimControls } from '../ui/animControls';
import { showOffMapTags } from '../ui/mapKey';

/** The page's own hooks: everything in TestHooks that is not about the map. */
export type PageHooks = Pick<TestHooks, 'session' | 'controller' | 'hash' | 'view' | 'replay'>;

export async function loadMap(container: HTMLElement, controller: Controller, renderer: RendererChoice, page: PageHooks): Promise<GameScene> {
  // The scene arrives after Phaser's chunk loads; the map hooks answer undefined until then.
  const loaded: { scene?: GameScene; probe?: SceneProbe } = {};
  // Built only where it is exposed: the production build leaves the whole object, and the probe, out.
  if (TEST_HOOKS) window.__deconfliction = Object.assign({
    get ready() { return loaded.scene?.ready ?? false; },
    screenPositionOf: (id: string) => loaded.probe?.screenPositionOf(id),
    screenPositionOfHex: (h: Hex) => loaded.probe?.screenPositionOfHex(h),
    centreOn: (h: Hex) => loaded.scene?.centreOn(h),
    renderer: () => loaded.probe?.rendererName(),
    drawnUnitIds: () => loaded.probe?.drawnUnitIds() ?? [],
    animating: () => loaded.scene?.animating() ?? false,
    redrawing: () => loaded.scene?.redrawing() ?? false,
    camera: () => loaded.probe?.cameraInfo(),
    minimapRect: () => loaded.probe?.minimapRect(),
    mapLabels: () => loaded.probe?.mapLabels() ?? [],
    labelBoxes: () => loaded.probe?.labelBoxes() ?? [],
    mineMarkers: () => loaded.probe?.mineMarkers() ?? [],
    threatsDrawn: () => loaded.probe?.threatsDrawn() ?? [],
    frames: () => loaded.probe?.frames(),
  }, page);
  const [{ startGame }, probeModule] = await Promise.all([
    import('../scenes/startGame'),
    TEST_HOOKS ? import('../scenes/sceneProbe') : undefined,
    import('../scenes/symbolImages').then((m) => m.loadUnitSymbols()),
  ]);
  loaded.scene = startGame(container, controller, renderer).scene;
  loaded.probe = probeModule?.sceneProbe(loaded.scene);
  mountAnimControls(container, animSetting());
  // Crisis tags with no room on the map are listed in the map key, where the page has one.
  loaded.scene.onOffMapTags((tags) => showOffMapTags(document, tags));
  return loaded.scene;
}
