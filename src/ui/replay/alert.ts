// The one place replay errors are shown: a dismissable banner with role=alert, over whatever page is
// up, which stays usable underneath.
import { el } from '../dom';

let banner: HTMLElement | undefined;

export function showReplayError(message: string): void {
  banner?.remove();
  const close = el('button', { type: 'button', 'data-testid': 'replay-error-close' }, 'Dismiss');
  const b = el('div', { class: 'replay-error', role: 'alert', 'data-testid': 'replay-error' },
    el('strong', {}, 'This replay cannot be opened. '), el('span', {}, message), close);
  close.addEventListener('click', () => { b.remove(); if (banner === b) banner = undefined; });
  banner = b;
  document.body.append(b);
}

export function clearReplayError(): void {
  banner?.remove();
  banner = undefined;
}
