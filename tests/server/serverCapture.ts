// A TCP relay between clients and the class server that keeps every byte the server sent, and reads
// the WebSocket frames in it back into Colyseus messages: what a client could have seen on the wire.
import { type Server, type Socket, createConnection, createServer } from 'node:net';
import { unpack } from '@colyseus/msgpackr';

export interface Capture { port: number; streams: Buffer[][]; close(): Promise<void> }

export async function captureProxy(targetPort: number): Promise<Capture> {
  const streams: Buffer[][] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const chunks: Buffer[] = [];
    streams.push(chunks);
    const upstream = createConnection(targetPort, '127.0.0.1');
    for (const s of [client, upstream]) { sockets.add(s); s.on('error', () => s.destroy()); s.on('close', () => sockets.delete(s)); }
    client.on('data', (d) => upstream.write(d));
    upstream.on('data', (d) => { chunks.push(Buffer.from(d)); client.write(d); });
    client.on('close', () => upstream.end());
    upstream.on('close', () => client.end());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as { port: number }).port,
    streams,
    close: () => new Promise<void>((r) => { for (const s of sockets) s.destroy(); server.close(() => r()); }),
  };
}

/** The payloads of the server's WebSocket frames in one connection's bytes (after the HTTP upgrade). */
export function wsPayloads(bytes: Buffer): Buffer[] {
  const head = bytes.indexOf('\r\n\r\n');
  if (head < 0 || !bytes.subarray(0, head).toString('latin1').startsWith('HTTP/1.1 101')) return [];
  const out: Buffer[] = [];
  let i = head + 4;
  while (i + 2 <= bytes.length) {
    const b1 = bytes[i + 1]!;
    if (b1 & 0x80) throw new Error('a server frame is masked');
    let len = b1 & 0x7f;
    let p = i + 2;
    if (len === 126) { len = bytes.readUInt16BE(p); p += 2; } else if (len === 127) { len = Number(bytes.readBigUInt64BE(p)); p += 8; }
    if (p + len > bytes.length) break;
    if ((bytes[i]! & 0x0f) === 2 || (bytes[i]! & 0x0f) === 1) out.push(bytes.subarray(p, p + len));
    i = p + len;
  }
  return out;
}

/** A Colyseus room message (first byte 13): its type and body; null for other frames. */
export function roomMessage(frame: Buffer): { type: string; body: unknown } | null {
  if (frame[0] !== 13) return null;
  const h = frame[1]!;
  if ((h & 0xe0) !== 0xa0) throw new Error(`message type is not a short string (0x${h.toString(16)})`);
  const len = h & 0x1f;
  const type = frame.subarray(2, 2 + len).toString('utf8');
  const rest = frame.subarray(2 + len);
  return { type, body: rest.length > 0 ? unpack(rest) : undefined };
}

/** The MessagePack bytes of a short string (as a unit id travels). */
export function packedString(s: string): Buffer {
  const b = Buffer.from(s, 'utf8');
  if (b.length > 31) throw new Error('a long id');
  return Buffer.concat([Buffer.from([0xa0 | b.length]), b]);
}

/** A number's float64 bytes, as MessagePack carries a fraction. */
export function packedFloat(x: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeDoubleBE(x);
  return b;
}
