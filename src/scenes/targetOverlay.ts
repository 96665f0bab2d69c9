// The selection's overlay: movement range, pontoon sites, targets and strikes with their odds tags,
// and the selected unit's outline.
import * as Phaser from 'phaser';
import type { Controller } from '../presenter/controller';
import { PATH_COLOUR, RANGE_COLOUR, SITE_COLOUR, TARGET_COLOUR } from '../presenter/colours';
import { previewTag } from '../text/combatText';
import { canvasText } from './canvasText';
import { hexKey } from '../engine/core';
import { type LabelItem, textItem } from './labelItems';
import { spotsAround } from './labelLayout';
import type { HexLayout, Point } from './layout';
import { hexPath } from './mapTexture';
import { type LabelSearch, counterSpot } from './placeLabels';

export class TargetOverlay {
  private readonly g: Phaser.GameObjects.Graphics;
  /** Odds tags under target hexes, with the hex centre they hang from. */
  private odds: { text: Phaser.GameObjects.Text; c: Point; full: string; short: string }[] = [];

  constructor(private readonly scene: Phaser.Scene, private readonly layout: HexLayout) {
    this.g = scene.add.graphics().setDepth(3);
  }

  setTextScale(k: number): void {
    for (const o of this.odds) o.text.setScale(k);
  }

  /** The odds tags as label-layout items, placed around their target's counter spot. */
  items(counterScale: number, { step, rings, gap }: LabelSearch): LabelItem[] {
    return this.odds.map(({ text, c, full, short }) =>
      textItem('odds', text.setText(full), (w, h) => spotsAround(counterSpot(c, counterScale), w, h, gap, step, rings), short));
  }

  draw(controller: Controller, textScale: number): void {
    const g = this.g.clear();
    for (const o of this.odds) o.text.destroy();
    this.odds = [];
    const o = controller.overlay();
    g.fillStyle(RANGE_COLOUR, 0.28);
    g.lineStyle(2, RANGE_COLOUR, 0.9);
    for (const d of o.range.values()) {
      hexPath(g, this.layout.corners(d.hex, 2));
      g.fillPath();
      g.strokePath();
    }
    g.lineStyle(3, SITE_COLOUR, 1);
    for (const h of o.sites) {
      hexPath(g, this.layout.corners(h, 3));
      g.strokePath();
    }
    for (const t of [...o.targets, ...o.strikes]) {
      g.lineStyle(4, TARGET_COLOUR, 1);
      hexPath(g, this.layout.corners(t.hex, 2));
      g.strokePath();
      const c = this.layout.hexToPixel(t.hex);
      const rival = controller.isRivalHex(t.hex) ? '⚠ ' : '';
      const preview = o.previews.get(hexKey(t.hex));
      const label = this.scene.add.text(0, 0, canvasText(`${rival}${preview ? previewTag(preview) : `${t.odds.odds} · ${t.odds.hitPct}%`}`), {
        fontFamily: 'system-ui, sans-serif', fontSize: '12px', fontStyle: 'bold', color: '#ffffff',
        backgroundColor: '#b00000', padding: { x: 3, y: 1 }, resolution: 2,
      }).setOrigin(0.5, 0).setDepth(7).setScale(textScale);
      // Where the whole preview finds no room, the odds and the chance to hit alone.
      this.odds.push({ text: label, c, full: label.text, short: `${rival}${t.odds.odds} · ${t.odds.hitPct}%` });
    }
    const unit = controller.selected();
    if (unit) {
      g.lineStyle(3, PATH_COLOUR, 1);
      hexPath(g, this.layout.corners(unit.hex, 1));
      g.strokePath();
    }
  }
}
