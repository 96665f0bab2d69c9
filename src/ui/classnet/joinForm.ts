// The student's way in: type the seat code from the card, press Join. A code that cannot be one is
// named at once (which character, how many); the server's answer (unknown, expired) comes back in the
// same alert. The form stays usable after any error.
import { CODE_LENGTH, normaliseCode } from '../../net/protocol';
import { t } from '../../i18n/messages';
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
  const submit = el('button', { type: 'submit', class: 'primary', 'data-testid': 'join-submit' }, t().class_join());
  const form = el('form', { class: 'menu-card join-card', 'aria-labelledby': 'join-h', 'data-testid': 'join-form', novalidate: 'true' },
    el('h1', { id: 'join-h' }, t().class_join_title()),
    el('p', { class: 'lede' }, t().class_join_lede()),
    el('label', { for: 'join-code', class: 'seed-label' }, t().class_seat_code()), input,
    el('p', { id: 'join-hint', class: 'hint' }, t().class_join_hint({ length: CODE_LENGTH })),
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
