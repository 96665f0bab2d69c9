// Control's passcode: the setup keeps only a salted, stretched SHA-256 of it (in the exercise's config
// and save, never in its code or link), and the handover asks for it before Control opens. SHA-256 comes
// from @noble/hashes because crypto.subtle is missing on plain-http school servers.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

export { sha256 };

export interface ControlLock { salt: string; hash: string }

/** Rounds of hashing: slows a guess down without delaying the teacher noticeably. */
const ROUNDS = 1000;

const hex = bytesToHex;

function stretch(salt: string, passcode: string): string {
  const input = new TextEncoder().encode(`${salt}:${passcode}`);
  let d = sha256(input);
  const buf = new Uint8Array(32 + input.length);
  for (let i = 1; i < ROUNDS; i++) {
    buf.set(d);
    buf.set(input, 32);
    d = sha256(buf);
  }
  return hex(d);
}

/** A lock for `passcode` with a fresh random salt. */
export function makeLock(passcode: string, salt = hex(crypto.getRandomValues(new Uint8Array(16)))): ControlLock {
  return { salt, hash: stretch(salt, passcode) };
}

export function checkPasscode(lock: ControlLock, passcode: string): boolean {
  return stretch(lock.salt, passcode) === lock.hash;
}

/** A lock read back from a save: hex salt and hash of the right lengths, else undefined. */
export function parseLock(raw: unknown): ControlLock | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { salt, hash } = raw as Record<string, unknown>;
  if (typeof salt !== 'string' || !/^[0-9a-f]{32}$/.test(salt) || typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) return undefined;
  return { salt, hash };
}
