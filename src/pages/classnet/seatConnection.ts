// One seat's connection to its group's room, kept alive: a dropped connection (closed lid, lost Wi-Fi,
// a server restart) is retried every RETRY_MS, first with the Colyseus reconnection token, then with
// the seat code, until it is back; a reload does the same at once from what this tab kept in
// sessionStorage. Every (re)join is bound to the same handlers, so the page never notices the swap.
import type { Client } from 'colyseus.js';
import { type Ack, CLIENT, SERVER, type SeatAssignment, type SeatDelivery, type SeatLookup, type ServerError } from '../../net/protocol';
import { type Room, api, joinFailure } from './server';
import { serverErrorText } from '../../text/serverErrorText';
import { t } from '../../i18n/messages';

export interface SeatHandlers {
  seat(a: SeatAssignment): void;
  delivery(d: SeatDelivery): void;
  ack(a: Ack): void;
  error(e: ServerError): void;
  /** Up (again), dropped and retrying, or over for good (the class ended, or the code no longer works). */
  state(s: 'connected' | 'reconnecting' | 'closed', why?: string): void;
}

const STORE_KEY = 'deconfliction.seat';
const RETRY_MS = 400;
/** The close code of a leave that is meant (Colyseus's CLOSE_CONSENTED); our own leave sets `closed` first. */
const CONSENTED = 4000;
/** The close code the test hook drops the link with (an application code: the server sees an unmeant leave). */
const DROP_CODE = 3000;

/** Answers that mean the seat will not come back however often we try. */
const GONE = new Set<string>(['unknown_code', 'code_expired', 'class_over']);

interface Kept { code: string; token: string }

export class SeatConnection {
  private room: Room | null = null;
  private closed = false;
  private retrying = false;

  constructor(private readonly client: Client, private readonly handlers: SeatHandlers, private readonly store?: Storage) {}

  /** The seat this tab held before a reload, if any. */
  kept(): Kept | null {
    try {
      const k = JSON.parse(this.store?.getItem(STORE_KEY) ?? 'null') as Kept | null;
      return k && typeof k.code === 'string' && typeof k.token === 'string' ? k : null;
    } catch {
      return null;
    }
  }

  /** Joins with a seat code; resolves with null once in, or with what to tell the student. */
  async join(code: string): Promise<string | null> {
    const fail = await this.joinCode(code);
    return fail ? serverErrorText(fail) : null;
  }

  private async joinCode(code: string): Promise<ServerError | null> {
    const found = await api<SeatLookup>('/api/seat', { code });
    if (!found.ok) return found.error;
    try {
      this.bind(await this.client.joinById(found.value.roomId, { code }), code);
      return null;
    } catch (e) {
      return joinFailure(e);
    }
  }

  /** Back into the seat this tab held: by its token, else by its code. Resolves with whether it worked. */
  async resume(): Promise<boolean> {
    const k = this.kept();
    if (!k) return false;
    try {
      this.bind(await this.client.reconnect(k.token), k.code);
      return true;
    } catch {
      return (await this.join(k.code)) === null;
    }
  }

  send(type: (typeof CLIENT)[keyof typeof CLIENT], message: unknown): void {
    this.room?.send(type, message);
  }

  /** Leaves for good (the student's choice): the seat is free for the code again. */
  leave(): void {
    this.closed = true;
    this.store?.removeItem(STORE_KEY);
    void this.room?.leave(true);
  }

  /** The tests' dropped Wi-Fi: the socket closes under the room, as a network failure closes it. */
  dropForTest(): void {
    this.room?.connection.close(DROP_CODE, 'dropped by a test');
  }

  private bind(room: Room, code: string): void {
    this.room = room;
    const h = this.handlers;
    // Registered before this task ends: the server's first messages arrive in later tasks.
    room.onMessage(SERVER.seat, (a: SeatAssignment) => { this.keep({ code, token: room.reconnectionToken }); h.seat(a); });
    room.onMessage(SERVER.delivery, (d: SeatDelivery) => h.delivery(d));
    room.onMessage(SERVER.ack, (a: Ack) => h.ack(a));
    room.onMessage(SERVER.error, (e: ServerError) => h.error(e));
    room.onMessage(SERVER.pong, () => {});
    // Only the teacher's end is sent (a clock's stop shows as class_over): worded here, not the server's English.
    room.onMessage(SERVER.ended, () => this.close(t().class_ended_by_teacher()));
    room.onLeave((closeCode) => {
      if (this.room !== room) return;
      this.room = null;
      if (this.closed || closeCode === CONSENTED) return this.close(t().class_link_left());
      h.state('reconnecting');
      void this.retry(code);
    });
    this.keep({ code, token: room.reconnectionToken });
    h.state('connected');
  }

  private async retry(code: string): Promise<void> {
    if (this.retrying) return;
    this.retrying = true;
    try {
      while (!this.closed && this.room === null) {
        const k = this.kept();
        if (k) await this.client.reconnect(k.token).then((room) => this.bind(room, code), () => undefined);
        if (this.room === null) {
          const fail = await this.joinCode(code);
          if (fail && GONE.has(fail.code)) this.close(serverErrorText(fail));
        }
        if (this.room === null && !this.closed) await new Promise((r) => setTimeout(r, RETRY_MS));
      }
    } finally {
      this.retrying = false;
    }
  }

  private close(why: string): void {
    this.closed = true;
    this.store?.removeItem(STORE_KEY);
    this.handlers.state('closed', why);
  }

  private keep(k: Kept): void {
    try {
      this.store?.setItem(STORE_KEY, JSON.stringify(k));
    } catch {
      // a browser that refuses storage: a reload then asks for the code again
    }
  }
}
