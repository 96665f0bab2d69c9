// The map's text as label requests for labelLayout, and placing the Phaser objects where it says.
import type * as Phaser from 'phaser';
import type { Point } from './layout';
import type { LabelKind, LabelRequest, Placed, Rect } from './labelLayout';

/** One thing on the map the layout places (a counter, a name, an odds badge, a tag). */
export interface LabelItem {
  req: LabelRequest;
  text: string;
  /** Shows the object in the box, or hides it (null); a fallback box gets the shorter form. */
  place(box: Placed | null): void;
  /** The drawn object's box now (for tests). */
  bounds(): Rect;
}

/**
 * A Text (already at its scale) that may go to any of the spots made for its size; with `short`, a
 * shorter form to show where the whole finds no room.
 */
export function textItem(kind: LabelKind, t: Phaser.GameObjects.Text, spots: (width: number, height: number) => Iterable<Point>, short?: string): LabelItem {
  const full = t.text;
  const width = t.displayWidth, height = t.displayHeight;
  let fallback: LabelRequest['fallback'];
  if (short !== undefined && short !== full) {
    t.setText(short);
    fallback = { width: t.displayWidth, height: t.displayHeight, spots: spots(t.displayWidth, t.displayHeight) };
    t.setText(full);
  }
  return {
    req: { kind, width, height, spots: spots(width, height), ...(fallback ? { fallback } : {}) },
    get text() { return t.text; },
    place: (box) => {
      t.setVisible(box !== null);
      if (!box) return;
      if (fallback) t.setText(box.fallback ? short! : full);
      const w = box.fallback ? fallback!.width : width, h = box.fallback ? fallback!.height : height;
      t.setPosition(box.x + t.originX * w, box.y + t.originY * h);
    },
    bounds: () => {
      const b = t.getBounds();
      return { x: b.x, y: b.y, width: b.width, height: b.height };
    },
  };
}

/** A container drawn round its centre with a plate of `w` × `h` (at scale 1) and a shadow `shadow` down and right: counters and flags. */
export function plateBounds(c: Phaser.GameObjects.Container, w: number, h: number, shadow = 0): Rect {
  return { x: c.x - (w / 2) * c.scaleX, y: c.y - (h / 2) * c.scaleY, width: (w + shadow) * c.scaleX, height: (h + shadow) * c.scaleY };
}
