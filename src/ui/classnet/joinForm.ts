// The student's way in: type the seat code from the card, press Join. A code that cannot be one is
// named at once (which character, how many); the server's answer (unknown, expired) comes back in the
// same alert. The form stays usable after any error.
import { CODE_LENGTH, normaliseCode } from '../../net/protocol';
import { el } from '../dom';
import { codeProblem } from './codeCheck';

/** Tries the code; resolves with null once joined, or with what to tell the student. */
export type TryCode = (code: string) => Promise<string | null>;

export function joinForm(root: HTMLElement, tryCode: TryCode, prefill = ''): HTMLElement {
  const input = el('input', {
    id: 'join-code', name: 'code', type: 'text', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false',
    maxlength: '24', value: prefill, 'aria-describedby': 'join-hint join-error', 'data-testid': 'join-code',
  });
  const error = el('p', { id: 'join-error', class: 'cc-error', role: 'alert', 'data-testid': 'join-error' });
  const submit = el('button', { type: 'submit', class: 'primary', 'data-testid': 'join-submit' }, 'Join');
  const form = el('form', { class: 'menu-card join-card', 'aria-labelledby': 'join-h', 'data-testid': 'join-form', novalidate: 'true' },
    el('h1', { id: 'join-h' }, 'Join your group'),
    el('p', { class: 'lede' }, 'Type the seat code on the card your teacher gave you. It puts you in your group, in your camp\'s seat.'),
    el('label', { for: 'join-code', class: 'seed-label' }, 'Seat code'), input,
    el('p', { id: 'join-hint', class: 'hint' }, `${CODE_LENGTH} letters and digits; capitals, spaces and dashes do not matter.`),
    error,
    el('div', { class: 'buttons menu-buttons' }, submit));
  const overlay = el('div', { class: 'overlay', id: 'join' }, form);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const problem = codeProblem(input.value);
    if (problem) {
      error.textContent = problem;
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    submit.disabled = true;
    error.textContent = '';
    void tryCode(normaliseCode(input.value)).then((fail) => {
      submit.disabled = false;
      if (fail === null) return overlay.remove();
      error.textContent = fail;
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    });
  });
  root.append(overlay);
  input.focus();
  return overlay;
}
