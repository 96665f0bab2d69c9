// Threat ranges (key T): where the other camps' seen units could move next turn, shaded in their camp's
// colour, and the hexes they could attack beyond that, outlined. The hexes come from the controller
// (threatRanges on the player's view); this layer only draws them.
import * as Phaser from 'phaser';
import { type Camp, parseHexKey } from '../engine/core';
import type { Controller } from '../presenter/controller';
import { THREAT_COLOUR } from '../presenter/colours';
import type { HexLayout } from './layout';
import { hexPath } from './mapTexture';

export class ThreatLayer {
  private readonly g: Phaser.GameObjects.Graphics;
  /** Hexes drawn last, by camp and kind, for the tests' probe. */
  drawn: { camp: Camp; move: number; attack: number }[] = [];

  constructor(scene: Phaser.Scene, private readonly layout: HexLayout) {
    // Above the fog and objectives, below the selection's overlay (3) and the counters.
    this.g = scene.add.graphics().setDepth(2.5);
  }

  draw(controller: Controller): void {
    const g = this.g.clear();
    this.drawn = [];
    const threats = controller.threats();
    for (const camp of ['is', 'coalition', 'russia'] as const) {
      const t = threats[camp];
      if (!t) continue;
      const colour = THREAT_COLOUR[camp];
      g.fillStyle(colour, 0.3);
      for (const k of t.move) {
        hexPath(g, this.layout.corners(parseHexKey(k), 1));
        g.fillPath();
      }
      g.lineStyle(2, colour, 0.85);
      let attack = 0;
      for (const k of t.attack) {
        if (t.move.has(k)) continue;
        attack++;
        hexPath(g, this.layout.corners(parseHexKey(k), 4));
        g.strokePath();
      }
      this.drawn.push({ camp, move: t.move.size, attack });
    }
  }
}
