// The one place replay errors are shown: a dismissable banner with role=alert, over whatever page is
// up, which stays usable underneath.
import { el } from '../dom';
import { t } from '../../i18n/messages';

let banner: HTMLElement | undefined;

/** `title` names what cannot be used: a replay unless said otherwise (a game code in the address). */
export function showReplayError(message: string, title = t().replay_cannot_open()): void {
  banner?.remove();
  const close = el('button', { type: 'button', 'data-testid': 'replay-error-close' }, t().replay_dismiss());
  const b = el('div', { class: 'replay-error', role: 'alert', 'data-testid': 'replay-error' },
    el('strong', {}, `${title} `), el('span', {}, message), close);
  close.addEventListener('click', () => { b.remove(); if (banner === b) banner = undefined; });
  banner = b;
  document.body.append(b);
}

export function clearReplayError(): void {
  banner?.remove();
  banner = undefined;
}
