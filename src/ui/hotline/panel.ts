// The hotline panel beside the map: the calls awaiting the player's answer, the compose form and the
// transcript. A toggle button in the side panel opens it and shows the unread count. Everything is
// rendered from the player's view; sending goes through the controller and errors stay in the panel.
import type { OpeningBody } from '../../engine/core';
import type { Controller } from '../../presenter/controller';
import { el } from '../dom';
import { hasMessageGroup, loadMessageGroups, t, withMessages } from '../../i18n/messages';
import type { ComposeForm } from './compose';
import { awaitingAnswer, renderIncoming } from './incoming';
import { renderTranscript } from './transcript';

export class HotlinePanel {
  readonly root: HTMLElement;
  readonly toggleButton = el('button', { type: 'button', class: 'hotline-toggle', 'aria-expanded': 'false', 'aria-controls': 'hotline', 'data-testid': 'hotline-toggle' });
  /** The compose form, once its code has loaded (loadCompose). */
  private compose: ComposeForm | undefined;
  private composing: Promise<ComposeForm> | undefined;
  /** Where the compose form goes: its code is not needed to draw the first screen (issue 19). */
  private readonly composeSlot = el('div', { class: 'compose-slot' });
  private readonly incoming = el('ol', { class: 'incoming', 'data-testid': 'hotline-incoming' });
  private readonly incomingSection: HTMLElement;
  // Scrolls on its own, so it takes focus for keyboard scrolling.
  private readonly transcript = el('ol', { class: 'transcript', 'data-testid': 'hotline-transcript', tabindex: '0', 'aria-labelledby': 'transcript-title' });
  private readonly status = el('p', { class: 'result', role: 'status', 'data-testid': 'hotline-status' });
  private readonly summary = el('p', { class: 'muted', 'data-testid': 'hotline-summary' });
  /** While a hex is picked on the map: what to do, and Done. On a small window the rest folds away. */
  private readonly pickText = el('p', { 'data-testid': 'hotline-pick-text' });
  private readonly pickDone = el('button', { type: 'button', class: 'primary', 'data-testid': 'hotline-pick-done' });
  /** The answer to the last map click (the side panel's message may be scrolled out of sight). */
  private readonly pickNote = el('p', { class: 'pick-note', 'data-testid': 'hotline-pick-note' });
  private readonly pickBar = el('div', { class: 'pick-bar', role: 'status', hidden: true }, this.pickText, this.pickNote, this.pickDone);
  /** Incoming message ids the player has had on screen with the panel open. */
  private readonly read = new Set<string>();
  private transcriptKey = '';
  private incomingKey = '';

  constructor(private readonly controller: Controller) {
    const close = el('button', { type: 'button', class: 'close', 'aria-label': t().hotline_close_label() }, '✕');
    this.incomingSection = el('section', { 'aria-labelledby': 'incoming-title' }, el('h3', { id: 'incoming-title' }, t().hotline_awaiting_title()), this.incoming);
    this.root = el('aside', { id: 'hotline', class: 'hotline-panel', 'aria-labelledby': 'hotline-title', 'data-testid': 'hotline-panel' },
      el('header', {}, el('h2', { id: 'hotline-title' }, t().hotline_panel_title()), close),
      this.pickBar, this.summary, this.status, this.incomingSection, this.composeSlot,
      el('section', { 'aria-labelledby': 'transcript-title' }, el('h3', { id: 'transcript-title' }, t().hotline_transcript_title()), this.transcript));
    this.root.hidden = true;
    this.toggleButton.addEventListener('click', () => this.toggle());
    close.addEventListener('click', () => { this.toggle(false); this.toggleButton.focus(); });
    this.root.addEventListener('keydown', (e) => {
      // Esc inside the panel cancels a map pick first, then closes the panel.
      if (e.key !== 'Escape') return;
      e.preventDefault();
      if (controller.pick) controller.endPick(true);
      else { this.toggle(false); this.toggleButton.focus(); }
    });
    // Done ends a line pick as the form's own button does; an area pick is cancelled.
    this.pickDone.addEventListener('click', () => controller.endPick(controller.pick?.kind === 'area'));
    controller.onCompose((body) => this.openWith(body));
    controller.onChange(() => this.render());
    this.render();
  }

  get isOpen(): boolean { return !this.root.hidden; }

  /** The compose form, its code loaded on first use (the game page preloads it after the first draw). */
  loadCompose(): Promise<ComposeForm> {
    // The form speaks the 'play' group (hotline_*), loaded with it.
    return (this.composing ??= withMessages(['play'], () => import('./compose')).then(({ ComposeForm: Form }) => {
      const form = new Form(this.controller);
      this.composeSlot.replaceWith(form.root);
      this.compose = form;
      if (this.isOpen) form.update();
      return form;
    }));
  }

  toggle(open = !this.isOpen): void {
    // Open, the panel shows calls and the transcript ('play' messages), which the game page loads after
    // its first frame: opened sooner, it opens once they are there.
    if (open && !hasMessageGroup('play')) {
      void loadMessageGroups('play').then(() => this.toggle(true));
      return;
    }
    this.root.hidden = !open;
    if (!open && this.controller.pick) this.controller.endPick(true);
    this.render();
    if (open) void this.loadCompose().then((form) => form.focus());
  }

  /** Opens the panel with the compose form filled in, and focuses Send. */
  openWith(body: OpeningBody): void {
    this.toggle(true);
    void this.loadCompose().then((form) => {
      form.prefill(body);
      form.focusSend();
    });
  }

  /** Incoming messages not yet seen with the panel open. */
  unread(): number {
    const { camp } = this.controller.session;
    return this.controller.session.view().crisis.messages.filter((m) => m.to === camp && !this.read.has(m.id)).length;
  }

  render(): void {
    const { session } = this.controller;
    const view = session.view();
    const waiting = awaitingAnswer(view, session.camp).length;
    if (this.isOpen) for (const m of view.crisis.messages) if (m.to === session.camp) this.read.add(m.id);
    const unread = this.unread();
    const badges = [unread > 0 ? t().hotline_badge_new({ count: unread }) : '', waiting > 0 ? t().hotline_badge_to_answer({ count: waiting }) : ''].filter(Boolean);
    this.toggleButton.replaceChildren(this.isOpen ? t().hotline_toggle_close() : t().hotline_toggle(), ...badges.map((b) => el('span', { class: 'badge' }, b)));
    this.toggleButton.setAttribute('aria-expanded', String(this.isOpen));
    this.toggleButton.setAttribute('aria-label', `${this.isOpen ? t().hotline_close_label() : t().hotline_open_label()}${badges.length ? ` (${badges.join(', ')})` : ''}`);
    if (!this.isOpen) return;
    this.renderPick();
    this.summary.textContent = t().hotline_summary({ count: view.crisis.messages.length, waiting });
    const tKey = view.crisis.messages.map((m) => `${m.id}:${m.status}:${m.answer}`).join(';');
    if (tKey !== this.transcriptKey) {
      this.transcriptKey = tKey;
      this.transcript.replaceChildren(...renderTranscript(session.scenario, view, session.camp));
      this.transcript.scrollTop = this.transcript.scrollHeight; // the newest message in sight
    }
    const iKey = `${tKey}|${session.isPlayersPhase}|${view.crisis.sentThisTurn[session.camp]}`;
    if (iKey !== this.incomingKey) {
      this.incomingKey = iKey;
      this.incomingSection.hidden = waiting === 0;
      this.incoming.replaceChildren(...renderIncoming(this.controller, {
        answered: (error, label) => this.showStatus(error ? t().hotline_answer_not_sent({ label, error }) : t().hotline_answer_sent({ label }), error !== null),
        counter: (to) => void this.loadCompose().then((form) => form.counter(to)),
      }));
    }
    this.compose?.update();
  }

  private renderPick(): void {
    const pick = this.controller.pick;
    this.root.classList.toggle('picking', !!pick);
    this.pickBar.hidden = !pick;
    if (!pick) return;
    const n = pick.hexes().length;
    this.pickText.textContent = pick.kind === 'area' ? t().hotline_pick_area() : t().hotline_pick_line({ count: n });
    this.pickDone.textContent = pick.kind === 'area' ? t().hotline_cancel() : t().hotline_done();
    const msg = this.controller.message;
    this.pickNote.textContent = msg?.text ?? '';
    this.pickNote.className = `pick-note ${msg?.kind ?? ''}`;
  }

  private showStatus(text: string, error: boolean): void {
    this.status.textContent = text;
    this.status.className = `result ${error ? 'error' : 'ok'}`;
  }
}
