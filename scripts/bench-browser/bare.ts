// The baseline scene for `npm run bench:browser` (bench/bare.html): Phaser with nothing in it, sized
// and rendered like the map (?w=&h=&renderer=canvas|webgl). It imports Phaser as the game does, so the
// build gives both pages the same Phaser chunk. window.__bench.pan(i) moves the (empty) camera, so both
// pages do the same per-frame work from the benchmark's side.
import * as Phaser from 'phaser';

declare global {
  interface Window { __bench?: { readonly ready: boolean; pan(i: number): void; renderer(): 'webgl' | 'canvas' } }
}

const params = new URLSearchParams(location.search);
const width = Number(params.get('w') ?? 1280);
const height = Number(params.get('h') ?? 720);
const type = params.get('renderer') === 'webgl' ? Phaser.WEBGL : params.get('renderer') === 'canvas' ? Phaser.CANVAS : Phaser.AUTO;

class BareScene extends Phaser.Scene {
  ready = false;
  constructor() { super('bare'); }
  create(): void {
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => { this.ready = true; });
  }
}

const scene = new BareScene();
const game = new Phaser.Game({
  type,
  parent: document.getElementById('bare-container')!,
  backgroundColor: '#1d2a33',
  banner: false,
  audio: { noAudio: true },
  width,
  height,
  scale: { mode: Phaser.Scale.NONE },
  scene: [scene],
});

window.__bench = {
  get ready() { return scene.ready; },
  pan: (i) => { scene.cameras?.main?.centerOn((i * 37) % 2000, (i * 23) % 1200); },
  renderer: () => (game.config.renderType === Phaser.WEBGL ? 'webgl' : 'canvas'),
};
