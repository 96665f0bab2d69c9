// What the player is doing right now (selected unit, mode, messages, log) between the scene and the
// DOM panels. It turns clicks into engine commands for the session; it never changes game state itself.
import {
  type CombatKind, type CombatPreview, type Command, type EngineError, type GameEvent, type Hex, type HexKey, type HotlineMessage, type MessageBody,
  type Camp, type GameView, type OpeningBody, type Unit,
  hexKey, previewAirStrike, previewUnitAttack, typeOf,
} from '../engine/core';
import type { CampThreat, Destination, StrikeRisk, Target } from '../engine/commandRules';
import { type Rules, loadedRules, whenRulesLoaded } from '../match/rules';
import type { PlaySession, RemoteChange } from './playSession';

/** What sending on the hotline gave: the message as the engine put it on the line, or why not. */
export type HotlineSent = { ok: true; message: HotlineMessage | undefined } | { ok: false; error: EngineError };
import type { SessionResult } from './session';
import { describeEvent } from '../text/eventText';
import { eventHex } from '../text/eventPlace';
import { type TurnSummary, summariseRound } from '../text/turnSummary';
import type { MapPick } from './mapPick';
import { fireWarning } from './strikeCheck';
import { refusalText } from '../text/refusalText';
import { scenarioText } from '../text/scenarioText';

export type Mode = 'normal' | 'air' | 'pontoon';

/** What the scene highlights for the current selection and mode. */
export interface Overlay {
  range: ReadonlyMap<HexKey, Destination>;
  targets: readonly Target[];
  sites: readonly Hex[];
  strikes: readonly Target[];
  /** What each target's attack or strike may do, by target hex. */
  previews: ReadonlyMap<HexKey, CombatPreview>;
}

/** A log line, with where it happened when it has a place (a click on it centres the map there). */
export interface LogLine { turn: number; text: string; hex?: Hex }

/** Something the player must acknowledge: Control's inject or a call to its camp. */
/** `call`: a hotline message that asks for an answer; `message`: one that asks for none (a notice, an answer to one's own call). */
export interface AttentionItem { id: string; kind: 'inject' | 'call' | 'message'; camp: string; text: string; hex?: Hex; message?: string }

/** Fire held back for the player's confirmation, with what it risks. */
export interface StrikeWarning { command: Command; hex: Hex; kind: CombatKind; risk: StrikeRisk }

const EMPTY: Overlay = { range: new Map(), targets: [], sites: [], strikes: [], previews: new Map() };
const LOG_LENGTH = 60; // the crisis adds several lines a turn

export class Controller {
  selectedId: string | null = null;
  mode: Mode = 'normal';
  hover: Hex | null = null;
  message: { text: string; kind: 'error' | 'info' } | null = null;
  readonly log: LogLine[] = [];
  /** The last command or AI round for the screen-reader announcement: its log lines, other camps' moves only counted. */
  lastRound: { lines: string[]; moves: number } = { lines: [], moves: 0 };
  /** False until start(): a new game waits for the briefing's Begin. */
  started = false;
  /** Counts rounds, so a round with the same text is still announced. */
  round = 0;
  private listeners = new Set<() => void>();
  private hoverListeners = new Set<() => void>();
  private cachedOverlay: Overlay | null = null;
  private composeListeners = new Set<(body: OpeningBody) => void>();
  /** A hotline form picking hexes on the map: map clicks go to it. */
  pick: MapPick | null = null;
  /** Fire near the other power, waiting for the player to confirm it. */
  warning: StrikeWarning | null = null;
  /** Whether the map shows the threat ranges of the other camps' seen units (key T). */
  showThreats = false;
  private cachedThreats: { view: GameView; threats: Partial<Record<Camp, CampThreat>> } | null = null;
  /** The warned fire a "Notify first" was for: once the notice is sent, the player is taken back to it. */
  notifyFor: StrikeWarning | null = null;
  /** What the player saw of the other camps' last round (null before one); `summaryRound` counts them. */
  summary: TurnSummary | null = null;
  summaryRound = 0;
  /** Injects and calls not yet acknowledged, oldest first. */
  readonly attention: AttentionItem[] = [];
  private focusListeners = new Set<(h: Hex) => void>();
  private skipListeners = new Set<() => void>();
  /** A hot-seat exercise's free-text remark box: its text goes with the next hotline message sent. */
  remark: { peek(): string | undefined; clear(): void } | null = null;

  constructor(readonly session: PlaySession) {
    session.onRemote?.((change) => this.remote(change));
    // The ranges and targets come from the command rules, which a page loads after its first frame:
    // until then the overlay is empty, and the screen is drawn again once they are in.
    if (!loadedRules()) whenRulesLoaded(() => { this.cachedThreats = null; this.changed(); });
  }

  /** The engine's command rules, once the page has loaded them (src/match/rules.ts); undefined before. */
  get rules(): Rules | undefined {
    return loadedRules();
  }

  /** Runs the AI camps that come before the player; call once the UI listens. */
  start(): void {
    this.started = true;
    this.record(this.session.start(), true);
    this.changed();
  }

  onChange(fn: () => void): void {
    this.listeners.add(fn);
  }

  /** Asks the map to centre on a hex (a log line or summary line was chosen). */
  onFocus(fn: (h: Hex) => void): void {
    this.focusListeners.add(fn);
  }

  focusHex(h: Hex): void {
    for (const fn of this.focusListeners) fn(h);
  }

  /** Asks the map to end its event animation now (the turn summary's Skip). */
  onSkip(fn: () => void): void {
    this.skipListeners.add(fn);
  }

  skipAnimation(): void {
    for (const fn of this.skipListeners) fn();
  }

  /** The attention items for the camp at the controls (a hot-seat handover changes it). */
  attentionNow(): AttentionItem[] {
    // A call answered (or gone unanswered) since needs no acknowledging: its banner would be stale.
    const settled = new Set(this.session.view().crisis.messages.filter((m) => m.answer !== null || m.status === 'unanswered').map((m) => m.id));
    return this.attention.filter((a) => a.camp === this.session.camp && !(a.message && settled.has(a.message)));
  }

  acknowledge(id: string): void {
    const i = this.attention.findIndex((a) => a.id === id);
    if (i < 0) return;
    this.attention.splice(i, 1);
    this.changed();
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

  /** Asks the hotline panel to open its form with `body` filled in ("notify first"). */
  onCompose(fn: (body: OpeningBody) => void): void {
    this.composeListeners.add(fn);
  }

  overlay(): Overlay {
    if (this.cachedOverlay) return this.cachedOverlay;
    const { scenario } = this.session;
    const view = this.session.view();
    const rules = loadedRules();
    if (!rules || !this.session.isPlayersPhase || this.pick) return (this.cachedOverlay = EMPTY);
    if (this.mode === 'air') {
      const strikes = rules.strikeTargets(scenario, view);
      const previews = new Map(strikes.map((t) => [hexKey(t.hex), previewAirStrike(scenario, view, t.hex)]));
      return (this.cachedOverlay = { ...EMPTY, strikes, previews });
    }
    const unit = this.selected();
    if (!unit) return (this.cachedOverlay = EMPTY);
    if (this.mode === 'pontoon') return (this.cachedOverlay = { ...EMPTY, sites: rules.pontoonSites(scenario, view, unit) });
    const targets = rules.attackTargets(scenario, view, unit);
    return (this.cachedOverlay = {
      range: rules.movementRange(scenario, view, unit.id),
      targets,
      sites: [],
      strikes: [],
      previews: new Map(targets.map((t) => [hexKey(t.hex), previewUnitAttack(scenario, view, unit, t.hex)])),
    });
  }

  /** Shows or hides the threat ranges. */
  toggleThreats(): void {
    this.showThreats = !this.showThreats;
    this.changed();
  }

  /**
   * Where the other camps' units the player sees could move and attack next turn, from the player's
   * own view (nothing hidden by the fog counts); empty when hidden or while no team's view is served.
   */
  threats(): Partial<Record<Camp, CampThreat>> {
    const view = this.session.view();
    const rules = loadedRules();
    if (!rules || !this.showThreats || view.viewer !== this.session.camp) return {};
    if (this.cachedThreats?.view !== view) this.cachedThreats = { view, threats: rules.threatRanges(this.session.scenario, view, this.session.camp) };
    return this.cachedThreats.threats;
  }

  canBuildPontoon(): boolean {
    const unit = this.selected();
    const rules = loadedRules();
    return !!unit && !!rules && this.session.isPlayersPhase && rules.pontoonSites(this.session.scenario, this.session.view(), unit).length > 0;
  }

  isEngineer(unit: Unit): boolean {
    return typeOf(this.session.scenario, unit).engineer;
  }

  select(id: string | null): void {
    this.selectedId = id;
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

  /** A click on a hex: a hotline pick, strike, attack, build, select or move, in that order of precedence. */
  clickHex(h: Hex, forceMove = false): void {
    if (this.warning) return;
    if (this.pick) {
      // Never silent: a click off the map says so, and each line hex says what it did.
      if (!this.session.scenario.map.isOnMap(h)) {
        this.message = { text: 'That click was off the map: pick a hex on the map (Esc ends the pick).', kind: 'error' };
        this.changed();
        return;
      }
      const had = this.pick.hexes().length;
      if (this.pick.choose(h)) { this.message = null; this.endPick(false); return; }
      const now = this.pick.hexes().length;
      const hexes = `${now} hex${now === 1 ? '' : 'es'}`;
      this.message = { text: now > had ? `Added to the line: ${hexes}.` : `Taken off the line: ${hexes} left.`, kind: 'info' };
      this.changed();
      return;
    }
    const k = hexKey(h);
    const overlay = this.overlay();
    const unit = this.selected();
    if (this.mode === 'air') {
      if (overlay.strikes.some((t) => hexKey(t.hex) === k)) this.fire({ type: 'air_strike', target: h }, h, 'air');
      else this.setMode('normal');
      return;
    }
    if (this.mode === 'pontoon' && unit) {
      if (overlay.sites.some((s) => hexKey(s) === k)) this.command({ type: 'build_pontoon', unit: unit.id, at: h });
      else this.setMode('normal');
      return;
    }
    const target = unit ? overlay.targets.find((t) => hexKey(t.hex) === k) : undefined;
    if (unit && target) {
      this.fire({ type: 'attack', unit: unit.id, target: h }, h, target.odds.kind);
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

  /** What fire on `hex` would risk with the other power, or null when it concerns IS only. */
  riskOf(hex: Hex, kind: CombatKind): StrikeRisk | null {
    return fireWarning(this.session.scenario, this.session.view(), this.session.camp, hex, kind);
  }

  /** Fires, unless the shot risks the other power's forces or an agreement: then it waits for confirmation. */
  fire(command: Command, hex: Hex, kind: CombatKind): void {
    const risk = this.riskOf(hex, kind);
    if (!risk) {
      this.command(command);
      return;
    }
    this.warning = { command, hex, kind, risk };
    this.changed();
  }

  /** The player confirmed the warned fire. */
  confirmWarning(): void {
    const w = this.warning;
    this.warning = null;
    if (w) this.command(w.command);
    else this.changed();
  }

  cancelWarning(): void {
    this.warning = null;
    this.changed();
  }

  /** Drops the warned fire and opens the hotline form with a strike notice for its target. */
  notifyFirst(): void {
    const w = this.warning;
    this.warning = null;
    this.mode = 'normal'; // the player goes to the hotline; sending the notice brings the strike back
    this.notifyFor = w;
    this.changed();
    if (!w) return;
    const body: OpeningBody = { kind: 'notify', activity: 'strike', area: { centre: w.hex, radius: 1 }, turn: this.session.view().turn };
    for (const fn of this.composeListeners) fn(body);
  }

  /** Starts picking hexes on the map for the hotline form; a pick already running is cancelled. */
  startPick(pick: MapPick): void {
    const old = this.pick;
    this.pick = pick;
    old?.end(true);
    this.changed();
  }

  endPick(cancelled: boolean): void {
    const pick = this.pick;
    this.pick = null;
    pick?.end(cancelled);
    this.changed();
  }

  /** Esc: closes the strike warning, else cancels a map pick, else deselects. */
  escape(): void {
    if (this.warning) this.cancelWarning();
    else if (this.pick) this.endPick(true);
    else this.select(null);
  }

  /**
   * Sends or answers a hotline message. Returns the message as sent (from the command's own event,
   * with its id), or the error for the hotline panel to show.
   */
  sendHotline(message: MessageBody): HotlineSent {
    const remark = this.remark?.peek();
    const result = this.session.apply(remark ? { type: 'hotline', message, remark } : { type: 'hotline', message });
    if (result.ok && remark) this.remark?.clear();
    if (result.ok) this.record(result.events);
    this.changed();
    if (!result.ok) return { ok: false, error: result.error };
    // The command's first message_sent is the player's own; an answer's consequences come after it.
    const sent = result.events.find((e) => e.type === 'message_sent');
    if (message.kind === 'notify' && this.notifyFor) this.backToStrike();
    return { ok: true, message: sent?.message };
  }

  /** After "Notify first": the notice is sent, so the strike it was for comes back to be confirmed. */
  private backToStrike(): void {
    const w = this.notifyFor!;
    this.notifyFor = null;
    if (w.command.type === 'attack') this.selectedId = w.command.unit;
    this.mode = w.command.type === 'air_strike' ? 'air' : 'normal';
    this.focusHex(w.hex);
    const risk = this.riskOf(w.hex, w.kind);
    if (risk) this.warning = { ...w, risk };
    else this.message = { text: 'Notice sent: the strike\'s target is marked; click it to fire.', kind: 'info' };
    this.changed();
  }

  /**
   * Ends the player's phase. The AI's round runs in slices between frames (the page keeps drawing);
   * listeners hear of it when it is done, as after any command.
   */
  endTurn(): void {
    this.mode = 'normal';
    this.warning = null;
    this.notifyFor = null;
    if (this.pick) this.endPick(true);
    const sliced = this.session.endTurnSliced?.();
    if (!sliced) return this.command({ type: 'end_phase' });
    void sliced.then((result) => this.settle({ type: 'end_phase' }, result));
    this.changed();
  }

  /** Sends a command through the session; an engine error becomes a message, never an exception. */
  command(cmd: Command): void {
    this.settle(cmd, this.session.apply(cmd));
  }

  /** A change that came by itself (a networked game's delivery, or the server refusing an order). */
  private remote(change: RemoteChange): void {
    if ('error' in change) this.message = { text: change.error, kind: 'error' };
    else if (change.events.length > 0) this.record(change.events);
    if (this.selectedId && !this.selected()) this.selectedId = null;
    this.changed();
  }

  private settle(cmd: Command, result: SessionResult): void {
    if (!result.ok) {
      this.message = { text: refusalText(result.error), kind: 'error' };
    } else {
      this.message = null;
      this.record(result.events, cmd.type === 'end_phase');
      if (cmd.type !== 'move' && cmd.type !== 'end_phase') this.mode = 'normal';
      if (this.selectedId && !this.selected()) this.selectedId = null;
    }
    this.changed();
  }

  /** Logs a command's or round's events; `round` marks the other camps' phases, which get a summary. */
  private record(events: readonly GameEvent[], round = false): void {
    const ctx = {
      scenario: this.session.scenario, camp: this.session.camp,
      // A unit the player knows by name, in the page's language; an unknown one stays its id.
      unitName: (id: string) => {
        const known = this.session.unitName(id);
        return known === id ? id : scenarioText(this.session.scenario).unitName(id, known);
      },
      knowsUnit: (id: string) => this.session.knowsUnit(id),
      incidentAt: (id: string) => this.session.view().crisis.incidents.find((i) => i.id === id)?.hex,
    };
    const lines: string[] = [];
    let moves = 0;
    let turn = this.session.view().turn - events.filter((e) => e.type === 'turn_started').length;
    for (const e of events) {
      if (e.type === 'turn_started') turn = e.turn;
      const text = describeEvent(e, ctx);
      if (!text) continue;
      const hex = eventHex(e, ctx);
      this.log.push(hex ? { turn, text, hex } : { turn, text });
      this.noteAttention(e, text, hex);
      if (e.type === 'unit_moved' && e.camp !== this.session.camp) moves++;
      else if (e.type === 'turn_started') lines.unshift(text); // the new date first, however much happened
      else if (e.type !== 'phase_started') lines.push(text);
    }
    this.lastRound = { lines, moves };
    this.round++;
    if (round && this.session.isPlayersPhase) {
      this.summary = summariseRound(events, this.session.camp, ctx);
      this.summaryRound++;
    }
    if (this.log.length > LOG_LENGTH) this.log.splice(0, this.log.length - LOG_LENGTH);
  }

  /** Injects and the other camps' hotline messages to the player's camp wait in the attention banner; only those asking for an answer are calls. */
  private noteAttention(e: GameEvent, text: string, hex: Hex | undefined): void {
    const camp = this.session.camp;
    const item = (id: string, kind: AttentionItem['kind']): AttentionItem => (hex ? { id, kind, camp, text, hex } : { id, kind, camp, text });
    if (e.type === 'inject_fired') this.attention.push(item(`inject-${e.inject.id}`, 'inject'));
    else if (e.type === 'message_sent' && e.message.to === camp && e.message.from !== camp) {
      this.attention.push({ ...item(`call-${e.message.id}`, e.message.status === 'pending' ? 'call' : 'message'), message: e.message.id });
    }
  }

  /** Tells every listener that something changed (also used by the hotline panel's own state). */
  changed(): void {
    this.cachedOverlay = null;
    for (const fn of this.listeners) fn();
  }
}
