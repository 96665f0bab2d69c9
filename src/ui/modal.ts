// A native modal <dialog>: showModal() makes the page behind it inert (focus stays inside), Esc
// closes it, and on close focus goes back to where it was. Removed from the page once closed.
import { el } from './dom';

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

export interface ModalOptions {
  id: string;
  title: string;
  /** Extra class for the card (size, accent). */
  className?: string;
  /** Runs after the dialog closed, however it was closed (button, Esc). */
  onClose?: () => void;
}

const finishers = new WeakMap<HTMLDialogElement, () => void>();

/** Closes a dialog and, for one of ours, removes it and runs its onClose now rather than a frame later. */
export function closeModal(dialog: HTMLDialogElement): void {
  dialog.close();
  finishers.get(dialog)?.();
}

export function openModal(opts: ModalOptions, ...content: Node[]): HTMLDialogElement {
  const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const titleId = `${opts.id}-title`;
  const dialog = el('dialog', { id: opts.id, class: `modal menu-card ${opts.className ?? ''}`.trim(), 'aria-labelledby': titleId },
    el('h2', { id: titleId, tabindex: '-1' }, opts.title), ...content);
  let closed = false;
  const finish = (): void => {
    if (closed) return;
    closed = true;
    dialog.remove();
    opts.onClose?.();
    if (returnTo?.isConnected) returnTo.focus();
  };
  finishers.set(dialog, finish);
  // 'close' fires in a later task (after a setTimeout 0 in Chromium); our own buttons finish at once
  // (closeModal), so a closed pack is gone before anything reads the next team's handover.
  dialog.addEventListener('close', finish);
  // showModal makes the page inert, but Tab can still leave for the browser's own UI: keep it inside.
  dialog.addEventListener('keydown', (e) => {
    // Keys stay with the dialog: the map's window-wide keys (N, M, Esc…) must not act behind it, and a
    // window handler that prevents Esc's default would stop the dialog's own cancel.
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      closeModal(dialog);
      return;
    }
    if (e.key !== 'Tab') return;
    const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((n) => !n.hasAttribute('disabled') && n.offsetParent !== null);
    if (items.length === 0) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    const at = document.activeElement;
    if (e.shiftKey && (at === first || !dialog.contains(at) || at === dialog.querySelector(`#${titleId}`))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && at === last) {
      e.preventDefault();
      first.focus();
    }
  });
  document.body.append(dialog);
  dialog.showModal();
  // Start reading at the title, not on the first button (which would skip the text).
  dialog.querySelector<HTMLElement>(`#${titleId}`)?.focus();
  return dialog;
}

/** A button that closes the dialog it sits in. */
export function closeButton(label: string, attrs: Record<string, string> = {}): HTMLButtonElement {
  const b = el('button', { type: 'button', ...attrs }, label);
  b.addEventListener('click', () => {
    const dialog = b.closest('dialog');
    if (dialog) closeModal(dialog);
  });
  return b;
}
