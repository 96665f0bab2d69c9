// The full-page screens between team phases: the handover ("pass to the … team") and the pause.
// Both are opaque and sit over a page whose map and panels are hidden (body.exercise-hidden).
import { el } from '../dom';

export interface HandoverActions { onContinue(): void; onBriefing(): void; onControl?: () => void }

export class HandoverScreen {
  readonly root = el('section', { class: 'exercise-screen', id: 'handover', 'aria-labelledby': 'handover-title', 'data-testid': 'handover', hidden: true });
  private readonly title = el('h1', { id: 'handover-title', tabindex: '-1' });
  private readonly lede = el('p', { class: 'lede', 'data-testid': 'handover-text' });
  private readonly notices = el('ul', { class: 'exercise-notices', 'data-testid': 'handover-notices' });
  private readonly continueButton = el('button', { type: 'button', class: 'primary', 'data-testid': 'handover-continue' }, 'Continue');
  private readonly briefingButton = el('button', { type: 'button', 'data-testid': 'handover-briefing' }, 'Briefing pack');
  private readonly controlButton = el('button', { type: 'button', 'data-testid': 'handover-control' }, 'Control (facilitator only)');

  constructor(actions: HandoverActions) {
    this.root.append(el('div', { class: 'menu-card' }, this.title, this.lede, this.notices,
      el('div', { class: 'buttons' }, this.continueButton, this.briefingButton, actions.onControl ? this.controlButton : null)));
    this.continueButton.addEventListener('click', () => actions.onContinue());
    this.briefingButton.addEventListener('click', () => actions.onBriefing());
    if (actions.onControl) this.controlButton.addEventListener('click', () => actions.onControl!());
  }

  show(team: string, turnText: string, notices: readonly string[]): void {
    this.title.textContent = `Pass to the ${team} team`;
    this.lede.textContent = `${turnText}. Press Continue when only that team is looking at the screen.`;
    this.notices.replaceChildren(...notices.map((n) => el('li', {}, n)));
    this.root.hidden = false;
    this.title.focus();
  }

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

  show(): void { this.root.hidden = false; this.title.focus(); }
  hide(): void { this.root.hidden = true; }
}
