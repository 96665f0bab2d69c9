// The start menu's word about the autosave: a Continue button naming the camp, turn and date of a
// good save, or a message saying what is wrong with a bad one (the save is kept until a new game
// replaces it).
import type { LoadResult } from '../game/saves';
import type { Power } from '../engine';
import { el } from './dom';

const CAMP_SHORT: Readonly<Record<Power, string>> = { coalition: 'Coalition', russia: 'Government side' };

/** "Coalition · turn 3 · 13 Sep 2017" */
export function saveLabel(summary: { camp: Power; turn: number; date: string }): string {
  return `${CAMP_SHORT[summary.camp]} · turn ${summary.turn} · ${summary.date}`;
}

function savedAtText(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : `Saved ${d.toLocaleString()}`;
}

/** The block above the new-game form, or null when there is no save. `onContinue` runs on Continue. */
export function saveNotice(result: LoadResult, onContinue: () => void): HTMLElement | null {
  if (result.kind === 'none') return null;
  if (result.kind === 'ok') {
    const button = el('button', { type: 'button', id: 'continue-button', class: 'primary', 'data-testid': 'continue' },
      'Continue', el('span', { class: 'save-detail' }, saveLabel(result.summary)));
    button.addEventListener('click', onContinue);
    return el('section', { class: 'save-notice', 'data-testid': 'save-notice', 'aria-label': 'Saved game' },
      button,
      el('p', { class: 'save-when' }, savedAtText(result.summary.savedAt)),
      el('p', { class: 'save-hint' }, 'Or start a new game below: it replaces this save.'));
  }
  return el('section', { class: 'save-notice save-bad', 'data-testid': 'save-notice', 'aria-label': 'Saved game' },
    el('p', { class: 'error', role: 'alert', 'data-testid': 'save-error' }, result.message),
    el('p', { class: 'save-hint' }, 'The saved game cannot be continued. It is kept until you start a new game below, which replaces it.'));
}
