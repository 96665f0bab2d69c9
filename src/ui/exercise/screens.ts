// The full-page screens between team phases: the handover ("pass to the … team") and the pause.
// Both are opaque and sit over a page whose map and panels are hidden (body.exercise-hidden).
import type { Power } from '../../engine';
import { t } from '../../i18n/messages';
import { el } from '../dom';

export interface HandoverActions {
  onContinue(): void;
  onBriefing(): void;
  onControl?: () => void;
  /** Whether a passcode opens Control; absent when the setup set none (the screen says so). */
  checkPasscode?: (entered: string) => boolean;
}

export class HandoverScreen {
  readonly root = el('section', { class: 'exercise-screen', id: 'handover', 'aria-labelledby': 'handover-title', 'data-testid': 'handover', hidden: true });
  private readonly title = el('h1', { id: 'handover-title', tabindex: '-1' });
  private readonly lede = el('p', { class: 'lede', 'data-testid': 'handover-text' });
  private readonly notices = el('ul', { class: 'exercise-notices', 'data-testid': 'handover-notices' });
  private readonly continueButton = el('button', { type: 'button', class: 'primary', 'data-testid': 'handover-continue' }, t().exercise_continue());
  private readonly briefingButton = el('button', { type: 'button', 'data-testid': 'handover-briefing' }, t().exercise_briefing_pack());
  private readonly controlButton = el('button', { type: 'button', 'data-testid': 'handover-control' }, t().exercise_control_button());
  private readonly passcode = el('input', { id: 'control-passcode', type: 'password', autocomplete: 'off', 'data-testid': 'control-passcode' });
  private readonly passcodeError = el('p', { class: 'ex-error', role: 'alert', 'data-testid': 'control-passcode-error' });
  private readonly passcodeForm = el('form', { class: 'control-form', 'aria-label': t().exercise_passcode_form(), 'data-testid': 'control-passcode-form', hidden: true });

  constructor(actions: HandoverActions) {
    const { onControl, checkPasscode } = actions;
    const cancel = el('button', { type: 'button', 'data-testid': 'control-passcode-cancel' }, t().exercise_cancel());
    this.passcodeForm.append(el('label', { for: 'control-passcode' }, t().exercise_passcode_label()), this.passcode,
      el('div', { class: 'buttons' }, el('button', { type: 'submit', 'data-testid': 'control-passcode-open' }, t().exercise_open_control()), cancel), this.passcodeError);
    const unprotected = onControl && !checkPasscode
      ? el('p', { class: 'hint', 'data-testid': 'handover-control-unprotected' }, t().exercise_unprotected())
      : null;
    this.root.append(el('div', { class: 'menu-card' }, this.title, this.lede, this.notices,
      el('div', { class: 'buttons' }, this.continueButton, this.briefingButton, onControl ? this.controlButton : null),
      onControl && checkPasscode ? this.passcodeForm : null, unprotected));
    this.continueButton.addEventListener('click', () => actions.onContinue());
    this.briefingButton.addEventListener('click', () => actions.onBriefing());
    if (onControl) this.controlButton.addEventListener('click', () => {
      if (!checkPasscode) return onControl();
      this.passcodeForm.hidden = false;
      this.passcode.focus();
    });
    cancel.addEventListener('click', () => this.closePasscode());
    this.passcodeForm.addEventListener('submit', (e) => {
      e.preventDefault();
      const ok = checkPasscode?.(this.passcode.value) ?? false;
      this.passcode.value = '';
      if (!ok) {
        this.passcodeError.textContent = t().exercise_wrong_passcode();
        this.passcode.focus();
        return;
      }
      this.closePasscode();
      onControl?.();
    });
  }

  private closePasscode(): void {
    this.passcodeForm.hidden = true;
    this.passcode.value = '';
    this.passcodeError.textContent = '';
  }

  show(team: Power, turnText: string, notices: readonly string[]): void {
    this.title.textContent = team === 'coalition' ? t().exercise_pass_to_coalition() : t().exercise_pass_to_russia();
    this.lede.textContent = t().exercise_handover_lede({ turn: turnText });
    this.notices.replaceChildren(...notices.map((n) => el('li', {}, n)));
    this.closePasscode();
    this.root.hidden = false;
    this.title.focus();
  }

  get isShown(): boolean { return !this.root.hidden; }
  hide(): void { this.root.hidden = true; }
}

export class PauseScreen {
  readonly root = el('section', { class: 'exercise-screen', id: 'pause', 'aria-labelledby': 'pause-title', 'data-testid': 'pause-screen', hidden: true });
  private readonly title = el('h1', { id: 'pause-title', tabindex: '-1' }, t().exercise_paused_title());

  constructor(onResume: () => void) {
    const resume = el('button', { type: 'button', class: 'primary', 'data-testid': 'resume' }, t().exercise_resume_control());
    resume.addEventListener('click', onResume);
    this.root.append(el('div', { class: 'menu-card' }, this.title, el('p', { class: 'lede' }, t().exercise_paused_text()), el('div', { class: 'buttons' }, resume)));
  }

  get isShown(): boolean { return !this.root.hidden; }
  show(): void { this.root.hidden = false; this.title.focus(); }
  hide(): void { this.root.hidden = true; }
}
