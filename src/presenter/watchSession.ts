// A group's game watched from the teacher's dashboard: the all-seeing view the class server sends in
// watch frames, drawn by the usual map, read-only. Switching groups is just the next frame.
import { type GameEvent, type GameView, type Power, type Scenario, refuse } from '../engine';
import type { PlaySession, RemoteChange } from './playSession';
import type { SessionResult } from './session';

export class WatchSession implements PlaySession {
  /** The all-seeing map is drawn from the coalition's side, as the replay viewer's is. */
  readonly camp: Power = 'coalition';
  readonly seed = 'kept by the class server';
  readonly isPlayersPhase = false;
  lastEvents: GameEvent[] = [];
  group = 0;
  private current: GameView;
  private readonly names = new Map<string, string>();
  private readonly listeners = new Set<(change: RemoteChange) => void>();

  constructor(readonly scenario: Scenario, first: GameView) {
    this.current = first;
  }

  /** A frame of `group`: a new group starts its names afresh and animates nothing. */
  show(group: number, view: GameView, events: GameEvent[]): void {
    const switched = group !== this.group;
    if (switched) this.names.clear();
    this.group = group;
    this.current = view;
    for (const u of view.units) this.names.set(u.id, u.name);
    this.lastEvents = switched ? [] : events;
    for (const fn of this.listeners) fn({ events: this.lastEvents });
  }

  onRemote(fn: (change: RemoteChange) => void): void { this.listeners.add(fn); }
  view(): GameView { return this.current; }
  hash(): string { return `group:${this.group}`; }
  unitName(id: string): string { return this.names.get(id) ?? id; }
  knowsUnit(id: string): boolean { return this.names.has(id); }
  start(): GameEvent[] { return []; }
  apply(): SessionResult {
    return { ok: false, error: refuse('not_your_phase', 'watched_group', {}) };
  }
}
