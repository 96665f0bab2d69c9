// The start menu's saved games: a Continue button for the most recent game that is not over, naming
// its camp, turn and date, and a list of the other saved games (the slots of saveSlots.ts), each with
// its scenario, camp, turn and date: Resume for one in progress, View replay for a finished one, or
// what is wrong with a damaged one (kept until a new game needs its slot).
import type { Power } from '../engine';
import { type SaveSlot, newestUnfinished } from '../game/saveSlots';
import type { SaveSummary } from '../game/saves';
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

export interface SaveActions {
  /** Resume the game in a slot. */
  resume(slot: number): void;
  /** Watch a finished game's replay. */
  view(slot: number): void;
}

function outcomeText(summary: SaveSummary): string {
  const r = summary.result;
  if (!r) return '';
  if (r.reason === 'direct_clash') return 'finished: direct clash';
  return r.winner === 'draw' ? 'finished: draw' : `finished: ${r.winner === 'coalition' ? 'coalition' : 'government side'} wins`;
}

function slotRow(entry: SaveSlot, actions: SaveActions): HTMLElement {
  const r = entry.result;
  if (r.kind === 'bad') {
    return el('li', { class: 'save-slot save-bad', 'data-testid': 'save-slot' },
      el('p', { class: 'error', role: 'alert', 'data-testid': 'save-error' }, r.message),
      el('p', { class: 'save-hint' }, 'This saved game cannot be continued. It is kept until a new game needs its place.'));
  }
  const over = r.save.state.status === 'over';
  const button = over
    ? el('button', { type: 'button', 'data-testid': 'view-save', disabled: !r.save.commands }, 'View replay')
    : el('button', { type: 'button', 'data-testid': 'resume-save' }, 'Resume');
  button.addEventListener('click', () => (over ? actions.view(entry.slot) : actions.resume(entry.slot)));
  const label = `${r.summary.scenario} · ${saveLabel(r.summary)}${over ? ` · ${outcomeText(r.summary)}` : ''}`;
  button.setAttribute('aria-label', `${button.textContent}: ${label}`);
  return el('li', { class: 'save-slot', 'data-testid': 'save-slot' },
    el('span', { class: 'save-slot-text' }, label, el('span', { class: 'save-when' }, ` · ${savedAtText(r.summary.savedAt)}`)),
    button);
}

/** The block above the new-game form, or null when there is no save. */
export function saveNotice(saves: readonly SaveSlot[], actions: SaveActions): HTMLElement | null {
  if (saves.length === 0) return null;
  const current = newestUnfinished(saves);
  const others = saves.filter((s) => s !== current);
  const section = el('section', { class: `save-notice${current ? '' : ' save-none-open'}`, 'data-testid': 'save-notice', 'aria-label': 'Saved games' });
  if (current?.result.kind === 'ok') {
    const button = el('button', { type: 'button', id: 'continue-button', class: 'primary', 'data-testid': 'continue' },
      'Continue', el('span', { class: 'save-detail' }, saveLabel(current.result.summary)));
    button.addEventListener('click', () => actions.resume(current.slot));
    section.append(button, el('p', { class: 'save-when' }, savedAtText(current.result.summary.savedAt)));
  }
  if (others.length > 0) {
    // Folded under a game to continue, so the menu still fits a 720-pixel-high window.
    section.append(el('details', { class: 'save-others', open: !current },
      el('summary', { class: 'save-list-title', 'data-testid': 'save-list-toggle' }, `${current ? 'Other saved games' : 'Saved games'} (${others.length})`),
      el('ul', { class: 'save-list', 'data-testid': 'save-list' }, ...others.map((s) => slotRow(s, actions)))));
  }
  section.append(el('p', { class: 'save-hint' }, 'A new game keeps these: the game in play and the three before it are kept.'));
  return section;
}
