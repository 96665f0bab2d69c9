// A tutorial running over a live game: after every change of the controller it reads what the player
// did (facts.ts) into the state machine and tells its listeners. No DOM: the panel draws it, the unit
// tests drive it with the real controller.
import type { Controller } from '../presenter/controller';
import { hexName } from '../text/places';
import { type Fact, factsIn, type TutorialSnapshot } from './facts';
import { type TutorialState, back, forward, goTo, leave, observe, startTutorial } from './machine';
import type { TutorialSetup } from './setup';
import { type TutorialStep, tutorialSteps } from './steps';

export class Tutorial {
  readonly steps: readonly TutorialStep[];
  state: TutorialState = startTutorial();
  private composing = false;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly controller: Controller, readonly setup: TutorialSetup) {
    const { scenario } = controller.session;
    this.steps = tutorialSteps(setup, (h) => hexName(scenario, h));
    controller.onCompose((body) => {
      if (body.kind !== 'notify') return;
      this.composing = true;
      this.read(); // the controller tells of the change before it opens the form
    });
    controller.onChange(() => this.read());
    this.read();
  }

  /** What the tutorial reads of the game now. */
  snapshot(): TutorialSnapshot {
    const c = this.controller;
    return { selectedId: c.selectedId, mode: c.mode, warning: c.warning?.kind ?? null, composing: this.composing, view: c.session.view(), events: c.session.lastEvents };
  }

  get step(): TutorialStep { return this.steps[this.state.index]!; }

  onChange(fn: () => void): void { this.listeners.add(fn); }

  forward(): void { this.set(forward(this.state, this.steps)); }
  back(): void { this.set(back(this.state)); }
  goTo(index: number): void { this.set(goTo(this.state, this.steps, index)); }
  leave(): void { this.set(leave(this.state)); }

  /** The log lines of the change that first showed a fact. */
  linesOf(fact: Fact): readonly string[] { return this.state.facts.get(fact) ?? []; }

  private read(): void {
    const seen = new Set(this.state.facts.keys());
    const now = factsIn(this.snapshot(), this.setup, this.controller.session.scenario, seen);
    this.set(observe(this.state, now, this.controller.lastRound.lines));
  }

  private set(next: TutorialState): void {
    if (next === this.state) return;
    this.state = next;
    for (const fn of this.listeners) fn();
  }
}
