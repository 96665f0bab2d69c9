// The start menu's saved games: a Continue button for the most recent game that is not over, naming
// its camp, turn and date, and a list of the other saved games (the slots of saveSlots.ts), each with
// its scenario, camp, turn and date: Resume for one in progress, View replay for a finished one, or
// what is wrong with a damaged one (kept until a new game needs its slot).
import type { Power } from '../engine';
import { type SaveSlot, newestUnfinished } from '../game/saveSlots';
import type { SaveSummary } from '../game/saves';
import { el } from './dom';
import { formatDateTime } from '../i18n/format';
import { t } from '../i18n/messages';
import { builtinScenario } from '../scenarios';
import { scenarioTitle } from '../text/scenarioFacts';
import { saveErrorText } from '../text/saveErrorText';

const campShort = (camp: Power): string => (camp === 'coalition' ? t().common_camp_short_coalition() : t().common_camp_short_russia());

/** "Coalition · turn 3 · 13 Sep 2017" */
export function saveLabel(summary: { camp: Power; turn: number; date: string }): string {
  return t().menu_save_label({ camp: campShort(summary.camp), turn: summary.turn, date: summary.date });
}

function savedAtText(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : t().menu_saved_at({ when: formatDateTime(d) });
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
  if (r.reason === 'direct_clash') return t().menu_save_finished_clash();
  if (r.winner === 'draw') return t().menu_save_finished_draw();
  return r.winner === 'coalition' ? t().menu_save_finished_coalition() : t().menu_save_finished_russia();
}

function slotRow(entry: SaveSlot, actions: SaveActions): HTMLElement {
  const r = entry.result;
  if (r.kind === 'bad') {
    return el('li', { class: 'save-slot save-bad', 'data-testid': 'save-slot' },
      el('p', { class: 'error', role: 'alert', 'data-testid': 'save-error' }, saveErrorText(r)),
      el('p', { class: 'save-hint' }, t().menu_save_bad_hint()));
  }
  const over = r.save.state.status === 'over';
  const button = over
    ? el('button', { type: 'button', 'data-testid': 'view-save', disabled: !r.save.commands }, t().menu_view_replay())
    : el('button', { type: 'button', 'data-testid': 'resume-save' }, t().menu_resume());
  button.addEventListener('click', () => (over ? actions.view(entry.slot) : actions.resume(entry.slot)));
  const builtin = builtinScenario(r.save.state.scenarioId);
  const label = `${builtin ? scenarioTitle(builtin) : r.summary.scenario} · ${saveLabel(r.summary)}${over ? ` · ${outcomeText(r.summary)}` : ''}`;
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
  const section = el('section', { class: `save-notice${current ? '' : ' save-none-open'}`, 'data-testid': 'save-notice', 'aria-label': t().menu_saved_games() });
  if (current?.result.kind === 'ok') {
    const button = el('button', { type: 'button', id: 'continue-button', class: 'primary', 'data-testid': 'continue' },
      t().menu_continue(), el('span', { class: 'save-detail' }, saveLabel(current.result.summary)));
    button.addEventListener('click', () => actions.resume(current.slot));
    section.append(button, el('p', { class: 'save-when' }, savedAtText(current.result.summary.savedAt)));
  }
  if (others.length > 0) {
    // Folded under a game to continue, so the menu still fits a 720-pixel-high window.
    section.append(el('details', { class: 'save-others', open: !current },
      el('summary', { class: 'save-list-title', 'data-testid': 'save-list-toggle' }, current ? t().menu_other_saved_games_count({ count: others.length }) : t().menu_saved_games_count({ count: others.length })),
      el('ul', { class: 'save-list', 'data-testid': 'save-list' }, ...others.map((s) => slotRow(s, actions)))));
  }
  section.append(el('p', { class: 'save-hint' }, t().menu_saves_kept()));
  return section;
}
