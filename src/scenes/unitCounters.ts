// The units' counters, stacked on their hexes, the selected one on top.
import * as Phaser from 'phaser';
import { type GameEvent, type HexKey, type Unit, type UnitType, hexKey, typeOf } from '../engine/core';
import type { Controller } from '../presenter/controller';
import { COUNTER_H, COUNTER_W, type CounterOptions, bakeCounter, counterKey, makeCounter } from './counters';
import { type LabelItem, plateBounds } from './labelItems';
import type { HexLayout, Point } from './layout';

const STACK_OFFSET = 6;

export class UnitCounters {
  /** What animations move: the counters now in the view, by unit id. */
  counters = new Map<string, Phaser.GameObjects.Container>();
  /** Counters a draw ran out of time to make (Control's all-seeing map shows dozens at once): made frame by frame. */
  pending = false;
  private readonly layer: Phaser.GameObjects.Layer;

  constructor(private readonly scene: Phaser.Scene, private readonly layout: HexLayout) {
    this.layer = scene.add.layer().setDepth(5);
  }

  /** Ids of the units with a counter in the display list: counters leaving in an animation are in it too. */
  drawnIds(): string[] {
    return this.layer.getChildren().map((c) => c.name);
  }

  setScale(k: number): void {
    for (const c of this.counters.values()) c.setScale(k);
  }

  /** The counters as label-layout items: they stay put where they rest (an animation may be moving them now). */
  items(scale: number): LabelItem[] {
    return [...this.counters].map(([id, c]): LabelItem => {
      const home = (c.getData('home') as Point | undefined) ?? c;
      const w = (COUNTER_W + 2) * scale, h = (COUNTER_H + 2) * scale;
      return {
        req: { kind: 'unit', width: w, height: h, spots: [{ x: home.x - (COUNTER_W / 2) * scale, y: home.y - (COUNTER_H / 2) * scale }] },
        text: id, place: () => {}, bounds: () => plateBounds(c, COUNTER_W, COUNTER_H, 2),
      };
    });
  }

  /**
   * Counters of units that new events take out of the view (moved into the fog, destroyed): kept
   * out of the next draw so the animation can show them leaving; it destroys them.
   */
  takeGhosts(events: readonly GameEvent[], inView: ReadonlySet<string>): Map<string, Phaser.GameObjects.Container> {
    const ghosts = new Map<string, Phaser.GameObjects.Container>();
    for (const e of events) {
      if (e.type !== 'unit_moved' && e.type !== 'unit_destroyed' && e.type !== 'car_bomb_detonated') continue;
      const c = this.counters.get(e.unit);
      if (!c || inView.has(e.unit)) continue;
      this.counters.delete(e.unit);
      ghosts.set(e.unit, c);
    }
    return ghosts;
  }

  /**
   * Counters whose look is unchanged are moved, not made again: making one costs several Text objects,
   * and remaking all of them after every AI round cost tens of milliseconds in one frame. Past
   * `budgetMs` a changed counter keeps its old look and a new one waits, for the next frame's call.
   */
  /**
   * Draws the looks the view's counters need that are not drawn yet, for up to `budgetMs`; returns
   * whether all are done. Run in tasks of their own before a big redraw (after an AI round), so that
   * draw() finds them made and the redraw's task stays short.
   */
  bakeLooks(controller: Controller, budgetMs: number): boolean {
    const until = performance.now() + budgetMs;
    for (const u of controller.session.view().units) {
      if (performance.now() > until) return false;
      const { type, opts } = lookOf(controller, u);
      bakeCounter(this.scene, u, type, opts);
    }
    return true;
  }

  draw(controller: Controller, scale: number, budgetMs: number): void {
    const until = performance.now() + budgetMs;
    let pending = false;
    const { session } = controller;
    const view = session.view();
    const old = this.counters;
    this.counters = new Map();
    const stacks = new Map<HexKey, Unit[]>();
    for (const u of view.units) stacks.set(hexKey(u.hex), [...(stacks.get(hexKey(u.hex)) ?? []), u]);
    const selectedId = controller.selectedId;
    for (const units of stacks.values()) {
      // The selected unit is drawn on top of its stack.
      units.sort((a, b) => Number(a.id === selectedId) - Number(b.id === selectedId));
      units.forEach((u, i) => {
        const p = this.layout.hexToPixel(u.hex);
        const off = (i - (units.length - 1) / 2) * STACK_OFFSET;
        const { type, opts } = lookOf(controller, u);
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
          counter = makeCounter(this.scene, u, type, home.x, home.y, opts).setData('key', key);
          this.layer.add(counter);
        }
        counter.setData('home', home);
        counter.setScale(scale);
        // Stacks draw in this order, the selected unit on top, whichever counters were kept.
        this.layer.bringToTop(counter);
        this.counters.set(u.id, counter);
      });
    }
    for (const c of old.values()) c.destroy();
    this.pending = pending;
  }
}

/** What a unit's counter looks like now (counterKey's inputs). */
function lookOf(controller: Controller, u: Unit): { type: UnitType; opts: CounterOptions } {
  const { session } = controller;
  const own = u.camp === session.camp;
  const spent = own && session.isPlayersPhase && u.acted;
  const immobile = own && session.isPlayersPhase && u.mp === 0;
  return { type: typeOf(session.scenario, u), opts: { selected: u.id === controller.selectedId, spent, immobile, viewer: session.camp } };
}
