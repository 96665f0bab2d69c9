// "Open a replay file" (a real button over a hidden file input) and drag-and-drop of a file anywhere
// on the page. Both hand the opened replay, or show why it cannot be opened.
import { el } from '../dom';
import { t } from '../../i18n/messages';
import { clearReplayError, showReplayError } from './alert';
import type { OpenedReplay } from './open';
import { loadRules } from '../../match/rules';

async function handle(file: File | undefined, onOpened: (o: OpenedReplay) => void): Promise<void> {
  if (!file) return;
  // Reading a replay (zod, the verifier, the engine's command rules it replays with) loads when a
  // file comes, not with the page.
  const [{ openFromFile }] = await Promise.all([import('./open'), loadRules()]);
  const r = await openFromFile(file);
  if (!r.ok) {
    showReplayError(r.message);
    return;
  }
  clearReplayError();
  onOpened(r.opened);
}

/** A button that opens the file chooser; the input is labelled for tests and assistive tech. */
export function replayFileButton(onOpened: (o: OpenedReplay) => void): HTMLElement {
  const input = el('input', { type: 'file', accept: '.json,application/json', id: 'replay-file', class: 'sr-only', tabindex: '-1', 'aria-label': t().replay_file(), 'data-testid': 'replay-file' });
  const button = el('button', { type: 'button', id: 'open-replay', 'data-testid': 'open-replay', title: t().menu_open_replay_title() }, t().menu_open_replay());
  button.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    void handle(input.files?.[0], onOpened);
    input.value = ''; // the same file can be chosen again after fixing it
  });
  return el('span', { class: 'replay-open' }, button, input);
}

/** Accepts a replay file dropped anywhere on the page. */
export function listenForDrops(onOpened: (o: OpenedReplay) => void): void {
  const hasFile = (e: DragEvent): boolean => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
  // While a file is dragged over the page, a frame says it can be dropped (body.replay-drop).
  const mark = (on: boolean): void => { document.body.classList.toggle('replay-drop', on); };
  document.addEventListener('dragover', (e) => {
    if (!hasFile(e)) return;
    e.preventDefault();
    e.dataTransfer!.dropEffect = 'copy';
    mark(true);
  });
  document.addEventListener('dragleave', (e) => { if (e.relatedTarget === null) mark(false); });
  document.addEventListener('drop', (e) => {
    mark(false);
    if (!hasFile(e)) return;
    e.preventDefault();
    void handle(e.dataTransfer!.files[0], onOpened);
  });
}
