// The overview map in the canvas's bottom-right corner: the whole map, fogged as the player sees it,
// the units in the player's view as dots and the main camera's view as a rectangle. It is its own
// scene on top of the map, so it neither zooms with the map camera nor draws the map's objects again.
// The map picture is baked into a small texture on state change only; each frame draws that image
// and, when the camera moved, one rectangle. Clicking or dragging on it moves the map camera.
import * as Phaser from 'phaser';
import { type Camp, type GameView, type Scenario, hexKey } from '../engine/core';
import { screenToWorld } from './cameraControls';
import { CAMP_COLOUR, OBJECTIVE_COLOUR, TERRAIN_COLOUR } from '../presenter/colours';
import { HexLayout, type Point } from './layout';
import { hexPath, hexSubpath } from './mapTexture';

/** The overview's longer side: about a third of the canvas's shorter side, within these bounds. */
const MIN_SIDE = 110;
const MAX_SIDE = 220;
const PAD = 10;
const BORDER = 2;

export interface MinimapSource {
  scenario: Scenario;
  /** The map scene's layout and the world size of its map picture. */
  layout: HexLayout;
  worldWidth: number;
  worldHeight: number;
  mainCamera(): Phaser.Cameras.Scene2D.Camera;
  /** The player's camp. */
  camp: Camp;
  /** The canvas size when the map opens (the overview is sized for it). */
  canvasWidth: number;
  canvasHeight: number;
}

function dot(g: Phaser.GameObjects.Graphics, p: Point, shape: 'square' | 'diamond' | 'circle', r: number, colour: number): void {
  g.fillStyle(colour, 1);
  if (shape === 'square') g.fillRect(p.x - r, p.y - r, 2 * r, 2 * r);
  else if (shape === 'circle') g.fillCircle(p.x, p.y, r);
  else g.fillTriangle(p.x - r * 1.3, p.y, p.x, p.y - r * 1.3, p.x + r * 1.3, p.y).fillTriangle(p.x - r * 1.3, p.y, p.x, p.y + r * 1.3, p.x + r * 1.3, p.y);
}

export class MinimapScene extends Phaser.Scene {
  private rt!: Phaser.GameObjects.RenderTexture;
  private terrain!: Phaser.GameObjects.RenderTexture;
  /** The map's layout at the overview's scale, and each map hex's corners in it (fixed). */
  private readonly small: HexLayout;
  private readonly hexCorners: readonly (readonly Point[])[];
  private frame!: Phaser.GameObjects.Graphics;
  private viewBox!: Phaser.GameObjects.Graphics;
  private readonly k: number;
  private readonly w: number;
  private readonly h: number;
  private pending: GameView | null = null;
  private lastCam = '';
  private lastCorner = '';
  private dragging = false;
  shown = true;

  constructor(private readonly src: MinimapSource) {
    super('Minimap');
    const side = Phaser.Math.Clamp(Math.round(Math.min(src.canvasWidth, src.canvasHeight) / 3), MIN_SIDE, MAX_SIDE);
    this.k = Math.min(side / src.worldWidth, side / src.worldHeight);
    this.w = Math.ceil(src.worldWidth * this.k);
    this.h = Math.ceil(src.worldHeight * this.k);
    this.small = new HexLayout(src.layout.size * this.k, { x: src.layout.origin.x * this.k, y: src.layout.origin.y * this.k });
    this.hexCorners = src.scenario.map.hexes.map((h) => this.small.corners(h, -0.3));
  }

  create(): void {
    this.frame = this.add.graphics();
    this.bakeTerrain();
    this.rt = this.add.renderTexture(0, 0, this.w, this.h).setOrigin(0, 0);
    this.viewBox = this.add.graphics();
    this.input.on('pointerdown', (p: Phaser.Input.Pointer) => {
      this.dragging = this.contains(p.x, p.y);
      if (this.dragging) this.moveCamera(p);
    });
    this.input.on('pointermove', (p: Phaser.Input.Pointer) => { if (this.dragging && p.isDown) this.moveCamera(p); });
    this.input.on('pointerup', () => { this.dragging = false; });
    if (this.pending) this.draw(this.pending);
  }

  /** The minimap's top-left corner on the canvas. */
  private corner(): Point {
    return { x: this.scale.width - this.w - PAD, y: this.scale.height - this.h - PAD };
  }

  /** Is the canvas point on the minimap (while it is shown)? */
  contains(sx: number, sy: number): boolean {
    if (!this.shown) return false;
    const c = this.corner();
    return sx >= c.x - BORDER && sx <= c.x + this.w + BORDER && sy >= c.y - BORDER && sy <= c.y + this.h + BORDER;
  }

  /** Canvas rectangle of the minimap, for tests. */
  rect(): { x: number; y: number; width: number; height: number } | undefined {
    if (!this.shown) return undefined;
    const c = this.corner();
    return { x: c.x, y: c.y, width: this.w, height: this.h };
  }

  toggle(): void {
    this.shown = !this.shown;
    for (const o of [this.frame, this.rt, this.viewBox]) o?.setVisible(this.shown);
  }

  /** The terrain, drawn once into a texture that is never shown itself: each draw copies it. */
  private bakeTerrain(): void {
    const { scenario } = this.src;
    const g = this.make.graphics({}, false);
    g.fillStyle(0x1d2a33, 1);
    g.fillRect(0, 0, this.w, this.h);
    for (const [i, h] of scenario.map.hexes.entries()) {
      g.fillStyle(TERRAIN_COLOUR[scenario.map.terrainAt(h)!], 1);
      hexPath(g, this.hexCorners[i]!);
      g.fillPath();
    }
    this.terrain = this.add.renderTexture(0, 0, this.w, this.h).setOrigin(0, 0);
    this.terrain.draw(g).render();
    this.terrain.setVisible(false);
    g.destroy();
  }

  /** Bakes terrain, fog, objectives and the units in view into the texture. */
  draw(view: GameView): void {
    if (!this.rt) {
      this.pending = view;
      return;
    }
    this.pending = null;
    const { scenario } = this.src;
    const small = this.small;
    const seen = new Set(view.visible);
    const g = this.make.graphics({}, false);
    g.fillStyle(0x0b1a24, 0.45);
    g.beginPath();
    for (const [i, h] of scenario.map.hexes.entries()) {
      if (!seen.has(hexKey(h))) hexSubpath(g, this.hexCorners[i]!);
    }
    g.fillPath();
    g.lineStyle(1.5, OBJECTIVE_COLOUR, 1);
    for (const o of scenario.objectives) {
      hexPath(g, small.corners(o.hex));
      g.strokePath();
    }
    // Shape as well as colour tells the camps apart: yours square, IS a diamond, the other power round.
    for (const u of view.units) {
      const p = small.hexToPixel(u.hex);
      const shape = u.camp === this.src.camp ? 'square' : u.camp === 'is' ? 'diamond' : 'circle';
      dot(g, p, shape, 3.4, 0x000000);
      dot(g, p, shape, 2.3, CAMP_COLOUR[u.camp]);
    }
    this.rt.clear();
    this.terrain.setVisible(true);
    this.rt.draw(this.terrain);
    this.terrain.setVisible(false);
    this.rt.draw(g);
    this.rt.render();
    g.destroy();
    this.lastCam = '';
  }

  override update(): void {
    if (!this.shown) return;
    const cam = this.src.mainCamera();
    const c = this.corner();
    const key = `${cam.scrollX},${cam.scrollY},${cam.zoom},${cam.width},${cam.height},${c.x},${c.y}`;
    if (key === this.lastCam) return;
    this.lastCam = key;
    // The frame moves only with the canvas's size, not with the camera: a pan redraws the view box alone.
    const corner = `${c.x},${c.y}`;
    if (corner !== this.lastCorner) {
      this.lastCorner = corner;
      this.rt.setPosition(c.x, c.y);
      this.frame.clear().fillStyle(0x000000, 0.6).fillRect(c.x - BORDER - 2, c.y - BORDER - 2, this.w + 2 * BORDER + 4, this.h + 2 * BORDER + 4)
        .lineStyle(BORDER, 0xffffff, 0.9).strokeRect(c.x - BORDER / 2, c.y - BORDER / 2, this.w + BORDER, this.h + BORDER);
    }
    const a = screenToWorld(cam, 0, 0), b = screenToWorld(cam, cam.width, cam.height);
    const x0 = Phaser.Math.Clamp(a.x * this.k, 0, this.w), y0 = Phaser.Math.Clamp(a.y * this.k, 0, this.h);
    const x1 = Phaser.Math.Clamp(b.x * this.k, 0, this.w), y1 = Phaser.Math.Clamp(b.y * this.k, 0, this.h);
    this.viewBox.clear().lineStyle(3, 0x000000, 0.8).strokeRect(c.x + x0, c.y + y0, x1 - x0, y1 - y0)
      .lineStyle(1.5, 0xffd21f, 1).strokeRect(c.x + x0, c.y + y0, x1 - x0, y1 - y0);
  }

  private moveCamera(p: Phaser.Input.Pointer): void {
    const c = this.corner();
    const wx = Phaser.Math.Clamp(p.x - c.x, 0, this.w) / this.k, wy = Phaser.Math.Clamp(p.y - c.y, 0, this.h) / this.k;
    this.src.mainCamera().centerOn(wx, wy);
  }
}
