// What the end-to-end tests read of the map scene (window.__deconfliction): where counters, hexes and
// labels are on the page, the camera, the overview's rectangle, the renderer. Read-only, and loaded
// only by builds that carry the test hooks (src/pages/mapLoader.ts), so the scene carries none of it.
import * as Phaser from 'phaser';
import type { Hex, HexKey } from '../engine/core';
import type { GatedGame } from './frameGate';
import type { GameScene } from './GameScene';
import { screenToWorld, worldToScreen } from './cameraControls';
import type { LabelKind } from './labelLayout';
import type { Point } from './layout';

type Box = { x: number; y: number; width: number; height: number };

export interface SceneProbe {
  /** Client (page) coordinates of a unit's counter centre; undefined when not in view. */
  screenPositionOf(unitId: string): Point | undefined;
  /** Client (page) coordinates of a hex centre. */
  screenPositionOfHex(h: Hex): Point;
  /** Which renderer Phaser chose (AUTO picks WebGL where it can). */
  rendererName(): 'webgl' | 'canvas';
  /** Ids of the units that have a counter in the display list, for fog-of-war tests. */
  drawnUnitIds(): string[];
  /** The hex at the middle of the view, and the zoom. */
  cameraInfo(): { centre: Hex; zoom: number };
  /** The overview's rectangle in page coordinates, when it is shown. */
  minimapRect(): Box | undefined;
  /** Place and objective names shown at this zoom, with their rectangles in page coordinates. */
  mapLabels(): (Box & { text: string })[];
  /** Every counter and label on the map now, with its box in page coordinates. */
  labelBoxes(): (Box & { kind: LabelKind; text: string })[];
  /** Hexes ("q,r") where the map shows a minefield marker. */
  mineMarkers(): HexKey[];
  /** The threat ranges drawn now: hexes shaded (move) and outlined (attack only), by camp. */
  threatsDrawn(): { camp: string; move: number; attack: number }[];
  /** Frames the game has stepped and drawn since it started (frameGate.ts). */
  frames(): { stepped: number; drawn: number };
}

export function sceneProbe(scene: GameScene): SceneProbe {
  const toClient = (wx: number, wy: number): Point => {
    const s = worldToScreen(scene.cameras.main, wx, wy);
    const rect = scene.game.canvas.getBoundingClientRect();
    const k = rect.width / scene.scale.width;
    return { x: rect.left + s.x * k, y: rect.top + s.y * k };
  };
  const clientBox = (x: number, y: number, right: number, bottom: number): Box => {
    const a = toClient(x, y), b = toClient(right, bottom);
    return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
  };
  return {
    screenPositionOf(unitId) {
      const c = scene.units.counters.get(unitId);
      return c ? toClient(c.x, c.y) : undefined;
    },
    screenPositionOfHex(h) {
      const p = scene.layout.hexToPixel(h);
      return toClient(p.x, p.y);
    },
    rendererName: () => (scene.game.config.renderType === Phaser.WEBGL ? 'webgl' : 'canvas'),
    drawnUnitIds: () => scene.units.drawnIds(),
    cameraInfo() {
      const cam = scene.cameras.main;
      return { centre: scene.layout.pixelToHex(screenToWorld(cam, cam.width / 2, cam.height / 2)), zoom: cam.zoom };
    },
    minimapRect() {
      const r = scene.minimap.rect();
      if (!r) return undefined;
      const c = scene.game.canvas.getBoundingClientRect();
      const k = c.width / scene.scale.width;
      return { x: c.left + r.x * k, y: c.top + r.y * k, width: r.width * k, height: r.height * k };
    },
    mapLabels: () => scene.labels.shown().map(({ text, rect }) => ({ text, ...clientBox(rect.x, rect.y, rect.right, rect.bottom) })),
    labelBoxes: () => scene.placer.placed.map((item) => {
      const r = item.bounds();
      return { kind: item.req.kind, text: item.text, ...clientBox(r.x, r.y, r.x + r.width, r.y + r.height) };
    }),
    mineMarkers: () => scene.objectives.mines(),
    threatsDrawn: () => scene.threats.drawn.map((d) => ({ ...d })),
    frames: () => ({ ...(scene.game as GatedGame).frames }),
  };
}
