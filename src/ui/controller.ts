// What the player is doing right now (selected unit, mode, messages, log) between the scene and the
// DOM panels. It turns clicks into engine commands for the session; it never changes game state itself.
import {
  type Command, type Destination, type GameEvent, type Hex, type HexKey, type Target, type Unit,
  attackTargets, hexKey, movementRange, pontoonSites, strikeTargets, typeOf,
} from '../engine';
import type { GameSession } from '../game/session';
import { describeEvent } from './eventText';

export type Mode = 'normal' | 'air' | 'pontoon';

/** What the scene highlights for the current selection and mode. */
export interface Overlay {
  range: ReadonlyMap<HexKey, Destination>;
  targets: readonly Target[];
  sites: readonly Hex[];
  strikes: readonly Target[];
}

export interface LogLine { turn: number; text: string }

const EMPTY: Overlay = { range: new Map(), targets: [], sites: [], strikes: [] };
const LOG_LENGTH = 30;

export class Controller {
  selectedId: string | null = null;
  mode: Mode = 'normal';
  hover: Hex | null = null;
  message: { text: string; kind: 'error' | 'info' } | null = null;
  readonly log: LogLine[] = [];
  private listeners = new Set<() => void>();
  private hoverListeners = new Set<() => void>();
  private cachedOverlay: Overlay | null = null;
  private pendingEscalation: HexKey | null = null;

  constructor(readonly session: GameSession) {}

  /** Runs the AI camps that come before the player; call once the UI listens. */
  start(): void {
    this.record(this.session.start());
    this.changed();
  }

  onChange(fn: () => void): void {
    this.listeners.add(fn);
  }

  /** Hover changes often and only the scene cares, so it has its own listeners. */
  onHover(fn: () => void): void {
    this.hoverListeners.add(fn);
  }

  /** The player's own units, in the view's order. */
  ownUnits(): Unit[] {
    return this.session.view().units.filter((u) => u.camp === this.session.camp);
  }

  selected(): Unit | undefined {
    return this.ownUnits().find((u) => u.id === this.selectedId);
  }

  overlay(): Overlay {
    if (this.cachedOverlay) return this.cachedOverlay;
    const { scenario } = this.session;
    const view = this.session.view();
    if (!this.session.isPlayersPhase) return (this.cachedOverlay = EMPTY);
    if (this.mode === 'air') return (this.cachedOverlay = { ...EMPTY, strikes: strikeTargets(scenario, view) });
    const unit = this.selected();
    if (!unit) return (this.cachedOverlay = EMPTY);
    if (this.mode === 'pontoon') return (this.cachedOverlay = { ...EMPTY, sites: pontoonSites(scenario, view, unit) });
    return (this.cachedOverlay = {
      range: movementRange(scenario, view, unit.id),
      targets: attackTargets(scenario, view, unit),
      sites: [],
      strikes: [],
    });
  }

  canBuildPontoon(): boolean {
    const unit = this.selected();
    return !!unit && this.session.isPlayersPhase && pontoonSites(this.session.scenario, this.session.view(), unit).length > 0;
  }

  isEngineer(unit: Unit): boolean {
    return typeOf(this.session.scenario, unit).engineer;
  }

  select(id: string | null): void {
    this.selectedId = id;
    this.pendingEscalation = null;
    if (this.mode === 'pontoon' || id === null) this.mode = 'normal';
    this.message = null;
    this.changed();
  }

  /** Selects the next own unit that can still move or act (keyboard "N"). */
  selectNext(): void {
    const units = this.ownUnits();
    if (units.length === 0) return;
    const ready = units.filter((u) => !u.acted && u.mp > 0);
    const pool = ready.length > 0 ? ready : units;
    const i = pool.findIndex((u) => u.id === this.selectedId);
    this.select(pool[(i + 1) % pool.length]!.id);
  }

  setMode(mode: Mode): void {
    this.mode = this.mode === mode ? 'normal' : mode;
    this.message = null;
    this.changed();
  }

  setHover(h: Hex | null): void {
    if (this.hover?.q === h?.q && this.hover?.r === h?.r) return;
    this.hover = h;
    for (const fn of this.hoverListeners) fn();
  }

  /** A click on a hex: strike, attack, build, select or move, in that order of precedence. */
  clickHex(h: Hex, forceMove = false): void {
    const k = hexKey(h);
    const overlay = this.overlay();
    const unit = this.selected();
    if (this.mode === 'air') {
      if (overlay.strikes.some((t) => hexKey(t.hex) === k)) {
        if (this.confirmEscalation(h)) this.command({ type: 'air_strike', target: h });
      }
      else this.setMode('normal');
      return;
    }
    if (this.mode === 'pontoon' && unit) {
      if (overlay.sites.some((s) => hexKey(s) === k)) this.command({ type: 'build_pontoon', unit: unit.id, at: h });
      else this.setMode('normal');
      return;
    }
    if (unit && overlay.targets.some((t) => hexKey(t.hex) === k)) {
      if (this.confirmEscalation(h)) this.command({ type: 'attack', unit: unit.id, target: h });
      return;
    }
    const here = this.ownUnits().filter((u) => hexKey(u.hex) === k);
    if (unit && overlay.range.has(k) && (forceMove || here.length === 0)) {
      this.command({ type: 'move', unit: unit.id, to: h });
      return;
    }
    if (here.length > 0) {
      // Clicking a stack again cycles through its units.
      const i = here.findIndex((u) => u.id === this.selectedId);
      this.select(here[(i + 1) % here.length]!.id);
      return;
    }
    this.select(null);
  }

  /** True when a hex holds the other great power's troops: attacking them is the escalation the game is about. */
  isRivalHex(h: Hex): boolean {
    return this.session.view().units.some((u) => hexKey(u.hex) === hexKey(h) && u.camp !== 'is' && u.camp !== this.session.camp);
  }

  /** Fire on the rival power only on a second click on the same hex. */
  confirmEscalation(h: Hex): boolean {
    if (!this.isRivalHex(h) || this.pendingEscalation === hexKey(h)) {
      this.pendingEscalation = null;
      return true;
    }
    this.pendingEscalation = hexKey(h);
    this.message = { text: 'Those are the other great power\'s forces: firing on them breaks deconfliction. Click again to confirm.', kind: 'error' };
    this.changed();
    return false;
  }

  endTurn(): void {
    this.mode = 'normal';
    this.command({ type: 'end_phase' });
  }

  /** Sends a command through the session; an engine error becomes a message, never an exception. */
  command(cmd: Command): void {
    const result = this.session.apply(cmd);
    if (!result.ok) {
      this.message = { text: result.error.message, kind: 'error' };
    } else {
      this.message = null;
      this.record(result.events);
      if (cmd.type !== 'move' && cmd.type !== 'end_phase') this.mode = 'normal';
      if (this.selectedId && !this.selected()) this.selectedId = null;
    }
    this.changed();
  }

  private record(events: readonly GameEvent[]): void {
    const ctx = { scenario: this.session.scenario, unitName: (id: string) => this.session.unitName(id) };
    let turn = this.session.view().turn - events.filter((e) => e.type === 'turn_started').length;
    for (const e of events) {
      if (e.type === 'turn_started') turn = e.turn;
      const text = describeEvent(e, ctx);
      if (text) this.log.push({ turn, text });
    }
    if (this.log.length > LOG_LENGTH) this.log.splice(0, this.log.length - LOG_LENGTH);
  }

  private changed(): void {
    this.cachedOverlay = null;
    for (const fn of this.listeners) fn();
  }
}
