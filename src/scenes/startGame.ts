// Creates the Phaser game in `parent`. Kept apart from the page so Phaser loads only after the menu.
import * as Phaser from 'phaser';
import type { Controller } from '../presenter/controller';
import { GatedGame } from './frameGate';
import { GameScene } from './GameScene';

export type RendererChoice = 'auto' | 'canvas' | 'webgl';

const RENDERER: Readonly<Record<RendererChoice, number>> = {
  auto: Phaser.AUTO,
  canvas: Phaser.CANVAS,
  webgl: Phaser.WEBGL,
};

export function startGame(parent: HTMLElement, controller: Controller, renderer: RendererChoice): { game: Phaser.Game; scene: GameScene } {
  const scene = new GameScene(controller);
  const game = new GatedGame({
    type: RENDERER[renderer],
    parent,
    backgroundColor: '#1d2a33',
    banner: false,
    disableContextMenu: true,
    // The game has no sound: no AudioContext to boot (about 98 ms of main thread on a cold load).
    audio: { noAudio: true },
    scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth, height: parent.clientHeight },
    input: { mouse: { preventDefaultWheel: true } },
    scene: [scene],
  });
  // Phaser polls its parent's size twice a second; the hotline panel opening beside the map resizes
  // it at once, so tell the scale manager straight away.
  new ResizeObserver(() => { game.scale.dirty = true; game.gate.request(); }).observe(parent);
  return { game, scene };
}
