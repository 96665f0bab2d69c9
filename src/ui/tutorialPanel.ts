// The tutorial's card: the step, what to do, Done with what happened once the real action is done,
// Back, Next or Skip, Leave tutorial, and the list of steps to jump to. It rings where to act (a hex
// on the map through the scene, or a control on the page) and reads each step and each result out
// through an aria-live region. It draws the Tutorial (src/tutorial/); it never plays for the player.
import type { Hex } from '../engine';
import type { Controller } from '../presenter/controller';
import { t } from '../i18n/messages';
import { hexName } from '../text/places';
import { statusOf, waiting } from '../tutorial/machine';
import type { Spot } from '../tutorial/steps';
import type { Tutorial } from '../tutorial/tutorial';
import { el } from './dom';
import './tutorial.css';

/** What the panel needs of the map: a ring on a hex (it pans there), or none. */
export interface SpotlightMap { spotlight(h: Hex | null, leftInset?: number, recentre?: boolean): void }

const MARK: Readonly<Record<string, string>> = { done: '✓', skipped: '↷', todo: '○', info: '·' };

export class TutorialPanel {
  readonly root: HTMLElement;
  private readonly title = el('h2', { id: 'tutorial-title' });
  private readonly task = el('p', { 'data-testid': 'tutorial-task' });
  private readonly state = el('p', { class: 'tutorial-state', 'data-testid': 'tutorial-state' });
  private readonly explain = el('p', { 'data-testid': 'tutorial-explain' });
  private readonly log = el('ul', { class: 'tutorial-log', 'data-testid': 'tutorial-log' });
  private readonly live = el('p', { class: 'sr-only', 'aria-live': 'polite', 'data-testid': 'tutorial-live' });
  private readonly backButton = el('button', { type: 'button', 'data-testid': 'tutorial-back' }, t().tut_back());
  private readonly nextButton = el('button', { type: 'button', class: 'primary', 'data-testid': 'tutorial-next' }, t().tut_next());
  private readonly leaveButton = el('button', { type: 'button', 'data-testid': 'tutorial-leave' }, t().tut_leave());
  private readonly list = el('ol', { 'data-testid': 'tutorial-steps' });
  private readonly foldButton = el('button', { type: 'button', class: 'tutorial-fold', 'aria-expanded': 'true', 'aria-controls': 'tutorial-body', 'data-testid': 'tutorial-fold' }, t().tut_hide());
  private map: SpotlightMap | null = null;
  private target: Element | null = null;
  private spoken = '';
  private spotKey = '';
  private readonly watch = new MutationObserver(() => this.point());
  private resize: ResizeObserver | null = null;

  constructor(parent: HTMLElement, private readonly tutorial: Tutorial, private readonly controller: Controller, onLeave: () => void) {
    this.root = el('section', { class: 'tutorial-panel', id: 'tutorial', 'aria-labelledby': 'tutorial-title', 'data-testid': 'tutorial' },
      el('div', { class: 'tutorial-head' }, this.title, this.foldButton),
      el('div', { class: 'tutorial-body', id: 'tutorial-body' }, this.task, this.state, this.explain, this.log,
        el('div', { class: 'buttons' }, this.backButton, this.nextButton, this.leaveButton),
        el('details', {}, el('summary', {}, t().tut_all_steps()), this.list)),
      this.live);
    parent.append(this.root);
    // Folded, the card is one line and leaves the map free; the step goes on waiting.
    this.foldButton.addEventListener('click', () => {
      const folded = this.root.classList.toggle('folded');
      this.foldButton.setAttribute('aria-expanded', String(!folded));
      this.foldButton.textContent = folded ? t().tut_show() : t().tut_hide();
    });
    this.backButton.addEventListener('click', () => tutorial.back());
    this.nextButton.addEventListener('click', () => tutorial.forward());
    this.leaveButton.addEventListener('click', () => {
      tutorial.leave();
      this.close();
      onLeave();
    });
    tutorial.onChange(() => this.render());
    controller.onChange(() => this.point());
    // Controls come and go (the warning, the hotline form): ring the one the step points at when it appears.
    this.watch.observe(document.body, { childList: true, subtree: true });
    this.render();
  }

  /** The map, once its scene has loaded. When the map is resized (a panel opens beside it) the ringed hex is centred again. */
  setMap(map: SpotlightMap): void {
    this.map = map;
    this.spotKey = '';
    this.point();
    const container = this.root.parentElement;
    if (!container) return;
    this.resize = new ResizeObserver(() => {
      const h = this.spotKey ? this.tutorial.step.spot(this.tutorial.snapshot()) : null;
      if (h && 'hex' in h) map.spotlight(h.hex, this.inset(), true);
    });
    this.resize.observe(container);
  }

  /** How much of the map's left the card covers, so the ringed hex is centred in the rest. */
  private inset(): number {
    return this.root.offsetLeft + this.root.offsetWidth;
  }

  private render(): void {
    const tut = this.tutorial;
    const steps = tut.steps;
    const i = tut.state.index;
    const step = tut.step;
    const status = statusOf(tut.state, step);
    this.root.dataset.step = step.id;
    this.title.replaceChildren(el('span', { class: 'tutorial-count' }, t().tut_count({ step: i + 1, steps: steps.length })), step.title);
    this.task.textContent = step.task;
    const done = status === 'done';
    this.state.className = `tutorial-state ${done ? 'done' : status === 'info' ? '' : 'waiting'}`;
    this.state.textContent = done ? t().tut_done() : status === 'info' ? '' : status === 'skipped' ? t().tut_skipped() : t().tut_waiting();
    this.state.hidden = status === 'info';
    this.explain.textContent = done ? step.explain : '';
    this.explain.hidden = !done;
    const lines = done && step.log && step.fact ? tut.linesOf(step.fact) : [];
    this.log.replaceChildren(...lines.map((l) => el('li', {}, l)));
    this.log.hidden = lines.length === 0;
    this.backButton.disabled = i === 0;
    const last = i === steps.length - 1;
    this.nextButton.textContent = waiting(tut.state, steps) ? t().tut_skip() : t().tut_next();
    this.nextButton.hidden = last;
    this.list.replaceChildren(...steps.map((s, k) => {
      const st = statusOf(tut.state, s);
      const b = el('button', { type: 'button', 'aria-current': k === i ? 'step' : undefined }, `${MARK[st]} ${k + 1}. ${s.title}`);
      b.setAttribute('aria-label', t().tut_step_label({ step: k + 1, title: s.title, state: st === 'info' ? t().tut_state_info() : st }));
      b.addEventListener('click', () => tut.goTo(k));
      return el('li', {}, b);
    }));
    // Read out the step once, and its result once it is done.
    const say = done ? t().tut_say_done({ title: step.title, explain: step.explain, log: lines.join(' ') }) : t().tut_say_step({ step: i + 1, steps: steps.length, title: step.title, task: step.task });
    const key = `${step.id}:${done}`;
    if (key !== this.spoken) {
      this.spoken = key;
      this.live.textContent = say;
    }
    this.point();
  }

  /** Rings where to act: a hex on the map, or a control on the page. */
  private point(): void {
    if (this.tutorial.state.left) return;
    // Once the step is done there is nothing more to point at: the card explains.
    const done = statusOf(this.tutorial.state, this.tutorial.step) === 'done';
    const spot: Spot = done ? null : this.tutorial.step.spot(this.tutorial.snapshot());
    const hex = spot && 'hex' in spot ? spot.hex : null;
    const key = hex ? `${hex.q},${hex.r}` : '';
    if (key !== this.spotKey && this.map) {
      this.spotKey = key;
      this.map.spotlight(hex, this.inset());
    }
    this.root.dataset.spot = key;
    this.root.dataset.spotName = hex ? hexName(this.controller.session.scenario, hex) : '';
    const target = spot && 'selector' in spot ? document.querySelector(spot.selector) : null;
    if (target === this.target) return;
    this.target?.classList.remove('tutorial-target');
    this.target = target;
    if (target) {
      target.classList.add('tutorial-target');
      target.scrollIntoView({ block: 'center' }); // not 'nearest': End turn's bar stays over the foot of the side panel
    }
  }

  private close(): void {
    this.watch.disconnect();
    this.resize?.disconnect();
    this.target?.classList.remove('tutorial-target');
    this.map?.spotlight(null);
    this.root.remove();
  }
}
