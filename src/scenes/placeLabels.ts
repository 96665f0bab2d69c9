// Place and objective names that stay legible at every zoom: their text is counter-scaled by the
// zoom (within bounds, so it neither vanishes nor swamps the map), and at each zoom labels that
// would overlap a more important one are hidden; minor place names go entirely when zoomed far out.
// Objective flags scale the same way. Counters grow when zoomed out so their text stays readable.
import * as Phaser from 'phaser';
import { type Hex, type Scenario, hexKey, parseHexKey } from '../engine';
import { MAX_ZOOM, MIN_ZOOM } from './cameraControls';
import type { HexLayout, Point } from './layout';

/** Screen size of label text is about 12px × zoom × scale: 10-18px over the zoom range. */
export function labelScale(zoom: number): number {
  return Phaser.Math.Clamp(1 / zoom, 0.6, 2.6);
}

/** Counters keep their map size when zoomed in, and grow when zoomed out (to 2.2× at the minimum). */
export function counterScale(zoom: number): number {
  return Phaser.Math.Clamp(0.8 / zoom, 1, 2.2);
}

/** Flags are small: far out they grow less than the names, so they crowd the valley less. */
const FLAG_MAX_SCALE = 1.8;
/** Below this zoom place names that are not objectives are hidden. */
const MINOR_LABEL_ZOOM = 0.6;

const STYLE: Phaser.Types.GameObjects.Text.TextStyle = {
  fontFamily: 'system-ui, sans-serif', fontSize: '12px', color: '#111111', stroke: '#ffffff', strokeThickness: 3,
};

/** A label, its hex centre and its offset from it at zoom 1. */
interface Label { text: Phaser.GameObjects.Text; minor: boolean; c: Point; dx: number; dy: number }

export class PlaceLabels {
  private readonly labels: Label[] = [];
  private flags: Phaser.GameObjects.Container[] = [];
  private zoom = 0;

  constructor(private readonly scene: Phaser.Scene, layout: HexLayout, scenario: Scenario, depth: number) {
    const s = layout.size;
    // Spots are chosen once at zoom 1 (below, above, right, left of the hex, the first free one);
    // side spots start at the hex's edge, clear of a counter on it.
    const taken: Phaser.Geom.Rectangle[] = scenario.objectives.map((o) => {
      const c = layout.hexToPixel(o.hex);
      return new Phaser.Geom.Rectangle(c.x - 13, c.y - s * 0.85 - 8, 26, 16); // the owner flag
    });
    const place = (h: Hex, text: string, style: Phaser.Types.GameObjects.Text.TextStyle, minor: boolean): void => {
      const c = layout.hexToPixel(h);
      // Objective names sit over the owner flags, which may reach them when zoomed out.
      const label = scene.add.text(0, 0, text, { ...style, resolution: 2 }).setDepth(minor ? depth : depth + 0.3);
      const spots: [number, number, number, number][] = [
        [c.x, c.y + s * 0.42, 0.5, 0], [c.x, c.y - s * 0.5, 0.5, 1], [c.x + s, c.y, 0, 0.5], [c.x - s, c.y, 1, 0.5],
      ];
      const free = spots.find(([x, y, ox, oy]) => {
        label.setPosition(x, y).setOrigin(ox, oy);
        return !taken.some((t) => Phaser.Geom.Intersects.RectangleToRectangle(t, label.getBounds()));
      }) ?? spots[0]!;
      label.setPosition(free[0], free[1]).setOrigin(free[2], free[3]);
      taken.push(label.getBounds());
      this.labels.push({ text: label, minor, c, dx: free[0] - c.x, dy: free[1] - c.y });
    };
    // Most points first: they win the free spots and, zoomed out, the room.
    const objectives = [...scenario.objectives].sort((a, b) => b.points - a.points);
    for (const o of objectives) place(o.hex, `${o.name} · ${o.points}`, { ...STYLE, fontStyle: 'bold' }, false);
    const labelled = new Set(scenario.objectives.map((o) => hexKey(o.hex)));
    for (const p of scenario.map.data.places) {
      const k = `${p.hex[0]},${p.hex[1]}`;
      if (labelled.has(k)) continue;
      labelled.add(k);
      place(parseHexKey(k), p.name, { ...STYLE, fontSize: '11px' }, true);
    }
  }

  /** The objective owner flags (redrawn on state change) scale with the labels. */
  setFlags(flags: Phaser.GameObjects.Container[]): void {
    this.flags = flags;
    const z = this.zoom;
    this.zoom = 0;
    if (z) this.setZoom(z);
  }

  /** Rescales and declutters for the camera's zoom; cheap enough to call on every zoom change. */
  setZoom(zoom: number): void {
    if (zoom === this.zoom) return;
    this.zoom = Phaser.Math.Clamp(zoom, MIN_ZOOM, MAX_ZOOM);
    const k = labelScale(zoom);
    // Objective names give way only to each other (by points); flags always show; place names give
    // way to both, and are dropped when zoomed far out.
    const names: Phaser.Geom.Rectangle[] = [];
    const flags: Phaser.Geom.Rectangle[] = [];
    for (const f of this.flags) {
      f.setScale(Math.min(k, FLAG_MAX_SCALE));
      flags.push(f.getBounds());
    }
    const clear = (r: Phaser.Geom.Rectangle, others: Phaser.Geom.Rectangle[]): boolean =>
      !others.some((t) => Phaser.Geom.Intersects.RectangleToRectangle(t, r));
    // Zoomed out, counters grow: names move out from under them by as much.
    const spread = counterScale(zoom);
    for (const { text, minor, c, dx, dy } of this.labels) {
      text.setScale(k).setPosition(c.x + dx * spread, c.y + dy * spread);
      const r = text.getBounds();
      const fits = minor ? zoom >= MINOR_LABEL_ZOOM && clear(r, names) && clear(r, flags) : clear(r, names);
      text.setVisible(fits);
      if (fits) names.push(r);
    }
  }

  /** The names shown at the current zoom with their world rectangles (for tests). */
  shown(): { text: string; rect: Phaser.Geom.Rectangle }[] {
    return this.labels.filter((l) => l.text.visible).map((l) => ({ text: l.text.text, rect: l.text.getBounds() }));
  }
}
