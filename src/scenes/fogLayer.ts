// The terrain with the fog of war baked in: one full-screen draw a frame, not two.
import * as Phaser from 'phaser';
import { type GameView, type Scenario, hexKey } from '../engine/core';
import type { HexLayout } from './layout';
import { OBJECTIVE_COLOUR } from '../presenter/colours';
import { drawStaticMap, hexPath, hexSubpath } from './mapTexture';

export class FogLayer {
  /** The terrain, drawn once: shown itself only when nothing is in fog; otherwise `map` shows it with the fog baked in. */
  private readonly terrain: Phaser.GameObjects.RenderTexture;
  /** Terrain plus fog in one texture, redrawn when the view's sight changes. */
  private readonly map: Phaser.GameObjects.RenderTexture;
  private key = '';

  /** The objectives' outlines, the same all game: baked over the fog, not stroked again in every frame. */
  private readonly outlines: Phaser.GameObjects.Graphics;
  /**
   * Canvas renderer only: what is shown instead of `terrain` and `map`, a copy of the one in use on an
   * opaque canvas over the game's background colour. Chromium blits an opaque image in about half the CPU
   * of one with an alpha channel (a render texture's canvas has one), and the map is blitted whole-screen in
   * every frame of a pan.
   */
  private readonly opaque: { ctx: CanvasRenderingContext2D; image: Phaser.GameObjects.Image; texture: Phaser.Textures.CanvasTexture } | null = null;

  constructor(private readonly scene: Phaser.Scene, private readonly scenario: Scenario, private readonly layout: HexLayout, width: number, height: number) {
    this.terrain = drawStaticMap(scene, scenario, layout, width, height).setVisible(false);
    this.map = scene.add.renderTexture(0, 0, Math.ceil(width), Math.ceil(height)).setOrigin(0, 0).setDepth(0);
    if (scene.game.renderer.type === Phaser.CANVAS) this.opaque = opaqueCopy(scene, this.map.width, this.map.height);
    this.outlines = scene.make.graphics({}, false).lineStyle(4, OBJECTIVE_COLOUR, 1);
    for (const o of scenario.objectives) {
      hexPath(this.outlines, layout.corners(o.hex, 3));
      this.outlines.strokePath();
    }
    // The terrain is shown as it is when nothing is in fog: it carries the outlines too.
    this.terrain.draw(this.outlines).render();
    this.copyShown();
  }

  /**
   * At zoom 1 the map's pixels meet the screen's one to one: nearest sampling draws the same picture
   * and spares the canvas renderer filtering the whole view in every frame of a pan. Canvas only: in
   * WebGL the filter costs the main thread nothing, and changing a drawn texture's filter blanked it.
   */
  setZoom(zoom: number): void {
    if (this.scene.game.renderer.type !== Phaser.CANVAS) return;
    const mode = zoom === 1 ? Phaser.Textures.FilterMode.NEAREST : Phaser.Textures.FilterMode.LINEAR;
    for (const rt of [this.terrain, this.map]) rt.texture.setFilter(mode);
    this.opaque?.texture.setFilter(mode);
  }

  draw(view: GameView): void {
    const key = [...view.visible].sort().join(';');
    if (key === this.key) return;
    this.key = key;
    const seen = new Set(view.visible);
    const fogged = this.scenario.map.hexes.filter((h) => !seen.has(hexKey(h)));
    // With nothing in fog (the all-seeing view) the terrain is shown as it is: re-baking a map-sized
    // texture cost a slow machine's main thread half a second.
    this.map.setVisible(fogged.length > 0);
    this.terrain.setVisible(fogged.length === 0);
    if (fogged.length === 0) return this.copyShown();
    const g = this.scene.make.graphics({}, false);
    g.fillStyle(0x0b1a24, 0.36);
    g.beginPath();
    for (const h of fogged) hexSubpath(g, this.layout.corners(h));
    g.fillPath();
    this.map.clear();
    this.terrain.setVisible(true);
    this.map.draw(this.terrain);
    this.map.draw(g);
    this.map.draw(this.outlines);
    this.map.render();
    this.terrain.setVisible(false);
    g.destroy();
    this.copyShown();
  }

  /** Canvas only: copies the render texture in use onto the opaque canvas shown, and hides the render textures. */
  private copyShown(): void {
    if (!this.opaque) return;
    const { ctx } = this.opaque;
    const shown = this.map.visible ? this.map : this.terrain;
    ctx.fillStyle = this.scene.game.config.backgroundColor.rgba;
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.drawImage(shown.texture.getSourceImage() as HTMLCanvasElement, 0, 0);
    this.map.setVisible(false);
    this.terrain.setVisible(false);
  }
}

/** An image of `width` × `height` on an opaque canvas, at the place and depth of the map's render textures. */
function opaqueCopy(scene: Phaser.Scene, width: number, height: number): NonNullable<FogLayer['opaque']> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  // Made opaque before Phaser asks for its own context (a canvas has one context: Phaser's options are then ignored).
  const ctx = canvas.getContext('2d', { alpha: false })!;
  if (scene.textures.exists('fog-opaque')) scene.textures.remove('fog-opaque'); // a scene made again in the same game
  const texture = scene.textures.addCanvas('fog-opaque', canvas)!;
  const image = scene.add.image(0, 0, 'fog-opaque').setOrigin(0, 0).setDepth(0);
  return { ctx, image, texture };
}
