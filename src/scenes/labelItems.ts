// The map's text as label requests for labelLayout, and placing the Phaser objects where it says.
import type * as Phaser from 'phaser';
import type { Point } from './layout';
import type { LabelKind, LabelRequest, Rect } from './labelLayout';

/** One thing on the map the layout places (a counter, a name, an odds badge, a tag). */
export interface LabelItem {
  req: LabelRequest;
  text: string;
  /** Shows the object in the box, or hides it (null). */
  place(box: Rect | null): void;
  /** The drawn object's box now (for tests). */
  bounds(): Rect;
}

/** A Text (already at its scale) that may go to any of the spots made for its size. */
export function textItem(kind: LabelKind, t: Phaser.GameObjects.Text, spots: (width: number, height: number) => Iterable<Point>): LabelItem {
  const width = t.displayWidth, height = t.displayHeight;
  return {
    req: { kind, width, height, spots: spots(width, height) },
    text: t.text,
    place: (box) => {
      t.setVisible(box !== null);
      if (box) t.setPosition(box.x + t.originX * width, box.y + t.originY * height);
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
