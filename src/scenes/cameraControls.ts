// Pan (drag, shift+arrows, WASD), zoom (wheel, +/-) and click-versus-drag for the map camera; plain
// arrows and other keys go to the scene (the keyboard hex cursor). The maths is
// done from scroll and zoom directly, so it is right between frames too (the camera's own matrices
// are only refreshed at render).
import * as Phaser from 'phaser';
import type { Point } from './layout';

const DRAG_THRESHOLD = 6;
const PAN_SPEED = 0.8; // screen pixels per ms
export const MIN_ZOOM = 0.35;
export const MAX_ZOOM = 2.5;

export interface CameraHandlers {
  click(world: Point, shift: boolean): void;
  hover(world: Point | null): void;
  /** A key the camera does not use; true when the scene handled it (its default is then prevented). */
  key(key: string, e: KeyboardEvent): boolean;
  /** Screen points the map must not take (the minimap's corner). */
  blocks?(sx: number, sy: number): boolean;
}

const PAN_KEYS = ['a', 'd', 'w', 's'];

export function screenToWorld(cam: Phaser.Cameras.Scene2D.Camera, sx: number, sy: number): Point {
  const ox = cam.width * cam.originX, oy = cam.height * cam.originY;
  return { x: cam.scrollX + ox + (sx - cam.x - ox) / cam.zoom, y: cam.scrollY + oy + (sy - cam.y - oy) / cam.zoom };
}

export function worldToScreen(cam: Phaser.Cameras.Scene2D.Camera, wx: number, wy: number): Point {
  const ox = cam.width * cam.originX, oy = cam.height * cam.originY;
  return { x: cam.x + ox + (wx - cam.scrollX - ox) * cam.zoom, y: cam.y + oy + (wy - cam.scrollY - oy) * cam.zoom };
}

export class CameraControls {
  private down: { x: number; y: number; scrollX: number; scrollY: number } | null = null;
  private dragging = false;
  private readonly held = new Set<string>();

  constructor(private readonly scene: Phaser.Scene, private readonly handlers: CameraHandlers) {
    const input = scene.input;
    input.on('pointerdown', (p: Phaser.Input.Pointer) => {
      if (this.handlers.blocks?.(p.x, p.y)) { this.down = null; return; }
      // Phaser prevents the mousedown default, which would have focused the canvas for keys.
      scene.game.canvas.focus({ preventScroll: true });
      const cam = scene.cameras.main;
      this.down = { x: p.x, y: p.y, scrollX: cam.scrollX, scrollY: cam.scrollY };
      this.dragging = false;
    });
    input.on('pointermove', (p: Phaser.Input.Pointer) => this.move(p));
    input.on('pointerup', (p: Phaser.Input.Pointer) => this.up(p));
    input.on('gameout', () => { this.down = null; this.handlers.hover(null); });
    input.on('wheel', (p: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
      this.zoomAt(dy > 0 ? 1 / 1.15 : 1.15, p.x, p.y);
    });
    const onKeyDown = (e: KeyboardEvent): void => this.keyDown(e);
    const onKeyUp = (e: KeyboardEvent): void => { this.held.delete(e.key.toLowerCase()); };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
    });
  }

  /** Zooms by `factor`, keeping the world point under screen point (sx, sy) still. */
  zoomAt(factor: number, sx: number, sy: number): void {
    const cam = this.scene.cameras.main;
    const before = screenToWorld(cam, sx, sy);
    cam.setZoom(Phaser.Math.Clamp(cam.zoom * factor, MIN_ZOOM, MAX_ZOOM));
    const after = screenToWorld(cam, sx, sy);
    cam.scrollX += before.x - after.x;
    cam.scrollY += before.y - after.y;
  }

  /** Arrow/WASD panning, called every frame. */
  update(delta: number): void {
    const cam = this.scene.cameras.main;
    const step = (PAN_SPEED * delta) / cam.zoom;
    const has = (...keys: string[]): boolean => keys.some((k) => this.held.has(k));
    if (has('arrowleft', 'a')) cam.scrollX -= step;
    if (has('arrowright', 'd')) cam.scrollX += step;
    if (has('arrowup', 'w')) cam.scrollY -= step;
    if (has('arrowdown', 's')) cam.scrollY += step;
  }

  private keyDown(e: KeyboardEvent): void {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement | null;
    // Form controls and dialogs keep their keys (arrows move through radios and selects).
    if (e.defaultPrevented) return;
    if (target && (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('dialog, [role="dialog"], [role="alertdialog"], #hotline'))) return;
    const key = e.key.toLowerCase();
    const cam = this.scene.cameras.main;
    const arrow = key.startsWith('arrow');
    if (PAN_KEYS.includes(key) || (arrow && e.shiftKey)) {
      this.held.add(key);
      if (arrow) e.preventDefault();
    } else if (key === '+' || key === '=') {
      this.zoomAt(1.2, cam.width / 2, cam.height / 2);
    } else if (key === '-' || key === '_') {
      this.zoomAt(1 / 1.2, cam.width / 2, cam.height / 2);
    } else if (this.handlers.key(key, e)) {
      e.preventDefault();
    }
  }

  private move(p: Phaser.Input.Pointer): void {
    const cam = this.scene.cameras.main;
    if (!this.down && this.handlers.blocks?.(p.x, p.y)) { this.handlers.hover(null); return; }
    if (this.down && p.isDown) {
      const dx = p.x - this.down.x, dy = p.y - this.down.y;
      if (!this.dragging && Math.hypot(dx, dy) > DRAG_THRESHOLD) this.dragging = true;
      if (this.dragging) {
        cam.scrollX = this.down.scrollX - dx / cam.zoom;
        cam.scrollY = this.down.scrollY - dy / cam.zoom;
        return;
      }
    }
    this.handlers.hover(screenToWorld(cam, p.x, p.y));
  }

  private up(p: Phaser.Input.Pointer): void {
    const wasDrag = this.dragging;
    const started = this.down !== null;
    this.down = null;
    this.dragging = false;
    if (wasDrag || !started) return;
    const shift = (p.event as MouseEvent | undefined)?.shiftKey ?? false;
    this.handlers.click(screenToWorld(this.scene.cameras.main, p.x, p.y), shift);
  }
}
