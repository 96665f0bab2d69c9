// The service worker (vite-plugin-pwa's generateSW, configured in vite.config.ts): after one visit the
// game and the class page load with no network. registerType 'prompt': a new build waits until the
// player presses Reload on the banner; the page autosaves (the caller's `beforeReload`) and only then
// hands over to the new worker and reloads. A bundled module, never an inline script (the pages' CSP).
// The dev server has no worker (vite-plugin-pwa builds it only in `vite build`).
import { Workbox } from 'workbox-window';
import { showUpdateBanner } from '../ui/updateBanner';

export interface RegisterOptions {
  /** Runs before the page reloads into a new build: the game writes its autosave here. */
  beforeReload?: () => void;
}

/** How often an open page asks the server for a new build (a class may keep the game open all day). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

export function registerServiceWorker(opts: RegisterOptions = {}): void {
  if (import.meta.env.MODE === 'development' || !('serviceWorker' in navigator)) return;
  const wb = new Workbox('./sw.js', { scope: './' });
  // A page first loaded from the network is claimed by the first worker (clientsClaim): no new build then.
  const hadController = navigator.serviceWorker.controller !== null;
  let reloading = false;
  const reload = (): void => {
    if (reloading) return;
    reloading = true;
    location.reload();
  };
  const offer = (): void => {
    showUpdateBanner(() => {
      try {
        opts.beforeReload?.();
      } catch (e) {
        console.warn('The autosave before reloading failed:', e);
      }
      // The new worker takes over; the page reloads once it controls the page (below).
      requested = true;
      if (waiting) wb.messageSkipWaiting();
      else reload();
    });
  };
  let requested = false;
  let waiting = false;
  wb.addEventListener('waiting', () => {
    waiting = true;
    offer();
  });
  // Our Reload, or another tab's: either way this page now runs a build its worker no longer serves.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (requested) reload();
    else if (hadController) { waiting = false; offer(); }
  });
  wb.register().catch((e: unknown) => console.warn('The service worker was not registered (the game still works online):', e));
  const check = (): void => { void wb.update().catch(() => { /* offline: checked again later */ }); };
  setInterval(check, CHECK_EVERY_MS);
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') check(); });
}
