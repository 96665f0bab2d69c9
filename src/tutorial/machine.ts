// The tutorial's state machine: which step is shown, which facts have been seen (with what the log said
// when each was first seen), which steps were skipped, and whether the player left. Pure functions over
// a plain state; the page's panel (src/ui/tutorialPanel.ts) draws it and feeds it facts.
import type { Fact } from './facts';
import type { TutorialStep } from './steps';

export interface TutorialState {
  readonly index: number;
  /** Facts seen so far, each with the log lines of the change that first showed it. */
  readonly facts: ReadonlyMap<Fact, readonly string[]>;
  readonly skipped: ReadonlySet<string>;
  readonly left: boolean;
}

export type StepStatus = 'todo' | 'done' | 'skipped' | 'info';

export const startTutorial = (): TutorialState => ({ index: 0, facts: new Map(), skipped: new Set(), left: false });

/** Adds the facts true now; a fact once seen stays seen (a later step may undo what an earlier did). */
export function observe(state: TutorialState, now: readonly Fact[], lines: readonly string[]): TutorialState {
  const fresh = now.filter((f) => !state.facts.has(f));
  if (fresh.length === 0) return state;
  const facts = new Map(state.facts);
  for (const f of fresh) facts.set(f, [...lines]);
  return { ...state, facts };
}

export function statusOf(state: TutorialState, step: TutorialStep): StepStatus {
  if (step.fact === null) return 'info';
  if (state.facts.has(step.fact)) return 'done';
  return state.skipped.has(step.id) ? 'skipped' : 'todo';
}

/** True when the current step still waits for its action: the forward button then reads Skip. */
export function waiting(state: TutorialState, steps: readonly TutorialStep[]): boolean {
  const step = steps[state.index];
  return !!step && statusOf(state, step) !== 'done' && statusOf(state, step) !== 'info';
}

/** Next, or Skip when the step's action is not done (it is then marked skipped). The last step stays. */
export function forward(state: TutorialState, steps: readonly TutorialStep[]): TutorialState {
  if (state.left || state.index >= steps.length - 1) return state;
  const step = steps[state.index]!;
  const skipped = waiting(state, steps) ? new Set([...state.skipped, step.id]) : state.skipped;
  return { ...state, index: state.index + 1, skipped };
}

export function back(state: TutorialState): TutorialState {
  return state.left || state.index === 0 ? state : { ...state, index: state.index - 1 };
}

/** Jumps to a step from the step list. */
export function goTo(state: TutorialState, steps: readonly TutorialStep[], index: number): TutorialState {
  return state.left || index < 0 || index >= steps.length ? state : { ...state, index };
}

export function leave(state: TutorialState): TutorialState {
  return { ...state, left: true };
}
