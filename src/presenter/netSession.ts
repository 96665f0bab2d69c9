// A seat's game played over the class server: the page's PlaySession when the match runs in a server
// room (src/net/protocol.ts) instead of this tab. Commands go out over the link; the view and the
// events this seat may see come back in deliveries, and are all it ever holds: no state, no dice, no
// seed. No Phaser, no DOM, no Colyseus: the page hands it a SeatLink and feeds it what arrives.
import { type Command, type GameEvent, type GameView, type Power, type RefusalReason, type Scenario, refuse as engineRefuse } from '../engine';
import type { Ack, ClassSeat, SeatAssignment, SeatDelivery, ServerError } from '../net/protocol';
import type { PlaySession, RemoteChange } from './playSession';
import type { SessionResult } from './session';
import { serverErrorText } from '../text/serverErrorText';

/** What the session needs of the connection: sending one message (the page wraps the Colyseus room). */
export interface SeatLink { send(type: 'command' | 'undo', message: unknown): void }

const refuse = (reason: RefusalReason & `net_${string}`): SessionResult => ({ ok: false, error: engineRefuse('not_your_phase', reason, {}) });

export class NetSession implements PlaySession {
  readonly humans: readonly Power[];
  readonly seat: ClassSeat;
  /** The seed stays on the server: with it a client could foresee the dice. */
  readonly seed = 'kept by the class server';
  lastEvents: GameEvent[] = [];
  logLength: number;
  paused: boolean;
  /** When the current team phase runs out (ISO), or null. */
  phaseEndsAt: string | null;
  private current: GameView;
  private link: SeatLink | null = null;
  private seq = 0;
  /** The command sent and not yet answered: one at a time, so the view never runs ahead of the server. */
  private pending: number | null = null;
  /** Whether a delivery came after the pending command went out, and whether its ack came (ack and delivery may come in either order). */
  private delivered = false;
  private acked = false;
  private readonly names = new Map<string, string>();
  private readonly listeners = new Set<(change: RemoteChange) => void>();

  constructor(readonly scenario: Scenario, readonly assignment: SeatAssignment, first: SeatDelivery) {
    this.seat = assignment.seat;
    this.humans = assignment.humans;
    this.current = first.view;
    this.logLength = first.logLength;
    this.paused = first.paused;
    this.phaseEndsAt = first.phaseEndsAt;
    this.remember(first.view);
  }

  /** The team's camp; Control's all-seeing map is drawn from the coalition's side, as the replay viewer's is. */
  get camp(): Power { return this.seat === 'control' ? 'coalition' : this.seat; }
  get connected(): boolean { return this.link !== null; }
  get waiting(): boolean { return this.pending !== null; }

  get isPlayersPhase(): boolean {
    const v = this.current;
    return this.seat !== 'control' && this.link !== null && this.pending === null && !this.paused && v.status === 'playing' && v.phase === this.seat;
  }

  /** The connection is up (again): commands may go out. A command in flight when it dropped is forgotten; the next delivery says what became of it. */
  attach(link: SeatLink): void {
    this.link = link;
    this.pending = null;
    this.emit({ events: [] });
  }

  detach(): void {
    this.link = null;
    this.emit({ events: [] });
  }

  /** A delivery: the seat's view now and the events it may see since the last one. */
  receive(d: SeatDelivery): void {
    this.current = d.view;
    this.logLength = d.logLength;
    this.paused = d.paused;
    this.phaseEndsAt = d.phaseEndsAt;
    this.remember(d.view);
    this.lastEvents = d.events;
    this.delivered = true;
    if (this.acked) this.pending = null;
    this.emit({ events: d.events });
  }

  /** The server stored the command; once its delivery is here too, the next command may go. */
  acknowledged(ack: Ack): void {
    if (ack.seq === this.pending) {
      this.acked = true;
      if (this.delivered) this.pending = null;
    }
    this.logLength = Math.max(this.logLength, ack.logLength);
    this.emit({ events: [] });
  }

  /** A typed error for this client: the command it answers is refused and nothing changed. */
  refused(error: ServerError): void {
    if (error.seq === undefined || error.seq === this.pending) this.pending = null;
    this.emit({ error: serverErrorText(error) });
  }

  onRemote(fn: (change: RemoteChange) => void): void { this.listeners.add(fn); }

  view(): GameView { return this.current; }
  /** The client holds no state to hash; the log length names the point the game has reached. */
  hash(): string { return `log:${this.logLength}`; }
  unitName(id: string): string { return this.names.get(id) ?? id; }
  knowsUnit(id: string): boolean { return this.names.has(id); }
  /** The server runs the AI's first phases: the view that arrived is where the seat starts. */
  start(): GameEvent[] { return []; }

  /** Sends the command; its events arrive with the delivery that follows, an error on its own. */
  apply(command: Command): SessionResult {
    if (this.seat === 'control' && command.type !== 'inject' && command.type !== 'ruling') return refuse('net_control_injects');
    if (!this.link) return refuse('net_offline');
    if (this.pending !== null) return refuse('net_in_flight');
    if (this.seat !== 'control' && !this.isPlayersPhase) return refuse(this.paused ? 'net_paused' : 'net_not_your_phase');
    this.send('command', { command });
    this.lastEvents = [];
    return { ok: true, events: [] };
  }

  /** Asks the server to take back the team's last command (it says why not, if it may not). */
  undo(): boolean {
    if (!this.link || this.pending !== null || !this.isPlayersPhase) return false;
    this.send('undo', {});
    return true;
  }

  private send(type: 'command' | 'undo', body: object): number {
    const seq = ++this.seq;
    this.pending = seq;
    this.delivered = false;
    this.acked = false;
    this.link!.send(type, { seq, ...body });
    return seq;
  }

  private remember(view: GameView): void {
    for (const u of view.units) this.names.set(u.id, u.name);
  }

  private emit(change: RemoteChange): void {
    for (const fn of this.listeners) fn(change);
  }
}
