// The map scene: draws the player's view (terrain once, then fog, objectives, counters and the
// selection overlays), animates the events of each command and AI round on top of that view, and
// turns pointer and keys (with a keyboard hex cursor) into controller calls. It never decides outcomes.
import * as Phaser from 'phaser';
import { type GameView, type Hex, type HexKey, type Unit, hexKey, typeOf } from '../engine';
import { animSetting } from '../presenter/animSetting';
import type { Controller } from '../presenter/controller';
import { AnimQueue } from './animQueue';
import { CameraControls, screenToWorld, worldToScreen } from './cameraControls';
import {
  CAMP_COLOUR, CAMP_TAG, OBJECTIVE_COLOUR, PATH_COLOUR, RANGE_COLOUR, SITE_COLOUR, TARGET_COLOUR,
} from '../presenter/colours';
import { COUNTER_H, COUNTER_W, counterKey, makeCounter } from './counters';
import { CrisisLayer } from './crisisLayer';
import { type CursorDir, cursorStep } from './cursorStep';
import { animationSteps } from './eventAnimations';
import { type LabelItem, plateBounds, textItem } from './labelItems';
import { type LabelKind, layoutLabels, spotsAround } from './labelLayout';
import { type HexLayout, type Point, layoutForMap } from './layout';
import { drawStaticMap, hexPath, hexSubpath } from './mapTexture';
import { drawMines } from './mineMarkers';
import { MinimapScene } from './minimap';
import { PlaceLabels, counterScale, counterSpot, labelScale, labelSearch } from './placeLabels';

export const HEX_SIZE = 36;
const MARGIN = 40;
const STACK_OFFSET = 6;
/** Main-thread time a split redraw may spend making counters or crisis tags; the rest are made in the next frames. */
const COUNTER_BUDGET_MS = 8;
/** The keyboard cursor keeps this share of the view's width and height clear of the edges. */
const CURSOR_MARGIN = 0.18;
const ARROWS: Readonly<Record<string, CursorDir>> = { arrowleft: 'left', arrowright: 'right', arrowup: 'up', arrowdown: 'down' };
const MAP_HELP = 'Map. Arrow keys move the hex cursor; Enter or Space selects, moves, attacks or strikes at the cursor; '
  + 'Shift+arrows or W A S D pan; + and - zoom; N selects the next unit; M shows or hides the overview; Escape cancels or skips animations.';

export class GameScene extends Phaser.Scene {
  /** True once the first frame with the map and counters has been drawn (read by tests). */
  ready = false;
  private layout!: HexLayout;
  private controls!: CameraControls;
  /** The terrain, drawn once: shown itself only when nothing is in fog; otherwise `map` shows it with the fog baked in. */
  private terrain!: Phaser.GameObjects.RenderTexture;
  /** Terrain plus fog in one texture, redrawn when the view's sight changes: one full-screen draw a frame, not two. */
  private map!: Phaser.GameObjects.RenderTexture;
  private fogKey = '';
  private objectives!: Phaser.GameObjects.Graphics;
  private objectiveFlags: Phaser.GameObjects.Container[] = [];
  /** Hexes with a minefield marker drawn (read by tests). */
  private mineHexes: HexKey[] = [];
  /** The objectives' owners and the minefields the flags and markers were drawn for. */
  private flagOwners: string | undefined;
  private labels!: PlaceLabels;
  private minimap!: MinimapScene;
  private minimapView: GameView | undefined;
  private zoomSeen = 0;
  private overlay!: Phaser.GameObjects.Graphics;
  private pathLayer!: Phaser.GameObjects.Graphics;
  /** Odds tags under target hexes, with the hex centre they hang from. */
  private oddsLabels: { text: Phaser.GameObjects.Text; c: Point }[] = [];
  private counters = new Map<string, Phaser.GameObjects.Container>();
  /** Counters a redraw ran out of time to make (Control's all-seeing map shows dozens at once): made frame by frame. */
  private unitsPending = false;
  /** The rest of a redraw split into tasks (see redraw), and the viewer it was drawn for. */
  private stages: (() => void)[] = [];
  private stageTimer: ReturnType<typeof setTimeout> | null = null;
  private viewerSeen = '';
  private unitLayer!: Phaser.GameObjects.Layer;
  private crisis!: CrisisLayer;
  /** What the last layout placed on the map (read by tests). */
  private placed: LabelItem[] = [];
  /** Crisis tags with no room on the map at this zoom: the map key lists them. */
  private offMap: string[] = [];
  private offMapListener: ((tags: readonly string[]) => void) | undefined;
  private readonly anim = new AnimQueue();
  private readonly animSpeed = animSetting();
  /** The last event batch handed to the animator, so each batch plays once. */
  private seenEvents: unknown;
  /** The keyboard cursor's hex; drawn only while the keyboard is in use. */
  private cursor: Hex | null = null;
  private cursorShown = false;
  private cursorGfx!: Phaser.GameObjects.Graphics;

  constructor(private readonly controller: Controller) {
    super('GameScene');
  }

  create(): void {
    const { scenario } = this.controller.session;
    this.layout = layoutForMap(scenario.map.hexes, HEX_SIZE, MARGIN);
    const b = this.layout.bounds(scenario.map.hexes);
    const width = b.width + 2 * MARGIN, height = b.height + 2 * MARGIN;
    this.cameras.main.setBackgroundColor('#1d2a33');

    this.terrain = drawStaticMap(this, scenario, this.layout, width, height).setVisible(false);
    this.map = this.add.renderTexture(0, 0, Math.ceil(width), Math.ceil(height)).setOrigin(0, 0).setDepth(0);
    this.objectives = this.add.graphics().setDepth(1);
    this.overlay = this.add.graphics().setDepth(3);
    this.labels = new PlaceLabels(this, this.layout, scenario, 4);
    this.unitLayer = this.add.layer().setDepth(5);
    this.pathLayer = this.add.graphics().setDepth(4.5);
    this.crisis = new CrisisLayer(this, this.layout, scenario);
    this.cursorGfx = this.add.graphics().setDepth(6);
    this.seenEvents = this.controller.session.lastEvents; // what came before the map is not replayed

    const cam = this.cameras.main;
    cam.setBounds(-width / 2, -height / 2, width * 2, height * 2);
    const city = scenario.map.data.places.find((p) => p.kind === 'city') ?? scenario.map.data.places[0];
    const centre = city ? this.layout.hexToPixel({ q: city.hex[0], r: city.hex[1] }) : { x: width / 2, y: height / 2 };
    cam.centerOn(centre.x, centre.y);

    this.controls = new CameraControls(this, {
      click: (p, shift) => {
        this.setCursor(this.layout.pixelToHex(p), false);
        this.controller.clickHex(this.layout.pixelToHex(p), shift);
      },
      hover: (p) => this.controller.setHover(p ? this.layout.pixelToHex(p) : null),
      key: (k, e) => this.onKey(k, e),
      blocks: (sx, sy) => this.minimap.contains(sx, sy),
    });
    this.makeCanvasFocusable();
    const session = this.controller.session;
    this.minimap = new MinimapScene({
      scenario, layout: this.layout, worldWidth: width, worldHeight: height, mainCamera: () => this.cameras.main,
      // Read at each draw: in a hot-seat exercise the camp changes at every handover.
      get camp() { return session.camp; },
      canvasWidth: this.scale.width, canvasHeight: this.scale.height,
    });
    this.game.scene.add('Minimap', this.minimap, true);
    this.controller.onChange(() => this.redraw());
    this.controller.onHover(() => { this.drawPath(); this.drawPick(); });
    this.redraw();
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => { this.ready = true; });
  }

  override update(_time: number, delta: number): void {
    this.controls.update(delta);
    const zoom = this.cameras.main.zoom;
    if (zoom !== this.zoomSeen) this.applyZoom(zoom);
    if (this.anim.busy) this.anim.update(delta, this.animSpeed.factor);
    if (this.unitsPending || this.crisis.pending) {
      if (this.unitsPending) this.drawUnits(COUNTER_BUDGET_MS);
      else this.crisis.makeLabels(COUNTER_BUDGET_MS);
      if (!this.unitsPending && !this.crisis.pending) this.layoutLabels();
    }
  }

  /** True while event animations are playing or counters are still being made (read by tests). */
  animating(): boolean {
    return this.anim.busy || this.unitsPending || this.crisis.pending || this.stages.length > 0;
  }

  /** The hex at the middle of the view and the zoom, for tests. */
  cameraInfo(): { centre: Hex; zoom: number } {
    const cam = this.cameras.main;
    return { centre: this.layout.pixelToHex(screenToWorld(cam, cam.width / 2, cam.height / 2)), zoom: cam.zoom };
  }

  /** Place and objective names shown at this zoom, with their rectangles in page coordinates (for tests). */
  mapLabels(): { text: string; x: number; y: number; width: number; height: number }[] {
    return this.labels.shown().map(({ text, rect }) => {
      const a = this.toClient(rect.x, rect.y), b = this.toClient(rect.right, rect.bottom);
      return { text, x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
    });
  }

  /** Every counter and label on the map now, with its box in page coordinates (for tests). */
  labelBoxes(): { kind: LabelKind; text: string; x: number; y: number; width: number; height: number }[] {
    return this.placed.map((item) => {
      const r = item.bounds();
      const a = this.toClient(r.x, r.y), b = this.toClient(r.x + r.width, r.y + r.height);
      return { kind: item.req.kind, text: item.text, x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
    });
  }

  /** Tells `fn` (now and on every change) which crisis tags have no room on the map. */
  onOffMapTags(fn: (tags: readonly string[]) => void): void {
    this.offMapListener = fn;
    fn(this.offMap);
  }

  /** The overview's rectangle in page coordinates, for tests. */
  minimapRect(): { x: number; y: number; width: number; height: number } | undefined {
    const r = this.minimap.rect();
    if (!r) return undefined;
    const c = this.game.canvas.getBoundingClientRect();
    const k = c.width / this.scale.width;
    return { x: c.left + r.x * k, y: c.top + r.y * k, width: r.width * k, height: r.height * k };
  }

  /** Text on the map keeps a readable size: labels, flags, odds and counters follow the zoom, and are laid out again. */
  private applyZoom(zoom: number): void {
    this.zoomSeen = zoom;
    const k = counterScale(zoom);
    for (const c of this.counters.values()) c.setScale(k);
    for (const o of this.oddsLabels) o.text.setScale(labelScale(zoom));
    this.crisis.setTextScale(labelScale(zoom));
    this.layoutLabels();
  }

  /**
   * Places every label clear of the counters and of each other, in order of priority: counters stay
   * put, then objective flags and names, odds, crisis tags, place names (labelLayout.ts). What finds
   * no room is hidden; crisis tags then go to the map key.
   */
  private layoutLabels(): void {
    const zoom = this.cameras.main.zoom;
    const cs = counterScale(zoom);
    const { step, rings, gap } = labelSearch(zoom);
    const units = [...this.counters].map(([id, c]): LabelItem => {
      // Where the counter rests: an animation may be moving it now.
      const home = (c.getData('home') as Point | undefined) ?? c;
      const w = (COUNTER_W + 2) * cs, h = (COUNTER_H + 2) * cs;
      return {
        req: { kind: 'unit', width: w, height: h, spots: [{ x: home.x - (COUNTER_W / 2) * cs, y: home.y - (COUNTER_H / 2) * cs }] },
        text: id, place: () => {}, bounds: () => plateBounds(c, COUNTER_W, COUNTER_H, 2),
      };
    });
    const odds = this.oddsLabels.map(({ text, c }) =>
      textItem('odds', text, (w, h) => spotsAround(counterSpot(c, cs), w, h, gap, step, rings)));
    const items = [...units, ...this.labels.items(zoom), ...odds, ...this.crisis.items(step, rings)];
    const boxes = layoutLabels(items.map((i) => i.req), gap);
    items.forEach((item, i) => item.place(boxes[i]!));
    this.placed = items.filter((_, i) => boxes[i]);
    const offMap = items.filter((item, i) => item.req.kind === 'tag' && !boxes[i]).map((item) => item.text);
    if (offMap.join('\n') !== this.offMap.join('\n')) {
      this.offMap = offMap;
      this.offMapListener?.(offMap);
    }
  }

  /** Client (page) coordinates of a unit's counter centre, for tests; undefined when not in view. */
  screenPositionOf(unitId: string): Point | undefined {
    const c = this.counters.get(unitId);
    return c ? this.toClient(c.x, c.y) : undefined;
  }

  /** Ids of the units that have a counter in the display list, for fog-of-war tests. */
  drawnUnitIds(): string[] {
    // The layer, not the counter map: counters leaving in an animation are in it too.
    return this.unitLayer.getChildren().map((c) => c.name);
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

  private onKey(key: string, e: KeyboardEvent): boolean {
    const dir = ARROWS[key];
    if (dir) {
      this.moveCursor(dir);
      return true;
    }
    const target = e.target as HTMLElement | null;
    // Enter and Space belong to buttons and links when those have focus.
    const onMap = !target || target === document.body || target === this.game.canvas || target.id === 'game-container';
    if ((key === ' ' || key === 'escape') && this.animating()) {
      this.anim.skip();
      this.finishStages();
      if (this.unitsPending || this.crisis.pending) {
        this.drawUnits(Infinity);
        this.crisis.makeLabels(Infinity);
        this.layoutLabels();
      }
      return true;
    }
    if (key === 'escape') this.controller.escape();
    else if ((key === 'enter' || key === ' ') && onMap) {
      // The first press only shows the cursor, so a key never acts on a hex the player cannot see marked.
      if (!this.cursor || !this.cursorShown) this.moveCursor(null);
      else this.controller.clickHex(this.cursor, e.shiftKey);
    } else if (key === 'm') {
      this.minimap.toggle();
    } else if (key === 'n') {
      this.controller.selectNext();
      const u = this.controller.selected();
      if (u) {
        this.centreOn(u.hex);
        this.setCursor(u.hex, this.cursorShown);
      }
    } else return false;
    return true;
  }

  private makeCanvasFocusable(): void {
    const canvas = this.game.canvas;
    canvas.tabIndex = 0;
    canvas.setAttribute('role', 'application');
    canvas.setAttribute('aria-label', MAP_HELP);
    canvas.addEventListener('focus', () => { if (canvas.matches(':focus-visible')) this.moveCursor(null); });
  }

  /** Steps the cursor (or, with no direction, shows it where it is, on the selected unit or mid-screen). */
  private moveCursor(dir: CursorDir | null): void {
    const { map } = this.controller.session.scenario;
    let h = this.cursor;
    if (!h) {
      const cam = this.cameras.main;
      h = this.controller.selected()?.hex ?? this.layout.pixelToHex({ x: cam.scrollX + cam.width / 2, y: cam.scrollY + cam.height / 2 });
    }
    if (dir) {
      const next = cursorStep(h, dir);
      if (map.isOnMap(next)) h = next;
    }
    if (!map.isOnMap(h)) h = map.hexes[0]!;
    this.setCursor(h, true);
    this.followCursor();
    this.controller.setHover(h);
  }

  private setCursor(h: Hex, shown: boolean): void {
    this.cursor = h;
    this.cursorShown = shown;
    const g = this.cursorGfx.clear();
    if (!shown) return;
    g.lineStyle(6, 0x111111, 1);
    hexPath(g, this.layout.corners(h, 3));
    g.strokePath();
    g.lineStyle(3, 0xffffff, 1);
    hexPath(g, this.layout.corners(h, 3));
    g.strokePath();
  }

  /** Scrolls just enough to keep the cursor away from the view's edges. */
  private followCursor(): void {
    if (!this.cursor) return;
    const cam = this.cameras.main;
    const p = this.layout.hexToPixel(this.cursor);
    const s = worldToScreen(cam, p.x, p.y);
    const mx = cam.width * CURSOR_MARGIN, my = cam.height * CURSOR_MARGIN;
    if (s.x < mx) cam.scrollX -= (mx - s.x) / cam.zoom;
    else if (s.x > cam.width - mx) cam.scrollX += (s.x - (cam.width - mx)) / cam.zoom;
    if (s.y < my) cam.scrollY -= (my - s.y) / cam.zoom;
    else if (s.y > cam.height - my) cam.scrollY += (s.y - (cam.height - my)) / cam.zoom;
  }

  private redraw(): void {
    // A change while animating (the player acted again) ends the animation: counters are redrawn
    // where the view says, and only the newest events play.
    this.anim.skip();
    this.finishStages();
    const ghosts = this.takeGhosts();
    // Control's all-seeing map changes nearly everything at once (fog, flags, crisis tags, dozens of
    // counters): a task each, after the one that asked (it also builds Control's panel), and the
    // counters a few per frame, so a slow machine's page never freezes for the whole of it.
    const viewer = this.controller.session.view().viewer;
    const split = viewer === 'all' && this.viewerSeen !== 'all';
    this.viewerSeen = viewer;
    const counterBudgetMs = split ? COUNTER_BUDGET_MS : Infinity;
    const stages = [
      () => this.drawFog(),
      () => this.drawObjectives(),
      () => { this.crisis.draw(this.controller.session.view(), this.controller.session.camp, counterBudgetMs); },
      () => {
        this.drawUnits(counterBudgetMs);
        this.drawOverlay();
        this.layoutLabels();
        this.drawPath();
        this.drawPick();
        const view = this.controller.session.view();
        if (view !== this.minimapView) {
          this.minimapView = view;
          this.minimap.draw(view);
        }
        this.animateNewEvents(ghosts);
      },
    ];
    if (!split) { for (const s of stages) s(); return; }
    this.stages = stages;
    this.stageTimer = setTimeout(() => this.nextStage(), 0);
  }

  private nextStage(): void {
    this.stageTimer = null;
    this.stages.shift()?.();
    if (this.stages.length > 0) this.stageTimer = setTimeout(() => this.nextStage(), 0);
  }

  /** Runs what is left of a split redraw now. */
  private finishStages(): void {
    if (this.stageTimer !== null) clearTimeout(this.stageTimer);
    this.stageTimer = null;
    for (const s of this.stages.splice(0)) s();
  }

  /**
   * Counters of units that new events take out of the view (moved into the fog, destroyed): kept
   * out of the redraw so the animation can show them leaving; it destroys them.
   */
  private takeGhosts(): Map<string, Phaser.GameObjects.Container> {
    const ghosts = new Map<string, Phaser.GameObjects.Container>();
    const events = this.controller.session.lastEvents;
    if (events === this.seenEvents || this.animSpeed.factor === 0) return ghosts;
    const inView = new Set(this.controller.session.view().units.map((u) => u.id));
    for (const e of events) {
      if (e.type !== 'unit_moved' && e.type !== 'unit_destroyed' && e.type !== 'car_bomb_detonated') continue;
      const c = this.counters.get(e.unit);
      if (!c || inView.has(e.unit)) continue;
      this.counters.delete(e.unit);
      ghosts.set(e.unit, c);
    }
    return ghosts;
  }

  private animateNewEvents(ghosts: Map<string, Phaser.GameObjects.Container>): void {
    const events = this.controller.session.lastEvents;
    if (events === this.seenEvents) return;
    this.seenEvents = events;
    if (this.animSpeed.factor === 0) return;
    const cam = this.cameras.main;
    const inView = (p: Point): boolean => {
      const q = worldToScreen(cam, p.x, p.y);
      return q.x > -HEX_SIZE && q.y > -HEX_SIZE && q.x < cam.width + HEX_SIZE && q.y < cam.height + HEX_SIZE;
    };
    this.anim.push(...animationSteps(events, { scene: this, layout: this.layout, counters: this.counters, ghosts, textScale: () => labelScale(cam.zoom), inView }));
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
    const fogged = this.controller.session.scenario.map.hexes.filter((h) => !seen.has(hexKey(h)));
    // With nothing in fog (the all-seeing view) the terrain is shown as it is: re-baking a map-sized
    // texture cost a slow machine's main thread half a second.
    this.map.setVisible(fogged.length > 0);
    this.terrain.setVisible(fogged.length === 0);
    if (fogged.length === 0) return;
    const g = this.make.graphics({}, false);
    g.fillStyle(0x0b1a24, 0.36);
    g.beginPath();
    for (const h of fogged) hexSubpath(g, this.layout.corners(h));
    g.fillPath();
    this.map.clear();
    this.terrain.setVisible(true);
    this.map.draw(this.terrain);
    this.map.draw(g);
    this.map.render();
    this.terrain.setVisible(false);
    g.destroy();
  }

  /** Outlines, flags and minefield markers, again only when an objective changes hands or a field appears (flags are Text objects: not cheap). */
  private drawObjectives(): void {
    const { scenario } = this.controller.session;
    const view = this.controller.session.view();
    const owners = scenario.objectives.map((o) => view.control[o.id] ?? null);
    // Minefield markers share the outlines' graphics, so a field going off redraws them too.
    const key = `${owners.join(';')}|${view.mines.known.join(';')}|${view.mines.hidden.join(';')}`;
    if (key === this.flagOwners) return;
    this.flagOwners = key;
    const g = this.objectives.clear();
    for (const f of this.objectiveFlags) f.destroy();
    this.objectiveFlags = [];
    const flagged: { box: Phaser.GameObjects.Container; c: Point }[] = [];
    for (const [i, o] of scenario.objectives.entries()) {
      g.lineStyle(4, OBJECTIVE_COLOUR, 1);
      hexPath(g, this.layout.corners(o.hex, 3));
      g.strokePath();
      // The owner's flag at the hex's top corner: colour plus the camp's tag.
      const owner = owners[i]!;
      const c = this.layout.hexToPixel(o.hex);
      const flag = this.add.graphics();
      flag.fillStyle(owner ? CAMP_COLOUR[owner] : 0xffffff, 1);
      flag.lineStyle(1.5, OBJECTIVE_COLOUR, 1);
      flag.fillRoundedRect(-12, -7, 24, 14, 3);
      flag.strokeRoundedRect(-12, -7, 24, 14, 3);
      const tag = this.add.text(0, 0, owner ? CAMP_TAG[owner] : '—', {
        fontFamily: 'system-ui, sans-serif', fontSize: '10px', fontStyle: 'bold', color: owner ? '#ffffff' : '#111111', resolution: 2,
      }).setOrigin(0.5);
      const box = this.add.container(c.x, c.y - HEX_SIZE * 0.85, [flag, tag]).setDepth(4.2).setSize(24, 14);
      this.objectiveFlags.push(box);
      flagged.push({ box, c });
    }
    this.labels.setFlags(flagged);
    this.mineHexes = drawMines(g, this.layout, view, HEX_SIZE);
  }

  /** Hexes ("q,r") where the map shows a minefield marker (for tests). */
  mineMarkers(): HexKey[] {
    return [...this.mineHexes];
  }

  /**
   * Counters whose look is unchanged are moved, not made again: making one costs several Text objects,
   * and remaking all of them after every AI round cost tens of milliseconds in one frame. Past
   * `budgetMs` a changed counter keeps its old look and a new one waits, for the next frame's call.
   */
  private drawUnits(budgetMs: number): void {
    const until = performance.now() + budgetMs;
    let pending = false;
    const { session } = this.controller;
    const view = session.view();
    const old = this.counters;
    this.counters = new Map();
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
        const type = typeOf(session.scenario, u);
        const opts = { selected: u.id === selectedId, spent, immobile, viewer: session.camp };
        const key = counterKey(u, type, opts);
        let counter = old.get(u.id);
        const home = { x: p.x + off, y: p.y - 4 + off };
        if (counter?.getData('key') === key || (counter && performance.now() > until)) {
          pending ||= counter.getData('key') !== key;
          old.delete(u.id);
          counter.setPosition(home.x, home.y);
        } else if (performance.now() > until) {
          pending = true;
          return;
        } else {
          counter = makeCounter(this, u, type, home.x, home.y, opts).setData('key', key);
          this.unitLayer.add(counter);
        }
        counter.setData('home', home);
        counter.setScale(counterScale(this.cameras.main.zoom));
        // Stacks draw in this order, the selected unit on top, whichever counters were kept.
        this.unitLayer.bringToTop(counter);
        this.counters.set(u.id, counter);
      });
    }
    for (const c of old.values()) c.destroy();
    this.unitsPending = pending;
  }

  private drawOverlay(): void {
    const g = this.overlay.clear();
    for (const o of this.oddsLabels) o.text.destroy();
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
      const label = this.add.text(0, 0, `${rival}${t.odds.odds} · ${t.odds.hitPct}%`, {
        fontFamily: 'system-ui, sans-serif', fontSize: '12px', fontStyle: 'bold', color: '#ffffff',
        backgroundColor: '#b00000', padding: { x: 3, y: 1 }, resolution: 2,
      }).setOrigin(0.5, 0).setDepth(7).setScale(labelScale(this.cameras.main.zoom));
      this.oddsLabels.push({ text: label, c });
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
