// The tutorial's spotlight: a pulsing yellow ring on the hex where the player is asked to act.
import * as Phaser from 'phaser';
import type { Hex } from '../engine/core';
import type { HexLayout } from './layout';
import { strokeHexRing } from './mapTexture';

export class Spotlight {
  hex: Hex | null = null;
  private readonly g: Phaser.GameObjects.Graphics;
  /** Paused while there is no ring: a playing tween makes the map draw every frame (frameGate.ts). */
  private readonly pulse: Phaser.Tweens.Tween;

  constructor(scene: Phaser.Scene, private readonly layout: HexLayout) {
    this.g = scene.add.graphics().setDepth(7);
    this.pulse = scene.tweens.add({ targets: this.g, alpha: { from: 1, to: 0.6 }, duration: 700, yoyo: true, repeat: -1, paused: true });
  }

  set(h: Hex | null): void {
    this.hex = h;
    const g = this.g.clear();
    if (!h) {
      this.pulse.pause();
      return;
    }
    this.pulse.resume();
    strokeHexRing(g, this.layout.corners(h, 1), 9, 5, 0xffd23f);
  }
}
