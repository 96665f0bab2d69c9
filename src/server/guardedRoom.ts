// A Colyseus room that refuses oversized messages and floods before anything reads them, with a
// typed error to that client only; the room and its other clients never see them.
import { type Client, Protocol, Room } from '@colyseus/core';
import { MAX_MESSAGE_BYTES, RATE_LIMIT, RATE_WINDOW_MS, SERVER, type ServerError } from '../net/protocol';

export abstract class GuardedRoom extends Room {
  /** Per client: times of its recent messages, and whether it was told of the limit this window. */
  private readonly recent = new WeakMap<Client, { times: number[]; told: boolean }>();

  sendError(client: Client, error: ServerError): void {
    client.send(SERVER.error, error);
  }

  protected override _onMessage(client: Client & Parameters<Room['_onMessage']>[0], buffer: Buffer): void {
    if (buffer && (buffer[0] === Protocol.ROOM_DATA || buffer[0] === Protocol.ROOM_DATA_BYTES)) {
      if (buffer.byteLength > MAX_MESSAGE_BYTES) {
        this.sendError(client, { code: 'message_too_large', message: `a message may be at most ${MAX_MESSAGE_BYTES} bytes; this one was ${buffer.byteLength}` });
        return;
      }
      if (this.flooding(client)) return;
    }
    super._onMessage(client, buffer);
  }

  private flooding(client: Client): boolean {
    const now = Date.now();
    let r = this.recent.get(client);
    if (!r) this.recent.set(client, (r = { times: [], told: false }));
    while (r.times.length > 0 && now - r.times[0]! >= RATE_WINDOW_MS) r.times.shift();
    if (r.times.length >= RATE_LIMIT) {
      if (!r.told) this.sendError(client, { code: 'rate_limited', message: `at most ${RATE_LIMIT} messages a second: this one was dropped` });
      r.told = true;
      return true;
    }
    r.times.push(now);
    r.told = false;
    return false;
  }
}
