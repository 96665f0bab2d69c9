// Seat codes and teacher keys, from the operating system's random source. A code is short enough to
// type from the board; a teacher key has another shape entirely, so neither can pass for the other.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH, TEACHER_KEY_LENGTH } from '../net/protocol';

/** A fresh seat code not in `taken`. */
export function newSeatCode(taken: ReadonlySet<string>): string {
  for (;;) {
    let code = '';
    for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
    if (!taken.has(code)) return code;
  }
}

export function isSeatCodeShape(code: string): boolean {
  return code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c));
}

export function newTeacherKey(): string {
  return randomBytes(TEACHER_KEY_LENGTH / 2).toString('hex');
}

/** Only this is stored: a leaked database does not open dashboards. */
export function keyHash(key: string): string {
  return createHash('sha256').update(`deconfliction-teacher:${key}`).digest('hex');
}

export function newId(bytes = 8): string {
  return randomBytes(bytes).toString('hex');
}
