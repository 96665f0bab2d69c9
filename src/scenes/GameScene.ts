// The map scene: draws the player's view (terrain once, then fog, objectives, counters and the
// selection overlays) and turns pointer and keys into controller calls. It never decides outcomes.
import * as Phaser from 'phaser';
import { type Hex, type HexKey, type Unit, hexKey, parseHexKey, typeOf } from '../engine';
import type { Controller } from '../ui/controller';
import { CameraControls, worldToScreen } from './cameraControls';
import {
  CAMP_COLOUR, CAMP_TAG, OBJECTIVE_COLOUR, PATH_COLOUR, RANGE_COLOUR, SITE_COLOUR, TARGET_COLOUR,
} from './colours';
import { COUNTER_H, makeCounter } from './counters';
import { CrisisLayer } from './crisisLayer';
import { type HexLayout, type Point, layoutForMap } from './layout';
import { drawStaticMap, hexPath } from './mapTexture';

export const HEX_SIZE = 36;
const MARGIN = 40;
const STACK_OFFSET = 6;

const LABEL_STYLE: Phaser.Types.GameObjects.Text.TextStyle = {
  fontFamily: 'system-ui, sans-serif', fontSize: '12px', color: '#111111', stroke: '#ffffff', strokeThickness: 3,
};

export class GameScene extends Phaser.Scene {
  /** True once the first frame with the map and counters has been drawn (read by tests). */
  ready = false;
  private layout!: HexLayout;
  private controls!: CameraControls;
  private fog!: Phaser.GameObjects.RenderTexture;
  private fogKey = '';
  private objectives!: Phaser.GameObjects.Graphics;
  private objectiveTags: Phaser.GameObjects.Text[] = [];
  private overlay!: Phaser.GameObjects.Graphics;
  private pathLayer!: Phaser.GameObjects.Graphics;
  private oddsLabels: Phaser.GameObjects.Text[] = [];
  private counters = new Map<string, Phaser.GameObjects.Container>();
  private unitLayer!: Phaser.GameObjects.Layer;
  private crisis!: CrisisLayer;

  constructor(private readonly controller: Controller) {
    super('GameScene');
  }

  create(): void {
    const { scenario } = this.controller.session;
    this.layout = layoutForMap(scenario.map.hexes, HEX_SIZE, MARGIN);
    const b = this.layout.bounds(scenario.map.hexes);
    const width = b.width + 2 * MARGIN, height = b.height + 2 * MARGIN;
    this.cameras.main.setBackgroundColor('#1d2a33');

    drawStaticMap(this, scenario, this.layout, width, height).setDepth(0);
    this.objectives = this.add.graphics().setDepth(1);
    this.fog = this.add.renderTexture(0, 0, Math.ceil(width), Math.ceil(height)).setOrigin(0, 0).setDepth(2);
    this.overlay = this.add.graphics().setDepth(3);
    this.addPlaceLabels();
    this.unitLayer = this.add.layer().setDepth(5);
    this.pathLayer = this.add.graphics().setDepth(4.5);
    this.crisis = new CrisisLayer(this, this.layout, scenario);

    const cam = this.cameras.main;
    cam.setBounds(-width / 2, -height / 2, width * 2, height * 2);
    const city = scenario.map.data.places.find((p) => p.kind === 'city') ?? scenario.map.data.places[0];
    const centre = city ? this.layout.hexToPixel({ q: city.hex[0], r: city.hex[1] }) : { x: width / 2, y: height / 2 };
    cam.centerOn(centre.x, centre.y);

    this.controls = new CameraControls(this, {
      click: (p, shift) => this.controller.clickHex(this.layout.pixelToHex(p), shift),
      hover: (p) => this.controller.setHover(p ? this.layout.pixelToHex(p) : null),
      key: (k) => this.onKey(k),
    });
    this.controller.onChange(() => this.redraw());
    this.controller.onHover(() => { this.drawPath(); this.drawPick(); });
    this.redraw();
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => { this.ready = true; });
  }

  override update(_time: number, delta: number): void {
    this.controls.update(delta);
  }

  /** Client (page) coordinates of a unit's counter centre, for tests; undefined when not in view. */
  screenPositionOf(unitId: string): Point | undefined {
    const c = this.counters.get(unitId);
    return c ? this.toClient(c.x, c.y) : undefined;
  }

  /** Ids of the units that have a counter in the display list, for fog-of-war tests. */
  drawnUnitIds(): string[] {
    return [...this.counters.keys()];
  }

  /** Client (page) coordinates of a hex centre, for tests. */
  screenPositionOfHex(h: Hex): Point {
    const p = this.layout.hexToPixel(h);
    return this.toClient(p.x, p.y);
  }

  /** Which renderer Phaser chose (AUTO picks WebGL where it can). */
  rendererName(): 'webgl' | 'canvas' {
    return this.game.config.renderType === Phaser.WEBGL ? 'webgl' : 'canvas';
  }

  /** Pans the camera so a hex is in the middle of the screen. */
  centreOn(h: Hex): void {
    const p = this.layout.hexToPixel(h);
    this.cameras.main.centerOn(p.x, p.y);
  }

  private toClient(wx: number, wy: number): Point {
    const s = worldToScreen(this.cameras.main, wx, wy);
    const rect = this.game.canvas.getBoundingClientRect();
    const k = rect.width / this.scale.width;
    return { x: rect.left + s.x * k, y: rect.top + s.y * k };
  }

  private onKey(key: string): void {
    if (key === 'escape') this.controller.escape();
    else if (key === 'n') {
      this.controller.selectNext();
      const u = this.controller.selected();
      if (u) this.centreOn(u.hex);
    }
  }

  /**
   * Objective and place names. Each label tries below, above, right and left of its hex and takes
   * the first spot free of the labels placed before it; a place name with no free spot is left out
   * (the side panel names the hex under the cursor).
   */
  private addPlaceLabels(): void {
    const { scenario } = this.controller.session;
    const taken: Phaser.Geom.Rectangle[] = [];
    const s = HEX_SIZE;
    for (const o of scenario.objectives) {
      const c = this.layout.hexToPixel(o.hex);
      taken.push(new Phaser.Geom.Rectangle(c.x - 13, c.y - s * 0.85 - 8, 26, 16)); // the owner flag
    }
    const place = (h: Hex, text: string, style: Phaser.Types.GameObjects.Text.TextStyle, always: boolean): void => {
      const c = this.layout.hexToPixel(h);
      const label = this.add.text(0, 0, text, style).setResolution(2).setDepth(4);
      const spots: [number, number, number, number][] = [
        [c.x, c.y + s * 0.42, 0.5, 0], [c.x, c.y - s * 0.5, 0.5, 1], [c.x + s * 0.7, c.y, 0, 0.5], [c.x - s * 0.7, c.y, 1, 0.5],
      ];
      for (const [x, y, ox, oy] of spots) {
        label.setPosition(x, y).setOrigin(ox, oy);
        const r = label.getBounds();
        if (!taken.some((t) => Phaser.Geom.Intersects.RectangleToRectangle(t, r))) {
          taken.push(r);
          return;
        }
      }
      if (always) {
        label.setPosition(spots[0]![0], spots[0]![1]).setOrigin(0.5, 0);
        taken.push(label.getBounds());
      } else {
        label.destroy();
      }
    };
    for (const o of scenario.objectives) place(o.hex, `${o.name} · ${o.points}`, { ...LABEL_STYLE, fontStyle: 'bold' }, true);
    const labelled = new Set(scenario.objectives.map((o) => hexKey(o.hex)));
    for (const p of scenario.map.data.places) {
      const k = `${p.hex[0]},${p.hex[1]}`;
      if (labelled.has(k)) continue;
      labelled.add(k);
      place(parseHexKey(k), p.name, { ...LABEL_STYLE, fontSize: '11px' }, false);
    }
  }

  private redraw(): void {
    this.drawFog();
    this.drawObjectives();
    this.crisis.draw(this.controller.session.view(), this.controller.session.camp);
    this.drawUnits();
    this.drawOverlay();
    this.drawPath();
    this.drawPick();
  }

  private drawPick(): void {
    this.crisis.drawPick(this.controller.pick, this.controller.hover);
  }

  private drawFog(): void {
    const view = this.controller.session.view();
    const key = [...view.visible].sort().join(';');
    if (key === this.fogKey) return;
    this.fogKey = key;
    const seen = new Set(view.visible);
    const g = this.make.graphics({}, false);
    g.fillStyle(0x0b1a24, 0.36);
    for (const h of this.controller.session.scenario.map.hexes) {
      if (seen.has(hexKey(h))) continue;
      hexPath(g, this.layout.corners(h));
      g.fillPath();
    }
    this.fog.clear();
    this.fog.draw(g);
    this.fog.render();
    g.destroy();
  }

  private drawObjectives(): void {
    const { scenario } = this.controller.session;
    const view = this.controller.session.view();
    const g = this.objectives.clear();
    for (const t of this.objectiveTags) t.destroy();
    this.objectiveTags = [];
    for (const o of scenario.objectives) {
      g.lineStyle(4, OBJECTIVE_COLOUR, 1);
      hexPath(g, this.layout.corners(o.hex, 3));
      g.strokePath();
      // The owner's flag at the hex's top corner: colour plus the camp's tag.
      const owner = view.control[o.id] ?? null;
      const c = this.layout.hexToPixel(o.hex);
      const fx = c.x, fy = c.y - HEX_SIZE * 0.85;
      g.fillStyle(owner ? CAMP_COLOUR[owner] : 0xffffff, 1);
      g.lineStyle(1.5, OBJECTIVE_COLOUR, 1);
      g.fillRoundedRect(fx - 12, fy - 7, 24, 14, 3);
      g.strokeRoundedRect(fx - 12, fy - 7, 24, 14, 3);
      const tag = this.add.text(fx, fy, owner ? CAMP_TAG[owner] : '—', {
        fontFamily: 'system-ui, sans-serif', fontSize: '10px', fontStyle: 'bold', color: owner ? '#ffffff' : '#111111',
      }).setOrigin(0.5).setResolution(2).setDepth(4);
      this.objectiveTags.push(tag);
    }
  }

  private drawUnits(): void {
    const { session } = this.controller;
    const view = session.view();
    for (const c of this.counters.values()) c.destroy();
    this.counters.clear();
    const stacks = new Map<HexKey, Unit[]>();
    for (const u of view.units) stacks.set(hexKey(u.hex), [...(stacks.get(hexKey(u.hex)) ?? []), u]);
    const selectedId = this.controller.selectedId;
    for (const units of stacks.values()) {
      // The selected unit is drawn on top of its stack.
      units.sort((a, b) => Number(a.id === selectedId) - Number(b.id === selectedId));
      units.forEach((u, i) => {
        const p = this.layout.hexToPixel(u.hex);
        const off = (i - (units.length - 1) / 2) * STACK_OFFSET;
        const own = u.camp === session.camp;
        const spent = own && session.isPlayersPhase && u.acted;
        const immobile = own && session.isPlayersPhase && u.mp === 0;
        const counter = makeCounter(this, u, typeOf(session.scenario, u), p.x + off, p.y - 4 + off, {
          selected: u.id === selectedId, spent, immobile, viewer: session.camp,
        });
        this.unitLayer.add(counter);
        this.counters.set(u.id, counter);
      });
    }
  }

  private drawOverlay(): void {
    const g = this.overlay.clear();
    for (const t of this.oddsLabels) t.destroy();
    this.oddsLabels = [];
    const o = this.controller.overlay();
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
      const rival = this.controller.isRivalHex(t.hex) ? '⚠ ' : '';
      const label = this.add.text(c.x, c.y + COUNTER_H / 2 + 2, `${rival}${t.odds.odds} · ${t.odds.hitPct}%`, {
        fontFamily: 'system-ui, sans-serif', fontSize: '12px', fontStyle: 'bold', color: '#ffffff',
        backgroundColor: '#b00000', padding: { x: 3, y: 1 },
      }).setOrigin(0.5, 0).setResolution(2).setDepth(7);
      this.oddsLabels.push(label);
    }
    const unit = this.controller.selected();
    if (unit) {
      g.lineStyle(3, PATH_COLOUR, 1);
      hexPath(g, this.layout.corners(unit.hex, 1));
      g.strokePath();
    }
  }

  /** The path to the hovered destination, drawn as a line through hex centres. */
  private drawPath(): void {
    const g = this.pathLayer.clear();
    const hover = this.controller.hover;
    if (!hover) return;
    const dest = this.controller.overlay().range.get(hexKey(hover));
    if (!dest) return;
    const pts = dest.path.map((h) => this.layout.hexToPixel(h));
    g.lineStyle(4, PATH_COLOUR, 0.95);
    g.beginPath();
    g.moveTo(pts[0]!.x, pts[0]!.y);
    for (const p of pts.slice(1)) g.lineTo(p.x, p.y);
    g.strokePath();
    const end = pts[pts.length - 1]!;
    g.fillStyle(PATH_COLOUR, 1);
    g.fillCircle(end.x, end.y, 6);
  }
}
