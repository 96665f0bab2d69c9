// The path to the hovered destination, drawn as a line through hex centres.
import * as Phaser from 'phaser';
import { hexKey } from '../engine/core';
import type { Controller } from '../presenter/controller';
import { PATH_COLOUR } from '../presenter/colours';
import type { HexLayout } from './layout';

export class PathLayer {
  private readonly g: Phaser.GameObjects.Graphics;

  constructor(scene: Phaser.Scene, private readonly layout: HexLayout) {
    this.g = scene.add.graphics().setDepth(4.5);
  }

  draw(controller: Controller): void {
    const g = this.g.clear();
    const hover = controller.hover;
    if (!hover) return;
    const dest = controller.overlay().range.get(hexKey(hover));
    if (!dest) return;
    const pts = dest.path.map((h) => this.layout.hexToPixel(h));
    g.lineStyle(4, PATH_COLOUR, 0.95);
    g.beginPath();
    g.moveTo(pts[0]!.x, pts[0]!.y);
    for (const p of pts.slice(1)) g.lineTo(p.x, p.y);
    g.strokePath();
    const end = pts[pts.length - 1]!;
    g.fillStyle(PATH_COLOUR, 1);
    g.fillCircle(end.x, end.y, 6);
  }
}
