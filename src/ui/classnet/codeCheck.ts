// What is wrong with a seat code as typed, before it goes to the server: a message a student can act
// on (which character cannot be in a code, how many are missing), or null when it has a code's shape.
import { CODE_ALPHABET, CODE_LENGTH, TEACHER_KEY_LENGTH, normaliseCode } from '../../net/protocol';

const LEFT_OUT = '0, O, 1, I, L, 2, Z, 5, S, 8, B, U and V';

export function codeProblem(typed: string): string | null {
  const code = normaliseCode(typed);
  if (code.length === 0) return 'Type the seat code your teacher gave you.';
  if (new RegExp(`^[0-9a-f]{${TEACHER_KEY_LENGTH}}$`).test(typed.trim())) return 'This is the teacher\'s key: it opens the dashboard, not a seat. Type your seat code.';
  const bad = [...new Set([...code].filter((c) => !CODE_ALPHABET.includes(c)))];
  if (bad.length > 0) {
    const list = bad.map((c) => `"${c}"`).join(', ');
    return `${list} ${bad.length === 1 ? 'is' : 'are'} never in a seat code (codes leave out ${LEFT_OUT}, and anything but letters and digits): check the code on your card.`;
  }
  if (code.length !== CODE_LENGTH) return `A seat code has ${CODE_LENGTH} characters; this has ${code.length}.`;
  return null;
}
