// A group's room: holds the group's game (groupGame.ts) and its seats' clients. Each message is
// checked in three steps (zod shape, the seat's right, the engine's legality) and refused with a
// typed error to its sender only. Colyseus carries messages only: no schema state.
import { type Client, ServerError, matchMaker } from '@colyseus/core';
import type { Power } from '../engine';
import type { Watcher } from '../match/match';
import {
  CLIENT, type ClassSeat, type Connection, type DashboardRow, SERVER, type SeatAssignment, type SeatDelivery,
  commandMessageSchema, joinSchema, normaliseCode, pingMessageSchema, type ServerError as ErrorMessage, undoMessageSchema,
} from '../net/protocol';
import { type ControlNote, controlChannel, refusedChannel, rowsChannel, targets, watchChannel } from './channels';
import { groupRoomId, humansOf, seatsOf } from './classes';
import { context } from './context';
import { type GroupResult, GroupGame } from './groupGame';
import { GuardedRoom } from './guardedRoom';
import type { ClassRecord } from './storage';
import { zodProblem } from './zodProblem';

/** How long a dropped client keeps its seat for Colyseus's reconnection (re-joining by code works after). */
const RECONNECT_SECONDS = 60;

interface SeatData { seat: ClassSeat }

export class GroupRoom extends GuardedRoom {
  private game!: GroupGame;
  private record!: ClassRecord;
  private group = 0;
  private readonly connections = new Map<ClassSeat, Connection>();
  private watched = false;
  private stopped: string | null = null;
  private phaseTimer: ReturnType<typeof setTimeout> | null = null;
  private phaseEndsAt: number | null = null;
  /** `turn:phase` the timer was set for. */
  private timedPhase = '';
  private readonly onControl = (note: ControlNote): void => { void this.control(note); };

  override async onCreate(options: { classId: string; group: number }): Promise<void> {
    const record = await context().storage.classById(options.classId);
    if (!record) throw new Error(`no class ${options.classId}`);
    this.record = record;
    this.group = options.group;
    this.roomId = groupRoomId(record.id, options.group);
    this.autoDispose = false;
    await this.setMetadata({ classId: record.id, group: options.group });
    this.game = await GroupGame.open(context().storage, record, options.group);
    this.game.onAiRound = (r) => this.afterChange(r);
    for (const s of seatsOf(record.settings)) this.connections.set(s, 'away');
    await this.presence.subscribe(controlChannel(record.id), this.onControl);
    this.onMessage(CLIENT.command, (client, message) => { void this.command(client, message); });
    this.onMessage(CLIENT.undo, (client, message) => { void this.undo(client, message); });
    this.onMessage(CLIENT.ping, (client, message) => {
      const m = pingMessageSchema.safeParse(message);
      if (!m.success) this.sendError(client, { code: 'malformed_message', ...zodProblem(m.error) });
      else client.send(SERVER.pong, { t: m.data.t });
    });
    this.onMessage('*', (client, type) => {
      this.sendError(client, { code: 'malformed_message', message: `unknown message type ${JSON.stringify(type)}` });
    });
    this.checkClock();
    this.armTimer();
    this.publishRow();
    console.log(`group ${options.group} of class ${record.id}: room ${this.roomId} in process ${matchMaker.processId}`);
  }

  override async onAuth(_client: Client, options: unknown): Promise<SeatData> {
    const parsed = joinSchema.safeParse(options);
    if (!parsed.success) throw new ServerError(400, 'malformed_message: join with {code}');
    const ref = await context().storage.seatByCode(normaliseCode(parsed.data.code));
    if (!ref || ref.classId !== this.record.id || ref.group !== this.group) throw new ServerError(404, 'unknown_code: no seat of this group has this code');
    const fresh = await context().storage.classById(this.record.id);
    if (!fresh || fresh.endedAt !== null || Date.parse(fresh.expiresAt) <= Date.now()) throw new ServerError(410, 'code_expired: this class has ended');
    return { seat: ref.seat };
  }

  override onJoin(client: Client, _options: unknown, auth: SeatData): void {
    client.userData = auth;
    this.connections.set(auth.seat, 'connected');
    this.welcome(client, auth.seat);
    this.publishRow();
  }

  override async onLeave(client: Client, consented: boolean): Promise<void> {
    const seat = (client.userData as SeatData).seat;
    if (!consented) {
      this.setConnection(seat);
      try {
        if (this.connections.get(seat) === 'away') this.connections.set(seat, 'reconnecting');
        this.publishRow();
        const back = await this.allowReconnection(client, RECONNECT_SECONDS);
        this.connections.set(seat, 'connected');
        this.welcome(back, seat);
      } catch {
        // Gone for good: the seat code still brings it back.
      }
    }
    this.setConnection(seat);
    this.publishRow();
  }

  override async onDispose(): Promise<void> {
    if (this.phaseTimer) clearTimeout(this.phaseTimer);
    await this.presence.unsubscribe(controlChannel(this.record.id), this.onControl);
  }

  /** A seat's connection: connected while any client of it is. */
  private setConnection(seat: ClassSeat): void {
    const here = this.clients.some((c) => (c.userData as SeatData | undefined)?.seat === seat);
    this.connections.set(seat, here ? 'connected' : 'away');
  }

  private welcome(client: Client, seat: ClassSeat): void {
    const assignment: SeatAssignment = {
      classId: this.record.id, title: this.record.settings.title, group: this.group, seat,
      scenario: this.record.settings.scenario, humans: humansOf(this.record.settings), reconnectionToken: `${this.roomId}:${client.reconnectionToken}`,
    };
    client.send(SERVER.seat, assignment);
    client.send(SERVER.delivery, this.seatDelivery(seat, []));
  }

  private seatDelivery(seat: ClassSeat, events: SeatDelivery['events'], view = this.game.match.view(seat as Watcher)): SeatDelivery {
    return {
      view, events, logLength: this.game.logLength, paused: this.game.meta.paused || this.stopped !== null,
      phaseEndsAt: this.phaseEndsAt === null ? null : new Date(this.phaseEndsAt).toISOString(),
    };
  }

  private async command(client: Client, message: unknown): Promise<void> {
    const seat = (client.userData as SeatData).seat;
    // 1. Shape (zod here, the command's own fields by the engine's parser in the match).
    const m = commandMessageSchema.safeParse(message);
    if (!m.success) return this.sendError(client, { code: 'malformed_message', ...zodProblem(m.error), seq: seqOf(message) });
    const { seq } = m.data;
    // 2. The seat's right: its own seat only, then the match's seat rules (in submit).
    if (m.data.seat !== undefined && m.data.seat !== seat) {
      return this.sendError(client, { code: 'not_your_seat', message: `this client holds the ${seat} seat, not ${m.data.seat}`, seq });
    }
    if (this.stopped) return this.sendError(client, { code: 'class_over', message: this.stopped, seq });
    // 3. The engine's legality (in submit), then the store, then the ack.
    const r = await this.game.submit(seat, m.data.command);
    this.answer(client, seq, r);
  }

  private async undo(client: Client, message: unknown): Promise<void> {
    const seat = (client.userData as SeatData).seat;
    const m = undoMessageSchema.safeParse(message);
    if (!m.success) return this.sendError(client, { code: 'malformed_message', ...zodProblem(m.error), seq: seqOf(message) });
    if (seat === 'control') return this.sendError(client, { code: 'not_your_seat', message: 'Control has nothing to undo', seq: m.data.seq });
    this.answer(client, m.data.seq, await this.game.undo(seat));
  }

  private answer(client: Client, seq: number, r: GroupResult): void {
    if (!r.ok) return this.sendError(client, { ...r.error, seq });
    client.send(SERVER.ack, { seq, logLength: r.logLength });
    this.afterChange(r);
  }

  /** Every seat gets its delivery; the dashboard its row, a watcher the all-seeing frame. */
  private afterChange(r: Extract<GroupResult, { ok: true }>): void {
    for (const c of this.clients) {
      const seat = (c.userData as SeatData | undefined)?.seat;
      if (!seat) continue;
      const d = r.deliveries[seat as Watcher];
      c.send(SERVER.delivery, this.seatDelivery(seat, d?.events ?? [], d?.view));
    }
    this.armTimer();
    this.checkClock();
    this.publishRow();
    if (this.watched) {
      const all = r.deliveries.control;
      void this.presence.publish(watchChannel(this.record.id), { group: this.group, view: all?.view ?? this.game.match.view('control'), events: all?.events ?? [] });
    }
  }

  private async control(note: ControlNote): Promise<void> {
    switch (note.action) {
      case 'hello': return this.publishRow();
      case 'inject': {
        if (!targets(note.group, this.group)) return;
        // A stopped group says so only when the inject was for it alone: one for all would bring a refusal from each.
        if (this.stopped) return note.group === this.group ? this.refused({ code: 'class_over', message: this.stopped }) : undefined;
        const r = await this.game.submit('control', { type: 'inject', inject: note.inject });
        if (r.ok) return this.afterChange(r);
        return this.refused(r.error);
      }
      case 'ruling': {
        // The same engine command as Control's panel in hot-seat: in the group's log, so its replay and debrief hold it.
        if (note.group !== this.group) return;
        if (this.stopped) return this.refused({ code: 'class_over', message: this.stopped });
        const r = await this.game.submit('control', { type: 'ruling', incident: note.incident, finding: note.finding });
        if (r.ok) return this.afterChange(r);
        return this.refused(r.error);
      }
      case 'pause': case 'resume': {
        if (!targets(note.group, this.group)) return;
        await this.game.setPaused(note.action === 'pause');
        this.armTimer(true);
        return this.refresh();
      }
      case 'phase_timer': {
        if (!targets(note.group, this.group)) return;
        await this.game.setPhaseSeconds(note.seconds);
        this.armTimer(true);
        return this.refresh();
      }
      case 'watch': {
        this.watched = note.group === this.group;
        if (this.watched) void this.presence.publish(watchChannel(this.record.id), { group: this.group, view: this.game.match.view('control'), events: [] });
        return;
      }
      case 'clock': {
        this.record = { ...this.record, clock: { ...this.record.clock, afterTurn: note.afterTurn } };
        this.checkClock();
        return this.publishRow();
      }
      case 'stop': {
        this.stop(note.reason);
        return this.refresh();
      }
    }
  }

  private refused(error: ErrorMessage): void {
    void this.presence.publish(refusedChannel(this.record.id), { group: this.group, error: { ...error, group: this.group, message: `group ${this.group}: ${error.message}` } });
  }

  /** Every seat's delivery again (after a pause, a timer or a stop), and the row. */
  private refresh(): void {
    for (const c of this.clients) {
      const seat = (c.userData as SeatData | undefined)?.seat;
      if (seat) c.send(SERVER.delivery, this.seatDelivery(seat, []));
    }
    this.publishRow();
  }

  private stop(reason: string): void {
    this.stopped = reason;
    if (this.phaseTimer) clearTimeout(this.phaseTimer);
    this.phaseTimer = null;
    this.phaseEndsAt = null;
  }

  private checkClock(): void {
    const after = this.record.clock.afterTurn;
    const s = this.game.match.current;
    if (!this.stopped && after !== null && s.turn > after) {
      this.stop(`the class ended after turn ${after}`);
      this.refresh();
    }
  }

  /** The phase timer: set when a team phase begins (or anew with `reset`); at zero the team's phase ends. */
  private armTimer(reset = false): void {
    const s = this.game.match.current;
    const key = `${s.turn}:${s.phase}`;
    const seconds = this.game.meta.phaseSeconds;
    const running = seconds !== null && !this.stopped && !this.game.meta.paused && s.status === 'playing' && this.game.match.isHuman(s.phase);
    if (!running) {
      if (this.phaseTimer) clearTimeout(this.phaseTimer);
      this.phaseTimer = null;
      this.phaseEndsAt = null;
      this.timedPhase = '';
      return;
    }
    if (!reset && key === this.timedPhase && this.phaseTimer) return;
    if (this.phaseTimer) clearTimeout(this.phaseTimer);
    this.timedPhase = key;
    this.phaseEndsAt = Date.now() + seconds * 1000;
    const team = s.phase as Power;
    this.phaseTimer = setTimeout(() => { void this.timeUp(team, key); }, seconds * 1000);
  }

  private async timeUp(team: Power, key: string): Promise<void> {
    this.phaseTimer = null;
    const s = this.game.match.current;
    if (`${s.turn}:${s.phase}` !== key) return;
    const r = await this.game.submit(team, { type: 'end_phase' });
    if (r.ok) this.afterChange(r);
  }

  private row(): DashboardRow {
    const seats = seatsOf(this.record.settings).map((seat) => ({ seat, connection: this.connections.get(seat) ?? 'away' }));
    return this.game.row(this.roomId, seats, this.phaseEndsAt === null ? null : new Date(this.phaseEndsAt).toISOString());
  }

  private publishRow(): void {
    void this.presence.publish(rowsChannel(this.record.id), { row: this.row() });
  }
}

function seqOf(message: unknown): number | undefined {
  const seq = (message as { seq?: unknown } | null)?.seq;
  return typeof seq === 'number' && Number.isInteger(seq) ? seq : undefined;
}
