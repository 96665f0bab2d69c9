// The map scene: lifecycle and wiring. Its layers draw the player's view (terrain and fog,
// objectives, counters, the selection's overlay and path, crisis shapes, the keyboard cursor); it
// animates the events of each command and AI round on top of that view, and turns pointer and keys
// into controller calls. It never decides outcomes. What the tests read of it is in sceneProbe.ts.
import * as Phaser from 'phaser';
import type { GameView, Hex } from '../engine/core';
import { animSetting } from '../presenter/animSetting';
import type { Controller } from '../presenter/controller';
import { AnimQueue } from './animQueue';
import { CameraControls, worldToScreen } from './cameraControls';
import { CrisisLayer } from './crisisLayer';
import { type CursorDir, cursorStep } from './cursorStep';
import { FogLayer } from './fogLayer';
import { FrameGate, GatedGame } from './frameGate';
import { HexCursor } from './hexCursor';
import { LabelPlacer } from './labelPlacer';
import { HEX_SIZE, type HexLayout, type Point, layoutForMap } from './layout';
import { MinimapScene } from './minimap';
import { ObjectiveLayer } from './objectiveLayer';
import { PathLayer } from './pathLayer';
import { Spotlight } from './spotlight';
import { PlaceLabels, counterScale, labelScale, labelSearch } from './placeLabels';
import { TargetOverlay } from './targetOverlay';
import { ThreatLayer } from './threatLayer';
import { UnitCounters } from './unitCounters';
import { cullToView } from './viewCull';

const MARGIN = 40;
/** Main-thread time a split redraw may spend making counters or crisis tags; the rest are made in the next frames. */
const COUNTER_BUDGET_MS = 8;
const ARROWS: Readonly<Record<string, CursorDir>> = { arrowleft: 'left', arrowright: 'right', arrowup: 'up', arrowdown: 'down' };
const MAP_HELP = 'Map. Arrow keys move the hex cursor; Enter or Space selects, moves, attacks or strikes at the cursor; '
  + 'Shift+arrows or W A S D pan; + and - zoom; N selects the next unit; T shows or hides the threat ranges of the units you see; M shows or hides the overview; Escape cancels or skips animations.';

export class GameScene extends Phaser.Scene {
  /** True once the first frame with the map and counters has been drawn (read by tests). */
  ready = false;
  // The layers below are public for sceneProbe.ts, which answers the tests' questions about the map.
  layout!: HexLayout;
  labels!: PlaceLabels;
  units!: UnitCounters;
  objectives!: ObjectiveLayer;
  placer = new LabelPlacer();
  minimap!: MinimapScene;
  private controls!: CameraControls;
  private fog!: FogLayer;
  private minimapView: GameView | undefined;
  private zoomSeen = 0;
  private overlay!: TargetOverlay;
  threats!: ThreatLayer;
  private path!: PathLayer;
  /** The rest of a redraw split into tasks (see redraw), and the viewer it was drawn for. */
  /** What is left of a split redraw, a task each; `rush`: do it all now (see finishStages). */
  private stages: ((rush: boolean) => void)[] = [];
  private stageTimer: ReturnType<typeof setTimeout> | null = null;
  private viewerSeen = '';
  /** The turn of the view last drawn. */
  private turnSeen: number | undefined;
  private crisis!: CrisisLayer;
  private readonly anim = new AnimQueue();
  /** Events waiting for the animations' code (loaded on demand). */
  private animLoading = 0;
  private readonly animSpeed = animSetting();
  /** The last event batch handed to the animator, so each batch plays once. */
  private seenEvents: unknown;
  private cursor!: HexCursor;
  private spot!: Spotlight;
  /** Says when the map needs drawing (frameGate.ts): every change made outside a watched state asks for a frame. */
  gate = new FrameGate();

  constructor(private readonly controller: Controller) {
    super('GameScene');
  }

  create(): void {
    const { scenario } = this.controller.session;
    this.layout = layoutForMap(scenario.map.hexes, HEX_SIZE, MARGIN);
    const b = this.layout.bounds(scenario.map.hexes);
    const width = b.width + 2 * MARGIN, height = b.height + 2 * MARGIN;
    // No camera background: the game's (startGame.ts) is the same colour, and a second full-canvas
    // fill in every frame cost the canvas renderer's pan.
    if (this.game instanceof GatedGame) this.gate = this.game.gate;
    this.watchForFrames();

    // Made in this order, as before the split into layers: equal depths draw in the order made.
    this.fog = new FogLayer(this, scenario, this.layout, width, height);
    this.objectives = new ObjectiveLayer(this, scenario, this.layout);
    this.threats = new ThreatLayer(this, this.layout);
    this.overlay = new TargetOverlay(this, this.layout);
    this.labels = new PlaceLabels(this, this.layout, scenario, 4);
    this.units = new UnitCounters(this, this.layout);
    this.path = new PathLayer(this, this.layout);
    this.crisis = new CrisisLayer(this, this.layout, scenario);
    this.cursor = new HexCursor(this, this.layout);
    this.spot = new Spotlight(this, this.layout);
    this.seenEvents = this.controller.session.lastEvents; // what came before the map is not replayed

    const cam = this.cameras.main;
    cam.setBounds(-width / 2, -height / 2, width * 2, height * 2);
    const city = scenario.map.data.places.find((p) => p.kind === 'city') ?? scenario.map.data.places[0];
    const at = scenario.data.centre ?? city?.hex;
    const centre = at ? this.layout.hexToPixel({ q: at[0], r: at[1] }) : { x: width / 2, y: height / 2 };
    cam.centerOn(centre.x, centre.y);

    this.controls = new CameraControls(this, {
      click: (p, shift) => {
        this.gate.request();
        this.cursor.set(this.layout.pixelToHex(p), false);
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
    this.controller.onChange(() => { this.gate.request(); this.redraw(); });
    // A log or summary line was chosen: centre the map there and put the cursor on it.
    this.controller.onFocus((h) => { this.gate.request(); this.centreOn(h); this.cursor.set(h, true); });
    this.controller.onSkip(() => { this.gate.request(); this.skipAnimation(); });
    this.keepCentreOnResize();
    this.controller.onHover(() => { this.gate.request(); this.path.draw(this.controller); this.drawPick(); });
    this.redraw();
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => { this.ready = true; });
  }

  override update(_time: number, delta: number): void {
    this.controls.update(delta);
    const zoom = this.cameras.main.zoom;
    if (zoom !== this.zoomSeen) this.applyZoom(zoom);
    if (this.anim.busy) this.anim.update(delta, this.animSpeed.factor);
    if (this.units.pending || this.crisis.pending) {
      if (this.units.pending) this.drawUnits(COUNTER_BUDGET_MS);
      else this.crisis.makeLabels(COUNTER_BUDGET_MS);
      if (!this.units.pending && !this.crisis.pending) this.layoutLabels();
    }
  }

  /**
   * What else makes the map draw a frame: its cameras moving, animations, tweens (the tutorial's ring),
   * counters made over several frames, keys (the overview, threat ranges, the cursor), resizes, new
   * textures. Changes from the controller ask for a frame where they arrive.
   */
  private watchForFrames(): void {
    const gate = this.gate;
    gate.watchCamera(this.cameras.main);
    gate.watch(() => this.animating() || this.tweens.getTweens().some((t) => t.isPlaying()));
    window.addEventListener('keydown', gate.request);
    window.addEventListener('keyup', gate.request);
    this.scale.on(Phaser.Scale.Events.RESIZE, gate.request);
    this.textures.on(Phaser.Textures.Events.ADD, gate.request);
    // Each drawn frame leaves out what is off screen (viewCull.ts).
    this.game.events.on(Phaser.Core.Events.PRE_RENDER, () => cullToView(this, this.cameras.main));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      window.removeEventListener('keydown', gate.request);
      window.removeEventListener('keyup', gate.request);
    });
  }

  /** True while event animations are playing or counters are still being made (tests wait for false). */
  animating(): boolean {
    return this.anim.busy || this.animLoading > 0 || this.redrawing();
  }

  /** True while a change is still being drawn (a split redraw's tasks, counters made frame by frame). */
  redrawing(): boolean {
    return this.units.pending || this.crisis.pending || this.stages.length > 0;
  }

  /** Tells `fn` (now and on every change) which crisis tags have no room on the map. */
  onOffMapTags(fn: (tags: readonly string[]) => void): void {
    this.placer.onOffMap(fn);
  }

  /** Pans the camera so a hex is in the middle of the screen. */
  centreOn(h: Hex): void {
    const p = this.layout.hexToPixel(h);
    this.cameras.main.centerOn(p.x, p.y);
  }

  /**
   * Rings the hex the tutorial asks the player to act on (null: none). A new hex, or `recentre`, brings
   * it into the middle of the map right of `leftInset` pixels (the tutorial's card covers those).
   */
  spotlight(h: Hex | null, leftInset = 0, recentre = false): void {
    const same = h && this.spot.hex && h.q === this.spot.hex.q && h.r === this.spot.hex.r;
    this.gate.request();
    this.spot.set(h);
    if (!h || (same && !recentre)) return;
    const p = this.layout.hexToPixel(h);
    const cam = this.cameras.main;
    cam.centerOn(p.x - leftInset / 2 / cam.zoom, p.y);
  }

  /** Text on the map keeps a readable size: labels, flags, odds and counters follow the zoom, and are laid out again. */
  private applyZoom(zoom: number): void {
    this.zoomSeen = zoom;
    this.fog.setZoom(zoom);
    this.units.setScale(counterScale(zoom));
    this.overlay.setTextScale(labelScale(zoom));
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
    const search = labelSearch(zoom);
    const items = [...this.units.items(cs), ...this.labels.items(zoom), ...this.overlay.items(cs, search), ...this.crisis.items(search.step, search.rings)];
    this.placer.place(items, search.gap);
  }

  private drawUnits(budgetMs: number): void {
    this.units.draw(this.controller, counterScale(this.cameras.main.zoom), budgetMs);
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
      this.skipAnimation();
      return true;
    }
    if (key === 'escape') this.controller.escape();
    else if ((key === 'enter' || key === ' ') && onMap) {
      // The first press only shows the cursor, so a key never acts on a hex the player cannot see marked.
      if (!this.cursor.hex || !this.cursor.shown) this.moveCursor(null);
      else this.controller.clickHex(this.cursor.hex, e.shiftKey);
    } else if (key === 'm') {
      this.minimap.toggle();
    } else if (key === 't') {
      this.controller.toggleThreats();
    } else if (key === 'n') {
      this.controller.selectNext();
      const u = this.controller.selected();
      if (u) {
        this.centreOn(u.hex);
        this.cursor.set(u.hex, this.cursor.shown);
      }
    } else return false;
    return true;
  }

  /** Ends the event animation at once: counters go where the view says. */
  private skipAnimation(): void {
    this.anim.skip();
    this.finishStages();
    if (this.units.pending || this.crisis.pending) {
      this.drawUnits(Infinity);
      this.crisis.makeLabels(Infinity);
      this.layoutLabels();
    }
  }

  /**
   * When a panel docks beside the map (the hotline, Control) the map area narrows: the camera keeps
   * the same place in the middle, so what the player was looking at stays in sight.
   */
  private keepCentreOnResize(): void {
    const cam = this.cameras.main;
    let mid = { x: cam.scrollX + cam.width / 2, y: cam.scrollY + cam.height / 2 };
    this.events.on(Phaser.Scenes.Events.POST_UPDATE, () => { mid = { x: cam.scrollX + cam.width / 2, y: cam.scrollY + cam.height / 2 }; });
    this.scale.on(Phaser.Scale.Events.RESIZE, (size: Phaser.Structs.Size) => {
      cam.setSize(size.width, size.height);
      cam.centerOn(mid.x, mid.y);
    });
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
    let h = this.cursor.hex;
    if (!h) {
      const cam = this.cameras.main;
      h = this.controller.selected()?.hex ?? this.layout.pixelToHex({ x: cam.scrollX + cam.width / 2, y: cam.scrollY + cam.height / 2 });
    }
    if (dir) {
      const next = cursorStep(h, dir);
      if (map.isOnMap(next)) h = next;
    }
    if (!map.isOnMap(h)) h = map.hexes[0]!;
    this.gate.request();
    this.cursor.set(h, true);
    this.cursor.follow(this.cameras.main);
    this.controller.setHover(h);
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
    // An AI round (a new turn) changes much at once too: the same tasks, and the counters' new looks
    // drawn first, a task at a time, so that the counters are then all redrawn in one frame, before
    // the round's animation moves them.
    const { viewer, turn } = this.controller.session.view();
    const toControl = viewer === 'all' && this.viewerSeen !== 'all';
    const newTurn = this.turnSeen !== undefined && turn !== this.turnSeen;
    const split = toControl || newTurn;
    this.viewerSeen = viewer;
    this.turnSeen = turn;
    const counterBudgetMs = toControl ? COUNTER_BUDGET_MS : Infinity;
    // Run by finishStages (`rush`), it does all that is left at once.
    const bakeLooks = (rush: boolean): void => {
      if (!this.units.bakeLooks(this.controller, rush ? Infinity : COUNTER_BUDGET_MS)) this.stages.unshift(bakeLooks);
    };
    const stages = [
      () => { this.fog.draw(this.controller.session.view()); },
      () => { this.objectives.draw(this.controller.session.view(), this.labels); },
      () => { this.crisis.draw(this.controller.session.view(), this.controller.session.camp, counterBudgetMs); },
      ...(newTurn && !toControl ? [bakeLooks] : []),
      () => {
        this.drawUnits(counterBudgetMs);
        this.threats.draw(this.controller);
        this.overlay.draw(this.controller, labelScale(this.cameras.main.zoom));
        this.layoutLabels();
        this.path.draw(this.controller);
        this.drawPick();
        const view = this.controller.session.view();
        if (view !== this.minimapView) {
          this.minimapView = view;
          this.minimap.draw(view);
        }
        this.animateNewEvents(ghosts);
      },
    ];
    if (!split) { for (const s of stages) s(true); return; }
    this.stages = stages;
    this.stageTimer = setTimeout(() => this.nextStage(), 0);
  }

  private nextStage(): void {
    this.gate.request();
    this.stageTimer = null;
    this.stages.shift()?.(false);
    if (this.stages.length > 0) this.stageTimer = setTimeout(() => this.nextStage(), 0);
  }

  /** Runs what is left of a split redraw now. */
  private finishStages(): void {
    if (this.stageTimer !== null) clearTimeout(this.stageTimer);
    this.stageTimer = null;
    for (const s of this.stages.splice(0)) s(true);
  }

  /** Counters of units the new events take out of the view: the animation shows them leaving. */
  private takeGhosts(): Map<string, Phaser.GameObjects.Container> {
    const events = this.controller.session.lastEvents;
    if (events === this.seenEvents || this.animSpeed.factor === 0) return new Map();
    return this.units.takeGhosts(events, new Set(this.controller.session.view().units.map((u) => u.id)));
  }

  private drawPick(): void {
    this.crisis.drawPick(this.controller.pick, this.controller.hover);
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
    // The animations' code loads with the first events (the game page fetches it after the first frame).
    this.animLoading++;
    void import('./eventAnimations').then(({ animationSteps }) => {
      this.animLoading--;
      // A newer change has redrawn the counters meanwhile: these events no longer play.
      if (events !== this.seenEvents || !this.sys.isActive()) {
        for (const g of ghosts.values()) g.destroy();
        return;
      }
      this.anim.push(...animationSteps(events, { scene: this, layout: this.layout, counters: this.units.counters, ghosts, textScale: () => labelScale(cam.zoom), inView }));
    });
  }

}
