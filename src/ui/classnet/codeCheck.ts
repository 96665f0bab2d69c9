// What is wrong with a seat code as typed, before it goes to the server: a message a student can act
// on (which character cannot be in a code, how many are missing), or null when it has a code's shape.
import { t } from '../../i18n/messages';
import { CODE_ALPHABET, CODE_LENGTH, TEACHER_KEY_LENGTH, normaliseCode } from '../../net/protocol';

export function codeProblem(typed: string): string | null {
  const code = normaliseCode(typed);
  if (code.length === 0) return t().class_code_empty();
  if (new RegExp(`^[0-9a-f]{${TEACHER_KEY_LENGTH}}$`).test(typed.trim())) return t().class_code_teacher_key();
  const bad = [...new Set([...code].filter((c) => !CODE_ALPHABET.includes(c)))];
  if (bad.length > 0) {
    const list = bad.map((c) => `"${c}"`).join(', ');
    return t().class_code_bad_chars({ count: bad.length, list, left: t().class_code_left_out() });
  }
  if (code.length !== CODE_LENGTH) return t().class_code_length({ length: CODE_LENGTH, count: code.length });
  return null;
}
