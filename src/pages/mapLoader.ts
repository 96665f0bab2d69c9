// Loads the map (Phaser's chunk and the unit symbols, side by side) into the page, and the read-only
// test hooks that answer about it (window.__deconfliction, in dev and test builds only). The game page
// and the replay page both start their map here; each adds the hooks about its own session.
import { TEST_HOOKS, type TestHooks } from './testHooks';
import type { GameScene } from '../scenes/GameScene';
import type { RendererChoice } from '../scenes/startGame';
import type { Controller } from '../presenter/controller';
import { animSetting } from '../presenter/animSetting';
import { mountAnimControls } from '../ui/animControls';
import { showOffMapTags } from '../ui/mapKey';

/** The page's own hooks: everything in TestHooks that is not about the map. */
export type PageHooks = Pick<TestHooks, 'session' | 'controller' | 'hash' | 'view' | 'replay'>;

export async function loadMap(container: HTMLElement, controller: Controller, renderer: RendererChoice, page: PageHooks): Promise<GameScene> {
  // The scene arrives after Phaser's chunk loads; the map hooks answer undefined until then.
  const loaded: { scene?: GameScene } = {};
  // Built only where it is exposed: the production build leaves the whole object out.
  if (TEST_HOOKS) window.__deconfliction = Object.assign({
    get ready() { return loaded.scene?.ready ?? false; },
    screenPositionOf: (id: string) => loaded.scene?.screenPositionOf(id),
    screenPositionOfHex: (h: Parameters<GameScene['screenPositionOfHex']>[0]) => loaded.scene?.screenPositionOfHex(h),
    centreOn: (h: Parameters<GameScene['centreOn']>[0]) => loaded.scene?.centreOn(h),
    renderer: () => loaded.scene?.rendererName(),
    drawnUnitIds: () => loaded.scene?.drawnUnitIds() ?? [],
    animating: () => loaded.scene?.animating() ?? false,
    camera: () => loaded.scene?.cameraInfo(),
    minimapRect: () => loaded.scene?.minimapRect(),
    mapLabels: () => loaded.scene?.mapLabels() ?? [],
    labelBoxes: () => loaded.scene?.labelBoxes() ?? [],
    mineMarkers: () => loaded.scene?.mineMarkers() ?? [],
  }, page);
  const [{ startGame }] = await Promise.all([
    import('../scenes/startGame'),
    import('../scenes/symbolImages').then((m) => m.loadUnitSymbols()),
  ]);
  loaded.scene = startGame(container, controller, renderer).scene;
  mountAnimControls(container, animSetting());
  // Crisis tags with no room on the map are listed in the map key, where the page has one.
  loaded.scene.onOffMapTags((tags) => showOffMapTags(document, tags));
  return loaded.scene;
}
