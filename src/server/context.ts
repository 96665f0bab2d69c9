// What every room of this process shares: the store and the server's public address. Set once at
// start, before any room is created (Colyseus creates rooms from their class, with JSON options).
import type { Storage } from './storage';

export interface ServerContext {
  storage: Storage;
  /** The address students and the teacher open, e.g. http://192.168.1.20:2567 */
  publicBase: string;
  /** Export downloads by one-time token: the class id and when the token stops working (ms). */
  exports: Map<string, { classId: string; until: number }>;
}

let current: ServerContext | null = null;

export function setContext(c: ServerContext): void { current = c; }

export function context(): ServerContext {
  if (!current) throw new Error('the class server context is not set');
  return current;
}
