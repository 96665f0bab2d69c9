// "A new version is ready": a small bar at the foot of the page with a Reload button. The page keeps
// running the build it loaded until the player presses Reload (src/pages/pwa.ts does the reload).
import { el } from './dom';
import { t } from '../i18n/messages';
import './updateBanner.css';

/** Shows the banner once (a second call leaves the first in place); `reload` runs on the player's word. */
export function showUpdateBanner(reload: () => void): HTMLElement {
  const shown = document.getElementById('update-banner');
  if (shown) return shown;
  const button = el('button', { type: 'button', class: 'primary', 'data-testid': 'update-reload' }, t().common_update_reload());
  const later = el('button', { type: 'button', 'data-testid': 'update-later' }, t().common_update_later());
  const banner = el('div', { id: 'update-banner', class: 'update-banner no-print', role: 'status', 'data-testid': 'update-banner' },
    el('span', {}, t().common_update_ready()), button, later);
  button.addEventListener('click', () => {
    button.disabled = true;
    reload();
  }, { once: true });
  later.addEventListener('click', () => banner.remove(), { once: true });
  document.body.append(banner);
  return banner;
}
