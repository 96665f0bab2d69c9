// Hex <-> pixel for pointy-top axial hexes (Red Blob Games' Layout). Grid logic stays in the engine;
// only the scenes turn hexes into pixels. Pure maths: no Phaser, so it can be reasoned about alone.
import type { Hex } from '../engine/core';

export interface Point { x: number; y: number }

/** The map's hexes, centre to corner in world pixels. */
export const HEX_SIZE = 36;

const SQRT3 = Math.sqrt(3);

export class HexLayout {
  /** `size` is centre-to-corner in pixels; `origin` is the pixel centre of hex 0,0. */
  constructor(readonly size: number, readonly origin: Point = { x: 0, y: 0 }) {}

  hexToPixel(h: Hex): Point {
    return {
      x: this.origin.x + this.size * (SQRT3 * h.q + (SQRT3 / 2) * h.r),
      y: this.origin.y + this.size * 1.5 * h.r,
    };
  }

  pixelToHex(p: Point): Hex {
    const x = (p.x - this.origin.x) / this.size;
    const y = (p.y - this.origin.y) / this.size;
    return roundHex((SQRT3 / 3) * x - y / 3, (2 / 3) * y);
  }

  /** The six corners, clockwise from the upper-right one. */
  corners(h: Hex, inset = 0): Point[] {
    const c = this.hexToPixel(h);
    const r = this.size - inset;
    const out: Point[] = [];
    for (let i = 0; i < 6; i++) {
      const a = (Math.PI / 180) * (60 * i - 30);
      out.push({ x: c.x + r * Math.cos(a), y: c.y + r * Math.sin(a) });
    }
    return out;
  }

  /** Pixel bounds of a set of hexes, corners included. */
  bounds(hexes: readonly Hex[]): { x: number; y: number; width: number; height: number } {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const h of hexes) {
      const c = this.hexToPixel(h);
      minX = Math.min(minX, c.x); maxX = Math.max(maxX, c.x);
      minY = Math.min(minY, c.y); maxY = Math.max(maxY, c.y);
    }
    const halfW = (SQRT3 / 2) * this.size;
    return { x: minX - halfW, y: minY - this.size, width: maxX - minX + 2 * halfW, height: maxY - minY + 2 * this.size };
  }
}

/** Cube rounding of fractional axial coordinates. */
export function roundHex(fq: number, fr: number): Hex {
  const fs = -fq - fr;
  let q = Math.round(fq);
  let r = Math.round(fr);
  const s = Math.round(fs);
  const dq = Math.abs(q - fq), dr = Math.abs(r - fr), ds = Math.abs(s - fs);
  if (dq > dr && dq > ds) q = -r - s;
  else if (dr > ds) r = -q - s;
  return { q: q + 0, r: r + 0 };
}

/** A layout whose map starts `margin` pixels from 0,0, so a texture of the map fits at the origin. */
export function layoutForMap(hexes: readonly Hex[], size: number, margin = 0): HexLayout {
  const b = new HexLayout(size).bounds(hexes);
  return new HexLayout(size, { x: margin - b.x, y: margin - b.y });
}
