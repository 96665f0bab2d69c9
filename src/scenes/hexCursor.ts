// The keyboard's hex cursor: where Enter acts, outlined only while the keyboard is in use.
import * as Phaser from 'phaser';
import type { Hex } from '../engine/core';
import { worldToScreen } from './cameraControls';
import type { HexLayout } from './layout';
import { strokeHexRing } from './mapTexture';

/** The cursor keeps this share of the view's width and height clear of the edges. */
const CURSOR_MARGIN = 0.18;

export class HexCursor {
  hex: Hex | null = null;
  shown = false;
  private readonly g: Phaser.GameObjects.Graphics;

  constructor(scene: Phaser.Scene, private readonly layout: HexLayout) {
    this.g = scene.add.graphics().setDepth(6);
  }

  set(h: Hex, shown: boolean): void {
    this.hex = h;
    this.shown = shown;
    const g = this.g.clear();
    if (!shown) return;
    strokeHexRing(g, this.layout.corners(h, 3), 6, 3, 0xffffff);
  }

  /** Scrolls just enough to keep the cursor away from the view's edges. */
  follow(cam: Phaser.Cameras.Scene2D.Camera): void {
    if (!this.hex) return;
    const p = this.layout.hexToPixel(this.hex);
    const s = worldToScreen(cam, p.x, p.y);
    const mx = cam.width * CURSOR_MARGIN, my = cam.height * CURSOR_MARGIN;
    if (s.x < mx) cam.scrollX -= (mx - s.x) / cam.zoom;
    else if (s.x > cam.width - mx) cam.scrollX += (s.x - (cam.width - mx)) / cam.zoom;
    if (s.y < my) cam.scrollY -= (my - s.y) / cam.zoom;
    else if (s.y > cam.height - my) cam.scrollY += (s.y - (cam.height - my)) / cam.zoom;
  }
}
