// A recorded game seen through the map and the panels: it serves the verified state at the viewer's
// position, seen by the chosen camp (fog respected) or by all. It never changes a state: it only
// moves between the states the verification kept. No Phaser, no DOM.
import {
  type Camp, type Command, type GameEvent, type GameState, type GameView, type Power, type Scenario, type Viewer,
  applyCommand, hashState, refuse, viewFor, victoryPoints,
} from '../engine';
import { eventsSeenBy } from '../match/eventFog';
import type { Replay } from '../replay/format';
import type { PlaySession } from './playSession';
import type { SessionResult } from './session';

export type Viewpoint = Power | 'all';

/** One point of the timeline: what the charts draw after `index` commands. */
export interface TimelinePoint { turn: number; escalation: number; vp: Record<Camp, number>; incident: boolean; message: boolean }

export class ReplaySession implements PlaySession {
  readonly isPlayersPhase = false;
  lastEvents: GameEvent[] = [];
  private index = 0;
  private viewer: Viewpoint;
  /**
   * The viewpoints this replay may be watched from. A game not over with one human player (a game in
   * progress shared from the side panel) shows only that player's side: the rest is still hidden from
   * them. A finished game, or one with two teams (mid-game, for Control only), shows every viewpoint.
   */
  readonly viewpoints: readonly Viewpoint[];
  private cachedView: GameView | undefined;
  private readonly names = new Map<string, string>();
  /** Per position, for the timeline chart. */
  readonly timeline: TimelinePoint[];

  /** `states[i]` is the state after i commands, as verifyReplay(..., { keepStates: true }) gives them. */
  constructor(readonly scenario: Scenario, readonly replay: Replay, private readonly states: readonly GameState[]) {
    const humans = (['coalition', 'russia'] as const).filter((p) => replay.players[p].kind === 'human');
    this.viewpoints = states.at(-1)!.status !== 'over' && humans.length === 1 ? humans : ['coalition', 'russia', 'all'];
    this.viewer = this.viewpoints.includes('all') ? 'all' : this.viewpoints[0]!;
    const first = states[0]!;
    for (const u of [...first.units, ...first.reinforcements.map((r) => r.unit)]) this.names.set(u.id, u.name);
    this.timeline = states.map((s, i) => {
      const prev = states[i - 1];
      return {
        turn: s.turn, escalation: s.crisis.escalation.points, vp: victoryPoints(scenario, s.control),
        incident: !!prev && s.crisis.incidents.length > prev.crisis.incidents.length,
        message: !!prev && s.crisis.messages.length > prev.crisis.messages.length,
      };
    });
  }

  get seed(): string { return this.replay.seed; }
  /** The map draws friends and foes from this camp's side; the all-seeing view takes the coalition's. */
  get camp(): Power { return this.viewer === 'all' ? 'coalition' : this.viewer; }
  get viewpoint(): Viewpoint { return this.viewer; }
  get position(): number { return this.index; }
  get length(): number { return this.states.length - 1; }
  get finalHash(): string { return hashState(this.states.at(-1)!); }
  get finalState(): GameState { return this.states.at(-1)!; }
  /** The state at the position (read-only). */
  get current(): GameState { return this.states[this.index]!; }

  /** Moves to viewpoint `v` if this replay offers it (see viewpoints); otherwise nothing changes. */
  setViewpoint(v: Viewpoint): void {
    if (!this.viewpoints.includes(v)) return;
    this.viewer = v;
    this.cachedView = undefined;
    this.lastEvents = [];
  }

  /**
   * Moves to `index` (clamped). A single step forward with `animate` passes the command's events (as
   * the viewpoint may know them) on to the map to animate; any other move just redraws.
   */
  seek(index: number, animate = false): void {
    const next = Math.max(0, Math.min(this.length, Math.round(index)));
    const step = animate && next === this.index + 1;
    this.index = next;
    this.cachedView = undefined;
    this.lastEvents = step ? this.eventsHere() : [];
  }

  /** The first position of turn `turn` (the end if the game never reached it). */
  startOfTurn(turn: number): number {
    const i = this.states.findIndex((s) => s.turn >= turn);
    return i < 0 ? this.length : i;
  }

  /** The command that led to the position (undefined at the start), and the camp that gave it. */
  lastCommand(): { command: Command; camp: Camp } | undefined {
    if (this.index === 0) return undefined;
    return { command: this.replay.commands[this.index - 1]!, camp: this.states[this.index - 1]!.phase };
  }

  /**
   * The events of the command that led to the position, as the viewpoint may know them: by the
   * match's one rule (eventsSeenBy), the same that filtered them live for that camp.
   */
  eventsHere(): GameEvent[] {
    const last = this.lastCommand();
    if (!last) return [];
    const before = this.states[this.index - 1]!;
    const result = applyCommand(this.scenario, before, last.command);
    if (!result.ok) return []; // cannot happen: every state here was verified
    const v = this.viewer as Viewer;
    return eventsSeenBy(v, viewFor(this.scenario, before, v), this.view(), this.current.crisis.incidents, result.events);
  }

  view(): GameView {
    this.cachedView ??= viewFor(this.scenario, this.current, this.viewer as Viewer);
    return this.cachedView;
  }

  hash(): string { return hashState(this.current); }
  unitName(id: string): string { return this.names.get(id) ?? id; }
  /** Has the viewpoint seen this unit, now or just before the last command? (Its events may name it: eventsSeenBy.) */
  knowsUnit(id: string): boolean {
    if (this.view().units.some((u) => u.id === id)) return true;
    if (this.index === 0 || this.viewer === 'all') return false;
    return viewFor(this.scenario, this.states[this.index - 1]!, this.viewer).units.some((u) => u.id === id);
  }
  start(): GameEvent[] { return []; }

  apply(): SessionResult {
    return { ok: false, error: refuse('not_your_phase', 'watched_replay', {}) };
  }
}
