// Place and objective names that stay legible at every zoom: their text is counter-scaled by the
// zoom (within bounds, so it neither vanishes nor swamps the map); where each goes at a zoom is
// decided with the map's other labels (labelLayout.ts); minor place names go when zoomed far out.
// Objective flags scale the same way. Counters grow when zoomed out so their text stays readable.
import * as Phaser from 'phaser';
import { type Hex, type Scenario, hexKey, parseHexKey } from '../engine/core';
import { COUNTER_H, COUNTER_W } from './counters';
import { type LabelItem, plateBounds, textItem } from './labelItems';
import { type Rect, spotsAround, spotsNear } from './labelLayout';
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
export const FLAG_W = 24;
export const FLAG_H = 14;
/** Below this zoom place names that are not objectives are hidden. */
const MINOR_LABEL_ZOOM = 0.6;
/** Candidate spots for a label are 8px apart (at the label's scale), up to two counter widths from where it wants to be. */
const LABEL_STEP = 8;
const SEARCH_COUNTERS = 2;
const MAX_RINGS = 24;
/** Space kept between labels (at the label's scale). */
const LABEL_GAP = 2;
/** Space kept between two objective names, in lines of their text. */
const NAME_APART = 0.75;

/** How labels are searched for room at a zoom, in world units: grid step, rings of it and the gap kept. */
export interface LabelSearch { step: number; rings: number; gap: number }

export function labelSearch(zoom: number): LabelSearch {
  const k = labelScale(zoom);
  const step = LABEL_STEP * k;
  return { step, rings: Math.min(MAX_RINGS, Math.ceil((SEARCH_COUNTERS * COUNTER_W * counterScale(zoom)) / step)), gap: LABEL_GAP * k };
}

const STYLE: Phaser.Types.GameObjects.Text.TextStyle = {
  fontFamily: 'system-ui, sans-serif', fontSize: '12px', color: '#111111', stroke: '#ffffff', strokeThickness: 3,
};

/** A name and the hex centre it names. */
interface Label { text: Phaser.GameObjects.Text; minor: boolean; c: Point }

/** An objective's owner flag and its hex centre. */
export interface Flag { box: Phaser.GameObjects.Container; c: Point }

/** Where the counter on a hex centred at c is drawn at counter scale k (whether or not there is one). */
export function counterSpot(c: Point, k: number): Rect {
  return { x: c.x - (COUNTER_W / 2) * k, y: c.y - 4 - (COUNTER_H / 2) * k, width: COUNTER_W * k, height: COUNTER_H * k };
}

/** A flag's spots: on its hex's top, above the hex's counter, then round the top. */
function* flagSpots(top: Point, above: Point, w: number, h: number, step: number, rings: number): Generator<Point> {
  yield { x: top.x - w / 2, y: top.y - h / 2 };
  yield above;
  yield* spotsNear(top, w, h, step, rings);
}

export class PlaceLabels {
  private readonly labels: Label[] = [];
  private flags: Flag[] = [];

  constructor(scene: Phaser.Scene, private readonly layout: HexLayout, scenario: Scenario, depth: number) {
    const add = (h: Hex, text: string, style: Phaser.Types.GameObjects.Text.TextStyle, minor: boolean): void => {
      const label = scene.add.text(0, 0, text, { ...style, resolution: 2 }).setDepth(minor ? depth : depth + 0.3);
      this.labels.push({ text: label, minor, c: layout.hexToPixel(h) });
    };
    // Most points first: they win the free spots and, zoomed out, the room.
    const objectives = [...scenario.objectives].sort((a, b) => b.points - a.points);
    for (const o of objectives) add(o.hex, `${o.name} · ${o.points}`, { ...STYLE, fontStyle: 'bold' }, false);
    const labelled = new Set(scenario.objectives.map((o) => hexKey(o.hex)));
    for (const p of scenario.map.data.places) {
      const k = `${p.hex[0]},${p.hex[1]}`;
      if (labelled.has(k)) continue;
      labelled.add(k);
      add(parseHexKey(k), p.name, { ...STYLE, fontSize: '11px' }, true);
    }
  }

  /** The objective owner flags (redrawn on state change), laid out with the names. */
  setFlags(flags: Flag[]): void {
    this.flags = flags;
  }

  /**
   * The flags and names to lay out at this zoom, scaled for it: each flag at its hex's top or near
   * it, each name below, above or beside its hex's counter or near there. Far out minor names go.
   */
  items(zoom: number): LabelItem[] {
    const k = labelScale(zoom), cs = counterScale(zoom);
    const { step, rings, gap } = labelSearch(zoom);
    const fk = Math.min(k, FLAG_MAX_SCALE), fw = FLAG_W * fk, fh = FLAG_H * fk;
    const flags = this.flags.map(({ box, c }): LabelItem => {
      box.setScale(fk);
      const top = { x: c.x, y: c.y - this.layout.size * 0.85 };
      const above = { x: top.x - fw / 2, y: counterSpot(c, cs).y - fh - gap };
      return {
        req: { kind: 'flag', width: fw, height: fh, spots: flagSpots(top, above, fw, fh, step, rings) },
        text: box.name, // the owner's tag
        place: (r) => {
          box.setVisible(r !== null);
          if (r) box.setPosition(r.x + fw / 2, r.y + fh / 2);
        },
        bounds: () => plateBounds(box, FLAG_W, FLAG_H),
      };
    });
    const names = this.labels.map(({ text, minor, c }) => {
      text.setScale(k);
      const hidden = minor && zoom < MINOR_LABEL_ZOOM;
      const item = textItem(minor ? 'place' : 'objective', text, (w, h) => (hidden ? [] : spotsAround(counterSpot(c, cs), w, h, gap, step, rings)));
      // Two objective names stacked edge to edge read as one, or each as the other's town (Al-Susah over
      // Al-Bukamal): beside its counter (the first four spots) a name keeps apart from the others.
      if (!minor) item.req.apart = { gap: item.req.height * NAME_APART, within: 4 };
      return item;
    });
    return [...flags, ...names];
  }

  /** The names shown at the current zoom with their world rectangles (for tests). */
  shown(): { text: string; rect: Phaser.Geom.Rectangle }[] {
    return this.labels.filter((l) => l.text.visible).map((l) => ({ text: l.text.text, rect: l.text.getBounds() }));
  }
}
