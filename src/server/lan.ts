// The server's address on the local network (what a student's tablet can reach), not 127.0.0.1.
import { networkInterfaces } from 'node:os';

export function lanAddress(): string | null {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return null;
}
