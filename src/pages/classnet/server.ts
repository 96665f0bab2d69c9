// The class server as the class pages reach it: its HTTP API (creating a class, finding a seat's or the
// dashboard's room) and its Colyseus rooms. The pages are served by that server, so it is always this
// page's own origin (the Content-Security-Policy allows no other).
import { Client, type Room } from 'colyseus.js';
import type { ServerError } from '../../net/protocol';

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ServerError };

export const client = (): Client => new Client(location.origin);

/** POSTs JSON to the server's API; a refusal comes back as the server's typed error, a dead network as server_error. */
export async function api<T>(path: string, body: unknown): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(new URL(path, location.origin), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  } catch {
    return { ok: false, error: { code: 'server_error', message: 'The class server cannot be reached: check the network and try again.' } };
  }
  const data = await res.json().catch(() => null) as unknown;
  if (res.ok && data !== null) return { ok: true, value: data as T };
  const err = data as Partial<ServerError> | null;
  return { ok: false, error: { code: err?.code ?? 'server_error', message: err?.message ?? `The class server answered ${res.status}.` } };
}

/** What a failed join or reconnect says (Colyseus rejects with an Error carrying the room's message). */
function joinError(e: unknown): string {
  return e instanceof Error && e.message ? e.message : 'The class server refused to join.';
}

/** A failed join as a typed error: the room rejects with "code: detail" (groupRoom's onAuth). */
export function joinFailure(e: unknown): ServerError {
  const message = joinError(e);
  const code = /^([a-z_]+): /.exec(message)?.[1] as ServerError['code'] | undefined;
  return { code: code ?? 'server_error', message };
}

export type { Room };
