// The great-power crisis on the map: notified areas (dashed), the agreed line (the river's banks or a
// hatched strip), shared positions (dotted), hold-fire (solid), withdrawal (hatched), warnings (double
// outline), line proposals awaiting an answer, and incident markers. Every shape has a text label.
// Also the preview of a hotline pick (an area's centre or a line of hexes) under the pointer.
import * as Phaser from 'phaser';
import {
  type Agreement, type Area, type GameView, type Hex, type HexKey, type Power, type Scenario,
  activeAgreements, hexKey, hexRange,
} from '../engine/core';
import type { MapPick } from '../presenter/mapPick';
import { CAMP_TAG, CRISIS_COLOUR } from '../presenter/colours';
import { t } from '../i18n/messages';
import { canvasText } from './canvasText';
import { type LabelItem, textItem } from './labelItems';
import { spotsNear } from './labelLayout';
import { hexSubpath } from './mapTexture';
import type { HexLayout, Point } from './layout';

/** Axial step across edge i of a hex, edge i running from corner i to corner i + 1 (see HexLayout.corners). */
const EDGE_NEIGHBOUR: readonly Hex[] = [{ q: 1, r: 0 }, { q: 0, r: 1 }, { q: -1, r: 1 }, { q: -1, r: 0 }, { q: 0, r: -1 }, { q: 1, r: -1 }];

// Resolution in the style, not setResolution() after: that would render each tag a second time.
const LABEL: Phaser.Types.GameObjects.Text.TextStyle = {
  fontFamily: 'system-ui, sans-serif', fontSize: '11px', fontStyle: 'bold', color: '#ffffff', padding: { x: 3, y: 1 }, resolution: 2,
};

type Pattern = 'solid' | 'dashed' | 'dotted' | 'double';

export class CrisisLayer {
  private readonly areas: Phaser.GameObjects.Graphics;
  private readonly markers: Phaser.GameObjects.Graphics;
  private readonly pickLayer: Phaser.GameObjects.Graphics;
  /** The river as the agreed line: the same every time, so drawn once and shown or hidden. */
  private riverLine: Phaser.GameObjects.Graphics | undefined;
  private riverShown = false;
  private riverLabelAt: Hex | undefined | null = null;
  private labels: Phaser.GameObjects.Text[] = [];
  /** The last draw's tags by text and style: a tag drawn again is moved, not made again (Text objects are costly). */
  private spare = new Map<string, Phaser.GameObjects.Text[]>();
  /** Tags are counter-scaled by the camera's zoom so they stay readable (see placeLabels.ts). */
  private textScale = 1;
  private pickLabels: Phaser.GameObjects.Text[] = [];
  /** The tags the map lays out (the incidents' "!" stay on their diamonds), each with where it wants its centre. */
  private tags: { text: Phaser.GameObjects.Text; at: (w: number, h: number) => Point }[] = [];
  /** The last draw's texts in order, made (or taken from the spares) by makeLabels a budget at a time. */
  private wanted: LabelWant[] = [];

  constructor(private readonly scene: Phaser.Scene, private readonly layout: HexLayout, private readonly scenario: Scenario) {
    this.areas = scene.add.graphics().setDepth(2.5);
    this.markers = scene.add.graphics().setDepth(5.5);
    this.pickLayer = scene.add.graphics().setDepth(4.6);
  }

  /** Rescales the tags for a new zoom (lay them out again after: see items()). */
  setTextScale(k: number): void {
    this.textScale = k;
    for (const t of [...this.labels, ...this.pickLabels]) t.setScale(k);
  }

  /**
   * Draws the shapes and makes the texts for up to `budgetMs` of main-thread time (Text objects are
   * costly: Control's all-seeing map has dozens of new ones); true when every text is made, else call
   * makeLabels until it is.
   */
  draw(view: GameView, camp: Power, budgetMs = Infinity): boolean {
    this.areas.clear();
    this.markers.clear();
    // Out of sight until taken again: the old view's tags must not linger while new ones are made.
    for (const t of this.labels) {
      const key = t.getData('key') as string;
      this.spare.set(key, [...(this.spare.get(key) ?? []), t.setVisible(false)]);
    }
    this.labels = [];
    this.tags = [];
    this.wanted = [];
    this.riverShown = false;
    // Notices for the next turn are on the map already: they were sent to be seen.
    const shown = view.crisis.agreements.filter((a) => activeAgreements([a], view.turn).length > 0 || (a.kind === 'notice' && a.from === view.turn + 1));
    // The all-seeing view (replays, Control) has no "you": every agreement names its power.
    for (const a of shown) this.drawAgreement(a, view.turn, view.viewer === 'all' ? null : camp);
    for (const m of view.crisis.messages) {
      if (m.status !== 'pending' || (m.body.kind !== 'propose_line' && m.body.kind !== 'counter') || m.body.line.kind !== 'hexes') continue;
      this.strip(m.body.line.hexes, CRISIS_COLOUR.line, 'dashed', false);
      this.label(m.body.line.hexes[0]!, `PROPOSED LINE ${m.id}`, CRISIS_COLOUR.line);
    }
    this.drawIncidents(view);
    this.riverLine?.setVisible(this.riverShown);
    return this.makeLabels(budgetMs);
  }

  /** Whether texts of the last draw are still to be made. */
  get pending(): boolean {
    return this.wanted.some((w) => !w.made);
  }

  /**
   * Makes the last draw's texts in order until `budgetMs` has passed (at least one is made), taking a
   * spare of the same text and style where there is one (that costs nothing, so those never wait);
   * true when all are made (the spares left over are then destroyed).
   */
  makeLabels(budgetMs = Infinity): boolean {
    const until = performance.now() + budgetMs;
    let made = 0;
    for (const w of this.wanted) {
      if (w.made) continue;
      const spare = this.spare.get(w.key)?.pop();
      if (!spare && made > 0 && performance.now() > until) continue;
      if (!spare) made++;
      w.made = (spare ?? this.scene.add.text(w.x, w.y, w.text, w.style).setData('key', w.key))
        .setPosition(w.x, w.y).setOrigin(w.origin.x, w.origin.y).setDepth(w.depth).setScale(this.textScale).setVisible(true);
    }
    // In the draw's order, whatever the order they were made in: the layout gives earlier tags room first.
    this.labels = this.wanted.flatMap((w) => (w.made ? [w.made] : []));
    this.tags = this.wanted.flatMap((w) => (w.made && w.at ? [{ text: w.made, at: w.at }] : []));
    if (this.pending) return false;
    for (const tags of this.spare.values()) for (const t of tags) t.destroy();
    this.spare.clear();
    return true;
  }

  /** A text of the map's own, made by makeLabels: one from the last draw with the same text and style if there is one. */
  private text(want: Omit<LabelWant, 'key' | 'made'>): void {
    const text = canvasText(want.text);
    this.wanted.push({ ...want, text, key: `${text}\n${JSON.stringify(want.style)}` });
  }

  private drawAgreement(a: Agreement, turn: number, camp: Power | null): void {
    const m = t();
    const who = (p: Power): string => (p === camp ? m.map_tag_you() : CAMP_TAG[p]);
    const whos = (ps: readonly Power[]): string => ps.map(who).join(m.panel_log_list_separator());
    const until = a.until !== null ? m.map_tag_until({ turn: a.until }) : '';
    if (a.kind === 'line' && a.line) {
      if (a.line.kind === 'river') this.river();
      else this.strip(a.line.hexes, CRISIS_COLOUR.line, 'solid', true);
      const at = a.line.kind === 'river' ? this.riverLabelHex() : a.line.hexes[0];
      if (at) this.label(at, (a.line.kind === 'river' ? m.map_tag_line_river : m.map_tag_line)({ id: a.id }), CRISIS_COLOUR.line);
      return;
    }
    if (!a.area) return;
    switch (a.kind) {
      case 'notice':
        this.area(a.area, CRISIS_COLOUR.notice, 'dashed');
        this.label(a.area.centre, (a.from > turn ? m.map_tag_notice_next : m.map_tag_notice)({ activity: a.activity ?? 'strike', who: who(a.by), turn: a.from }), CRISIS_COLOUR.notice, a.area.radius);
        return;
      case 'shared_positions':
        this.area(a.area, CRISIS_COLOUR.shared, 'dotted');
        this.label(a.area.centre, m.map_tag_shared({ who: who(a.by), until }), CRISIS_COLOUR.shared, a.area.radius);
        return;
      case 'hold_fire':
        this.area(a.area, CRISIS_COLOUR.holdFire, 'solid');
        this.label(a.area.centre, m.map_tag_hold({ who: whos(a.bound), until }), CRISIS_COLOUR.holdFire, a.area.radius);
        return;
      case 'withdrawal':
        this.area(a.area, CRISIS_COLOUR.withdrawal, 'solid', true);
        this.label(a.area.centre, m.map_tag_withdrawal({ who: whos(a.bound), until }), CRISIS_COLOUR.withdrawal, a.area.radius);
        return;
      case 'warning':
        this.area(a.area, CRISIS_COLOUR.warning, 'double');
        this.label(a.area.centre, m.map_tag_warning({ who: who(a.by), until }), CRISIS_COLOUR.warning, a.area.radius);
        return;
      default:
        return;
    }
  }

  /** Incidents as yellow diamonds with "!" in the hex's lower right, their ids beside them. */
  private drawIncidents(view: GameView): void {
    const byHex = new Map<HexKey, string[]>();
    for (const i of view.crisis.incidents) byHex.set(hexKey(i.hex), [...(byHex.get(hexKey(i.hex)) ?? []), i.id]);
    const g = this.markers;
    for (const [k, ids] of byHex) {
      const [q, r] = k.split(',').map(Number) as [number, number];
      const c = this.layout.hexToPixel({ q, r });
      const x = c.x + this.layout.size * 0.5, y = c.y + this.layout.size * 0.45;
      const s = 9;
      g.fillStyle(CRISIS_COLOUR.incident, 1);
      g.lineStyle(2, 0x000000, 1);
      g.beginPath();
      g.moveTo(x, y - s); g.lineTo(x + s, y); g.lineTo(x, y + s); g.lineTo(x - s, y);
      g.closePath();
      g.fillPath();
      g.strokePath();
      this.text({ x, y, text: '!', style: { ...LABEL, fontSize: '12px', color: '#000000', padding: { x: 0, y: 0 } }, origin: { x: 0.5, y: 0.5 }, depth: 5.6 });
      this.text({ x: x + s + 2, y, text: ids.join(' '), style: { ...LABEL, color: '#000000', backgroundColor: '#f0e442' }, origin: { x: 0, y: 0.5 }, depth: 5.6, at: (w) => ({ x: x + s + 2 + w / 2, y }) });
    }
  }

  /** The tags to lay out at the current scale: each near the spot it wants, `step` apart at most `rings` steps out. */
  items(step: number, rings: number): LabelItem[] {
    return this.tags.map(({ text, at }) => textItem('tag', text, (w, h) => spotsNear(at(w, h), w, h, step, rings)));
  }

  /** The pick under way: the area the hovered hex would centre, or the line so far. */
  drawPick(pick: MapPick | null, hover: Hex | null): void {
    const g = this.pickLayer.clear();
    for (const t of this.pickLabels) t.destroy();
    this.pickLabels = [];
    if (!pick) return;
    if (pick.kind === 'line') {
      this.strip(pick.hexes(), CRISIS_COLOUR.line, 'solid', true, g);
      pick.hexes().forEach((h, i) => {
        const c = this.layout.hexToPixel(h);
        this.pickLabels.push(this.scene.add.text(c.x, c.y, String(i + 1), { ...LABEL, color: '#000000', backgroundColor: '#ffffff' }).setOrigin(0.5).setDepth(4.7).setScale(this.textScale));
      });
    }
    if (hover && this.scenario.map.isOnMap(hover)) {
      if (pick.kind === 'area') {
        this.area({ centre: hover, radius: pick.radius() }, CRISIS_COLOUR.pick, 'solid', false, g, 0.25);
      } else {
        g.lineStyle(3, CRISIS_COLOUR.pick, 1);
        this.polygon(g, this.layout.corners(hover, 2));
      }
    }
  }

  private onMap(hexes: readonly Hex[]): Hex[] {
    return hexes.filter((h) => this.scenario.map.isOnMap(h));
  }

  private area(area: Area, colour: number, pattern: Pattern, hatch = false, g = this.areas, fill = 0.12): void {
    this.region(this.onMap(hexRange(area.centre, area.radius)), colour, pattern, hatch, g, fill);
  }

  private strip(hexes: readonly Hex[], colour: number, pattern: Pattern, hatch: boolean, g = this.areas): void {
    this.region(this.onMap(hexes), colour, pattern, hatch, g, 0.2);
  }

  /** The river as the line: its hexes tinted and hatched, and both banks traced. */
  private river(): void {
    this.riverShown = true;
    if (this.riverLine) return;
    const water = this.scenario.map.hexes.filter((h) => {
      const t = this.scenario.map.terrainAt(h);
      return t === 'river' || t === 'island';
    });
    this.riverLine = this.scene.add.graphics().setDepth(2.5);
    this.region(water, CRISIS_COLOUR.line, 'solid', true, this.riverLine, 0.25);
  }

  private riverLabelHex(): Hex | undefined {
    if (this.riverLabelAt === null) this.riverLabelAt = this.nearestRiverHex();
    return this.riverLabelAt;
  }

  private nearestRiverHex(): Hex | undefined {
    const city = this.scenario.objectives[0]?.hex;
    const water = this.scenario.map.hexes.filter((h) => this.scenario.map.terrainAt(h) === 'river');
    if (!city) return water[0];
    const d = (h: Hex): number => (Math.abs(h.q - city.q) + Math.abs(h.r - city.r) + Math.abs(h.q + h.r - city.q - city.r)) / 2;
    return [...water].sort((a, b) => d(a) - d(b))[0];
  }

  /**
   * Fills the hexes and outlines the region's boundary in the pattern; hatch adds diagonal stripes.
   * Each of those is one path of many pieces: the canvas renderer replays a Graphics every frame, and
   * a path per hex or per dash made the all-seeing map's frames long.
   */
  private region(hexes: readonly Hex[], colour: number, pattern: Pattern, hatch: boolean, g: Phaser.GameObjects.Graphics, fill: number): void {
    if (hexes.length === 0) return;
    const inside = new Set(hexes.map(hexKey));
    g.fillStyle(colour, fill);
    g.beginPath();
    for (const h of hexes) hexSubpath(g, this.layout.corners(h));
    g.fillPath();
    if (hatch) {
      g.lineStyle(1.5, colour, 0.8);
      g.beginPath();
      for (const h of hexes) this.hatch(g, h);
      g.strokePath();
    }
    const edgesOf = (inset: number): [Point, Point][] => hexes.flatMap((h) => {
      const corners = this.layout.corners(h, inset);
      return EDGE_NEIGHBOUR.flatMap((d, i): [Point, Point][] =>
        (inside.has(hexKey({ q: h.q + d.q, r: h.r + d.r })) ? [] : [[corners[i]!, corners[(i + 1) % 6]!]]));
    });
    const edges = edgesOf(0);
    const dash = pattern === 'dotted' ? 'dotted' : pattern === 'dashed' ? 'dashed' : 'solid';
    // A dark under-stroke keeps light outlines readable on desert and fog alike.
    g.lineStyle(pattern === 'double' ? 7 : 5, 0x000000, 0.45);
    this.segments(g, edges, dash);
    g.lineStyle(3, colour, 1);
    this.segments(g, edges, dash);
    if (pattern === 'double') {
      g.lineStyle(2, colour, 1);
      this.segments(g, edgesOf(6), 'solid');
    }
  }

  private hatch(g: Phaser.GameObjects.Graphics, h: Hex): void {
    const c = this.layout.hexToPixel(h);
    const s = this.layout.size * 0.7;
    for (const k of [-0.66, 0, 0.66]) {
      g.moveTo(c.x - s + k * s, c.y + s * 0.6);
      g.lineTo(c.x + k * s + s * 0.2, c.y - s * 0.6);
    }
  }

  private polygon(g: Phaser.GameObjects.Graphics, pts: readonly Point[], fill = false): void {
    g.beginPath();
    g.moveTo(pts[0]!.x, pts[0]!.y);
    for (const p of pts.slice(1)) g.lineTo(p.x, p.y);
    g.closePath();
    if (fill) g.fillPath();
    else g.strokePath();
  }

  /** The edges as one stroked path, whole, dashed or dotted. */
  private segments(g: Phaser.GameObjects.Graphics, edges: readonly [Point, Point][], pattern: 'solid' | 'dashed' | 'dotted'): void {
    g.beginPath();
    for (const [a, b] of edges) {
      if (pattern === 'solid') { g.moveTo(a.x, a.y); g.lineTo(b.x, b.y); continue; }
      const [on, off] = pattern === 'dashed' ? [8, 5] : [2.5, 4];
      const len = Math.hypot(b.x - a.x, b.y - a.y);
      const ux = (b.x - a.x) / len, uy = (b.y - a.y) / len;
      for (let t = 0; t < len; t += on + off) {
        const e = Math.min(len, t + on);
        g.moveTo(a.x + ux * t, a.y + uy * t);
        g.lineTo(a.x + ux * e, a.y + uy * e);
      }
    }
    g.strokePath();
  }

  /**
   * A text tag, wanted just above the top edge of a shape `radius` hexes round `h`, in the shape's
   * colour on a dark ground; the map's layout moves it clear of counters and other labels.
   */
  private label(h: Hex, text: string, colour: number, radius = 0): void {
    const c = this.layout.hexToPixel(h);
    const css = `#${colour.toString(16).padStart(6, '0')}`;
    const top = c.y - this.layout.size * (radius * 1.5 + 1);
    this.text({ x: c.x, y: top, text, style: { ...LABEL, backgroundColor: '#1b1b1bdd', color: css }, origin: { x: 0.5, y: 1 }, depth: 5.4, at: (_w, hh) => ({ x: c.x, y: top - hh / 2 }) });
  }
}

/** A text the last draw wants: where, what, in which style; `at` for a tag the map lays out. */
interface LabelWant {
  key: string;
  x: number;
  y: number;
  text: string;
  style: Phaser.Types.GameObjects.Text.TextStyle;
  origin: Point;
  depth: number;
  at?: (w: number, h: number) => Point;
  made?: Phaser.GameObjects.Text;
}
