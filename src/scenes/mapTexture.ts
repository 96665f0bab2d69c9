// The static map (terrain, grid, rivers and river sides, roads, bridges) drawn once into a RenderTexture: one image
// per frame instead of a thousand hex paths.
import * as Phaser from 'phaser';
import type { Hex, Scenario } from '../engine/core';
import { BRIDGE_DOWN_COLOUR, ISLAND_LAND, ROAD_COLOUR, TERRAIN_COLOUR } from '../presenter/colours';
import type { HexLayout, Point } from './layout';

export function hexPath(g: Phaser.GameObjects.Graphics, corners: readonly Point[]): void {
  g.beginPath();
  hexSubpath(g, corners);
  g.closePath();
}

/** A hex outlined twice, a dark band under a coloured line, so it reads on any terrain (cursor, spotlight). */
export function strokeHexRing(g: Phaser.GameObjects.Graphics, corners: readonly Point[], band: number, width: number, colour: number): void {
  g.lineStyle(band, 0x111111, 1);
  hexPath(g, corners);
  g.strokePath();
  g.lineStyle(width, colour, 1);
  hexPath(g, corners);
  g.strokePath();
}

/**
 * A hex added to the current path, left open: for fills only (a fill closes it). Many hexes filled by
 * one fillPath are one canvas fill, not hundreds; closePath on each made Chromium's canvas slow.
 */
export function hexSubpath(g: Phaser.GameObjects.Graphics, corners: readonly Point[]): void {
  g.moveTo(corners[0]!.x, corners[0]!.y);
  for (let i = 1; i < corners.length; i++) g.lineTo(corners[i]!.x, corners[i]!.y);
}

function polyline(g: Phaser.GameObjects.Graphics, layout: HexLayout, hexes: readonly Hex[]): void {
  if (hexes.length < 2) return;
  const first = layout.hexToPixel(hexes[0]!);
  g.beginPath();
  g.moveTo(first.x, first.y);
  for (const h of hexes.slice(1)) {
    const p = layout.hexToPixel(h);
    g.lineTo(p.x, p.y);
  }
  g.strokePath();
}

const axial = ([q, r]: [number, number]): Hex => ({ q, r });

export function drawStaticMap(scene: Phaser.Scene, scenario: Scenario, layout: HexLayout, width: number, height: number): Phaser.GameObjects.RenderTexture {
  const map = scenario.map;
  const g = scene.make.graphics({}, false);
  for (const h of map.hexes) {
    const t = map.terrainAt(h)!;
    g.fillStyle(TERRAIN_COLOUR[t], 1);
    hexPath(g, layout.corners(h));
    g.fillPath();
    if (t === 'island') {
      g.fillStyle(ISLAND_LAND, 1);
      hexPath(g, layout.corners(h, layout.size * 0.45));
      g.fillPath();
    } else if (t === 'airbase') {
      // A runway, so the airbase reads as one without colour.
      const c = layout.hexToPixel(h);
      g.lineStyle(layout.size * 0.22, 0x55534d, 1);
      g.lineBetween(c.x - layout.size * 0.6, c.y + layout.size * 0.3, c.x + layout.size * 0.6, c.y - layout.size * 0.3);
    } else if (t === 'field') {
      // Well-head dots on the oil and gas fields.
      const c = layout.hexToPixel(h);
      g.fillStyle(0xf2b134, 1);
      for (const [dx, dy] of [[-0.35, -0.2], [0.3, -0.25], [0, 0.3]] as const) g.fillCircle(c.x + dx * layout.size, c.y + dy * layout.size, layout.size * 0.09);
    }
  }
  g.lineStyle(1, 0x000000, 0.14);
  for (const h of map.hexes) {
    hexPath(g, layout.corners(h));
    g.strokePath();
  }
  // The river along a side: a band over the side the two hexes share, pointed at its ends so it meets
  // the river hexes at the corners there.
  g.fillStyle(TERRAIN_COLOUR.river, 1);
  for (const [a, b] of map.data.riverSides ?? []) {
    const near = layout.corners(axial(b));
    const shared = layout.corners(axial(a)).filter((p) => near.some((o) => Math.hypot(o.x - p.x, o.y - p.y) < 1));
    if (shared.length !== 2) continue;
    const [p, q] = shared as [Point, Point];
    const toward = (from: Point, h: Hex): Point => {
      const c = layout.hexToPixel(h);
      return { x: from.x + (c.x - from.x) * 0.22, y: from.y + (c.y - from.y) * 0.22 };
    };
    hexPath(g, [p, toward(p, axial(a)), toward(q, axial(a)), q, toward(q, axial(b)), toward(p, axial(b))]);
    g.fillPath();
  }
  g.lineStyle(3, TERRAIN_COLOUR.river, 0.9);
  polyline(g, layout, map.data.khabur.map(axial));
  g.lineStyle(3, ROAD_COLOUR, 0.85);
  for (const road of map.data.roads) polyline(g, layout, road.hexes.map(axial));
  for (const b of map.data.bridges) {
    const c = layout.hexToPixel(axial(b.hex));
    const s = layout.size * 0.45;
    if (b.state === 'destroyed') {
      g.lineStyle(4, BRIDGE_DOWN_COLOUR, 1);
      g.lineBetween(c.x - s, c.y - s, c.x + s, c.y + s);
      g.lineBetween(c.x - s, c.y + s, c.x + s, c.y - s);
    } else {
      g.lineStyle(5, 0x222222, 1);
      g.lineBetween(c.x - s, c.y, c.x + s, c.y);
    }
  }
  const rt = scene.add.renderTexture(0, 0, Math.ceil(width), Math.ceil(height)).setOrigin(0, 0);
  rt.draw(g);
  rt.render();
  g.destroy();
  return rt;
}
