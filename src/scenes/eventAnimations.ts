// Turns the events the player saw into cosmetic animation steps: moves slide counters along their
// path, combat flashes and shakes the target with the losses floating up, air and artillery fire
// send a shell to a burst, incidents pulse a ring, a car bomb lunges and bursts, a minefield bursts.
// The counters are already drawn where the view says; the steps only move them there from where
// they were, and every step ends in that place.
import * as Phaser from 'phaser';
import type { GameEvent, Hex } from '../engine';
import type { AnimStep } from './animQueue';
import type { HexLayout, Point } from './layout';
import { t } from '../i18n/messages';
import { canvasText } from './canvasText';

const MOVE_MS_PER_HEX = 140;
const COMBAT_MS = 450;
const SHOT_MS = 380;
const BURST_MS = 320;
const FLOAT_MS = 650;
const INCIDENT_MS = 1100;
const FADE_MS = 300;
const EFFECT_DEPTH = 8;

export interface AnimContext {
  scene: Phaser.Scene;
  layout: HexLayout;
  /** The counters as drawn for the final view, by unit id. */
  counters: ReadonlyMap<string, Phaser.GameObjects.Container>;
  /** Counters of units these events took out of the view; the steps fade and destroy them. */
  ghosts: ReadonlyMap<string, Phaser.GameObjects.Container>;
  /** Scale for effect text, so it reads at any zoom. */
  textScale(): number;
  /** Is a world point in the camera's view? Steps nobody can see take no time. */
  inView(p: Point): boolean;
}

const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;

/** Steps for a batch of events, or none when nothing in it is drawn. */
export function animationSteps(events: readonly GameEvent[], ctx: AnimContext): AnimStep[] {
  const { layout, ghosts } = ctx;
  const counters = new Map([...ctx.counters, ...ghosts]);
  const finalPos = new Map<string, Point>();
  for (const [id, c] of ctx.counters) finalPos.set(id, { x: c.x, y: c.y });
  // A counter's offset from its hex centre (stacking) is kept along its path.
  const offset = (id: string, finalHex: Hex | undefined): Point => {
    const f = finalPos.get(id), h = finalHex ? layout.hexToPixel(finalHex) : undefined;
    return f && h ? { x: f.x - h.x, y: f.y - h.y } : { x: 0, y: -4 };
  };
  const firstMove = new Set<string>();
  const lastHex = new Map<string, Hex>();
  const steps: AnimStep[] = [];
  let lastTarget: Hex | null = null;

  for (const e of events) {
    switch (e.type) {
      case 'unit_moved': {
        const c = counters.get(e.unit);
        if (!c || e.path.length < 2) break;
        const off = offset(e.unit, lastHexOf(events, e.unit));
        const pts = e.path.map((h) => { const p = layout.hexToPixel(h); return { x: p.x + off.x, y: p.y + off.y }; });
        // The counter waits at its first position until its move plays.
        if (!firstMove.has(e.unit)) { firstMove.add(e.unit); c.setPosition(pts[0]!.x, pts[0]!.y); }
        steps.push(seen(slide(c, pts), pts.some(ctx.inView)));
        lastHex.set(e.unit, e.path[e.path.length - 1]!);
        if (ghosts.has(e.unit) && lastMove(events, e)) steps.push(seen(fadeOut(c), pts.some(ctx.inView)));
        break;
      }
      case 'unit_advanced': {
        const c = counters.get(e.unit);
        const from = lastHex.get(e.unit);
        if (!c || !from) break;
        const off = offset(e.unit, e.to);
        const a = layout.hexToPixel(from), b = layout.hexToPixel(e.to);
        steps.push(seen(slide(c, [{ x: a.x + off.x, y: a.y + off.y }, { x: b.x + off.x, y: b.y + off.y }]), ctx.inView(a) || ctx.inView(b)));
        lastHex.set(e.unit, e.to);
        break;
      }
      case 'combat': {
        lastTarget = e.target;
        const at = layout.hexToPixel(e.target);
        if (e.kind === 'fire' || e.kind === 'air') {
          const attacker = e.attacker ? counters.get(e.attacker) : undefined;
          const from = attacker ? { x: attacker.x, y: attacker.y } : { x: at.x - 160, y: at.y - 260 };
          steps.push(seen(shot(ctx.scene, from, at, e.kind === 'air' ? 0xffffff : 0xffd21f), ctx.inView(at) || ctx.inView(from)), seen(burst(ctx.scene, at), ctx.inView(at)));
        } else {
          const shaken = e.defenders.map((d) => counters.get(d)).filter((c): c is Phaser.GameObjects.Container => !!c);
          steps.push(seen(clash(ctx.scene, at, shaken), ctx.inView(at)));
        }
        break;
      }
      case 'unit_hit': {
        const c = counters.get(e.unit);
        const at = c ? { x: c.x, y: c.y } : lastTarget ? layout.hexToPixel(lastTarget) : null;
        if (at) steps.push(seen(float(ctx, at, `−${e.steps}`, '#ff3b30'), ctx.inView(at)));
        break;
      }
      case 'unit_destroyed': {
        const at = layout.hexToPixel(e.hex);
        const ghost = ghosts.get(e.unit);
        steps.push(seen(float(ctx, at, 'destroyed', '#ff3b30'), ctx.inView(at)));
        if (ghost) steps.push(seen(fadeOut(ghost), ctx.inView(at)));
        break;
      }
      case 'car_bomb_detonated': {
        // The bomb lunges at its target and is gone; the blast follows with the combat event.
        const c = counters.get(e.unit);
        const a = layout.hexToPixel(e.from), b = layout.hexToPixel(e.target);
        const visible = ctx.inView(a) || ctx.inView(b);
        if (c) steps.push(seen(slide(c, [{ x: a.x, y: a.y }, { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }]), visible));
        steps.push(seen(burst(ctx.scene, b), ctx.inView(b)));
        if (c && ghosts.has(e.unit)) steps.push(seen(fadeOut(c), visible));
        break;
      }
      case 'mine_exploded': {
        const at = layout.hexToPixel(e.hex);
        steps.push(seen(burst(ctx.scene, at), ctx.inView(at)), seen(float(ctx, at, 'mine!', '#ff3b30'), ctx.inView(at)));
        break;
      }
      case 'incident':
        steps.push(seen(pulse(ctx, layout.hexToPixel(e.incident.hex)), ctx.inView(layout.hexToPixel(e.incident.hex))));
        break;
      default:
        break;
    }
  }
  if (steps.length === 0) {
    for (const g of ghosts.values()) g.destroy();
    return [];
  }
  // Whatever was interrupted, every counter ends where the view put it.
  steps.push({
    duration: 0,
    tick: () => undefined,
    end: () => {
      for (const [id, p] of finalPos) counters.get(id)?.setPosition(p.x, p.y);
      for (const g of ghosts.values()) g.destroy();
    },
  });
  return steps;
}

/** A step out of the camera's view still runs (and ends where it must) but takes no time. */
function seen(step: AnimStep, visible: boolean): AnimStep {
  return visible ? step : { ...step, duration: 0 };
}

/** The unit's hex after the last event that places it in this batch (its hex in the view). */
function lastHexOf(events: readonly GameEvent[], unit: string): Hex | undefined {
  let h: Hex | undefined;
  for (const e of events) {
    if (e.type === 'unit_moved' && e.unit === unit && e.path.length > 0) h = e.path[e.path.length - 1];
    else if (e.type === 'unit_advanced' && e.unit === unit) h = e.to;
  }
  return h;
}

/** Is this the unit's last move in the batch? */
function lastMove(events: readonly GameEvent[], e: GameEvent & { type: 'unit_moved' }): boolean {
  return !events.slice(events.indexOf(e) + 1).some((x) => x.type === 'unit_moved' && x.unit === e.unit);
}

/** A counter leaving the view: fades, then is destroyed. */
function fadeOut(c: Phaser.GameObjects.Container): AnimStep {
  const from = c.alpha;
  return { duration: FADE_MS, tick: (t) => c.setAlpha(from * (1 - t)), end: () => c.destroy() };
}

function slide(c: Phaser.GameObjects.Container, pts: readonly Point[]): AnimStep {
  const legs = pts.length - 1;
  return {
    duration: MOVE_MS_PER_HEX * legs,
    start: () => c.setDepth(1),
    tick: (t) => {
      const x = t * legs, i = Math.min(legs - 1, Math.floor(x)), f = x - i;
      c.setPosition(lerp(pts[i]!.x, pts[i + 1]!.x, f), lerp(pts[i]!.y, pts[i + 1]!.y, f));
    },
    end: () => c.setDepth(0),
  };
}

function clash(scene: Phaser.Scene, at: Point, shaken: Phaser.GameObjects.Container[]): AnimStep {
  let flash: Phaser.GameObjects.Arc | undefined;
  let home: Point[] = [];
  return {
    duration: COMBAT_MS,
    start: () => {
      flash = scene.add.circle(at.x, at.y, 34, 0xfff3b0, 0.9).setStrokeStyle(4, 0xff3b30, 1).setDepth(EFFECT_DEPTH);
      home = shaken.map((c) => ({ x: c.x, y: c.y }));
    },
    tick: (t) => {
      flash?.setAlpha(0.9 * (1 - t)).setScale(1 + t);
      const dx = t < 1 ? Math.sin(t * Math.PI * 10) * 5 * (1 - t) : 0;
      shaken.forEach((c, i) => c.setPosition(home[i]!.x + dx, home[i]!.y));
    },
    end: () => flash?.destroy(),
  };
}

function shot(scene: Phaser.Scene, from: Point, to: Point, colour: number): AnimStep {
  let shell: Phaser.GameObjects.Arc | undefined;
  let trail: Phaser.GameObjects.Graphics | undefined;
  // A shallow arc, so the shell reads as fired rather than sliding.
  const at = (t: number): Point => ({ x: lerp(from.x, to.x, t), y: lerp(from.y, to.y, t) - Math.sin(t * Math.PI) * 40 });
  return {
    duration: SHOT_MS,
    start: () => {
      trail = scene.add.graphics().setDepth(EFFECT_DEPTH);
      shell = scene.add.circle(from.x, from.y, 6, colour, 1).setStrokeStyle(2, 0x111111).setDepth(EFFECT_DEPTH);
    },
    tick: (t) => {
      const p = at(t);
      shell?.setPosition(p.x, p.y);
      // A short fading tracer behind the shell.
      trail?.clear();
      for (let i = 1; i <= 6; i++) {
        const q = at(Math.max(0, t - i * 0.03));
        trail?.fillStyle(colour, 0.5 * (1 - i / 7)).fillCircle(q.x, q.y, 5 - i * 0.6);
      }
    },
    end: () => { shell?.destroy(); trail?.destroy(); },
  };
}

function burst(scene: Phaser.Scene, at: Point): AnimStep {
  let ring: Phaser.GameObjects.Arc | undefined;
  let core: Phaser.GameObjects.Arc | undefined;
  return {
    duration: BURST_MS,
    start: () => {
      core = scene.add.circle(at.x, at.y, 18, 0xffb000, 1).setDepth(EFFECT_DEPTH);
      ring = scene.add.circle(at.x, at.y, 20).setStrokeStyle(5, 0xff3b30, 1).setDepth(EFFECT_DEPTH);
    },
    tick: (t) => {
      core?.setScale(1 + t).setAlpha(1 - t);
      ring?.setScale(1 + 2 * t).setAlpha(1 - t);
    },
    end: () => { core?.destroy(); ring?.destroy(); },
  };
}

function float(ctx: AnimContext, at: Point, text: string, colour: string): AnimStep {
  let label: Phaser.GameObjects.Text | undefined;
  return {
    duration: FLOAT_MS,
    start: () => {
      label = ctx.scene.add.text(at.x, at.y, canvasText(text), {
        fontFamily: 'system-ui, sans-serif', fontSize: '20px', fontStyle: 'bold', color: colour, stroke: '#ffffff', strokeThickness: 5,
      }).setOrigin(0.5).setResolution(2).setDepth(EFFECT_DEPTH).setScale(ctx.textScale());
    },
    // Rises from the counter's top edge, then fades.
    tick: (t) => label?.setPosition(at.x, at.y - (22 + 30 * t) * ctx.textScale()).setAlpha(t < 0.7 ? 1 : (1 - t) / 0.3),
    end: () => label?.destroy(),
  };
}

function pulse(ctx: AnimContext, at: Point): AnimStep {
  let ring: Phaser.GameObjects.Arc | undefined;
  let label: Phaser.GameObjects.Text | undefined;
  return {
    duration: INCIDENT_MS,
    start: () => {
      ring = ctx.scene.add.circle(at.x, at.y, 22).setStrokeStyle(5, 0xf0e442, 1).setDepth(EFFECT_DEPTH);
      label = ctx.scene.add.text(at.x, at.y - 34, canvasText(t().map_tag_incident()), {
        fontFamily: 'system-ui, sans-serif', fontSize: '13px', fontStyle: 'bold', color: '#111111', backgroundColor: '#f0e442', padding: { x: 3, y: 1 },
      }).setOrigin(0.5, 1).setResolution(2).setDepth(EFFECT_DEPTH).setScale(ctx.textScale());
    },
    // Three pulses.
    tick: (t) => { const p = (t * 3) % 1; ring?.setScale(1 + p).setAlpha(1 - p * 0.8); },
    end: () => { ring?.destroy(); label?.destroy(); },
  };
}
