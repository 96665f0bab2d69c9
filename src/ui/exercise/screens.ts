// The full-page screens between team phases: the handover ("pass to the … team") and the pause.
// Both are opaque and sit over a page whose map and panels are hidden (body.exercise-hidden).
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
  private readonly continueButton = el('button', { type: 'button', class: 'primary', 'data-testid': 'handover-continue' }, 'Continue');
  private readonly briefingButton = el('button', { type: 'button', 'data-testid': 'handover-briefing' }, 'Briefing pack');
  private readonly controlButton = el('button', { type: 'button', 'data-testid': 'handover-control' }, 'Control (facilitator only)');
  private readonly passcode = el('input', { id: 'control-passcode', type: 'password', autocomplete: 'off', 'data-testid': 'control-passcode' });
  private readonly passcodeError = el('p', { class: 'ex-error', role: 'alert', 'data-testid': 'control-passcode-error' });
  private readonly passcodeForm = el('form', { class: 'control-form', 'aria-label': 'Control passcode', 'data-testid': 'control-passcode-form', hidden: true });

  constructor(actions: HandoverActions) {
    const { onControl, checkPasscode } = actions;
    const cancel = el('button', { type: 'button', 'data-testid': 'control-passcode-cancel' }, 'Cancel');
    this.passcodeForm.append(el('label', { for: 'control-passcode' }, 'Control passcode (set by the facilitator in the setup)'), this.passcode,
      el('div', { class: 'buttons' }, el('button', { type: 'submit', 'data-testid': 'control-passcode-open' }, 'Open Control'), cancel), this.passcodeError);
    const unprotected = onControl && !checkPasscode
      ? el('p', { class: 'hint', 'data-testid': 'handover-control-unprotected' }, 'Control is unprotected: no passcode was set in the setup, so anyone at this screen can open the all-seeing map.')
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
        this.passcodeError.textContent = 'Wrong passcode: Control stays closed.';
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

  show(team: string, turnText: string, notices: readonly string[]): void {
    this.title.textContent = `Pass to the ${team} team`;
    this.lede.textContent = `${turnText}. Press Continue when only that team is looking at the screen.`;
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
  private readonly title = el('h1', { id: 'pause-title', tabindex: '-1' }, 'The exercise is paused');

  constructor(onResume: () => void) {
    const resume = el('button', { type: 'button', class: 'primary', 'data-testid': 'resume' }, 'Resume (Control)');
    resume.addEventListener('click', onResume);
    this.root.append(el('div', { class: 'menu-card' }, this.title, el('p', { class: 'lede' }, 'Control has paused the exercise. Wait for the facilitator.'), el('div', { class: 'buttons' }, resume)));
  }

  get isShown(): boolean { return !this.root.hidden; }
  show(): void { this.root.hidden = false; this.title.focus(); }
  hide(): void { this.root.hidden = true; }
}
