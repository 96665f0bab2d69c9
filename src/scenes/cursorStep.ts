// Arrow-key steps of the keyboard hex cursor on a pointy-top axial grid. Left/right stay on the
// row; up/down zig-zag between the two neighbours above or below so the cursor keeps to a column
// (odd-row offset columns). Pure maths, no Phaser.
import type { Hex } from '../engine/core';

export type CursorDir = 'left' | 'right' | 'up' | 'down';

/** The odd-r offset column of a hex. */
const column = (h: Hex): number => h.q + (h.r - (h.r & 1)) / 2;

export function cursorStep(h: Hex, dir: CursorDir): Hex {
  if (dir === 'left') return { q: h.q - 1, r: h.r };
  if (dir === 'right') return { q: h.q + 1, r: h.r };
  const r = h.r + (dir === 'up' ? -1 : 1);
  return { q: column(h) - (r - (r & 1)) / 2, r };
}
