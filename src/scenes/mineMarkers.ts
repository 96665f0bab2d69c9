// Minefield markers: a small warning triangle low in the hex. A field that went off (known to all) is
// drawn hollow with a cross; a live field, shown only to views that know of it (the all-seeing
// replay viewer), solid. Graphics only: one draw call for all of them.
import type * as Phaser from 'phaser';
import { type GameView, type HexKey, parseHexKey } from '../engine/core';
import type { HexLayout } from './layout';

const MINE_COLOUR = 0xe0201b;
const SIZE = 8;

/** Draws the view's fields into `g`; returns the hexes drawn, spent ones first (for the test hooks). */
export function drawMines(g: Phaser.GameObjects.Graphics, layout: HexLayout, view: GameView, hexSize: number): HexKey[] {
  const { hidden, known } = view.mines;
  for (const [keys, live] of [[known, false], [hidden, true]] as const) {
    for (const k of keys) {
      const c = layout.hexToPixel(parseHexKey(k));
      const y = c.y + hexSize * 0.5;
      const pts = [{ x: c.x, y: y - SIZE }, { x: c.x + SIZE, y: y + SIZE * 0.7 }, { x: c.x - SIZE, y: y + SIZE * 0.7 }];
      g.lineStyle(2, MINE_COLOUR, 1);
      g.fillStyle(live ? MINE_COLOUR : 0x111111, live ? 1 : 0.7);
      g.fillTriangle(pts[0]!.x, pts[0]!.y, pts[1]!.x, pts[1]!.y, pts[2]!.x, pts[2]!.y);
      g.strokeTriangle(pts[0]!.x, pts[0]!.y, pts[1]!.x, pts[1]!.y, pts[2]!.x, pts[2]!.y);
      if (!live) g.lineBetween(c.x - 3, y - 2, c.x + 3, y + 4).lineBetween(c.x + 3, y - 2, c.x - 3, y + 4);
    }
  }
  return [...known, ...hidden];
}
