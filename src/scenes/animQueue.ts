// A queue of cosmetic animation steps played one after another from the scene's update. Each step
// gets the progress 0..1 of its own duration; skipping runs every remaining step to its end at once,
// so whatever a step leaves behind (a counter's position) is the same whether it played or not.
// No Phaser here: the scene passes the frame's delta and the speed factor.

export interface AnimStep {
  /** Milliseconds at 1×. */
  duration: number;
  /** Called once when the step starts. */
  start?(): void;
  /** Called each frame with the progress, and with 1 at the end. */
  tick(t: number): void;
  /** Called once when the step ends or is skipped; cleans up what it made. */
  end?(): void;
}

export class AnimQueue {
  private steps: AnimStep[] = [];
  private elapsed = 0;
  private started = false;

  get busy(): boolean { return this.steps.length > 0; }

  push(...steps: AnimStep[]): void { this.steps.push(...steps); }

  /** Advances by `delta` ms at `factor` × speed; a factor of 0 (animation off) finishes everything. */
  update(delta: number, factor: number): void {
    if (factor <= 0) {
      this.skip();
      return;
    }
    let budget = delta * factor;
    while (this.steps.length > 0 && budget >= 0) {
      const step = this.steps[0]!;
      if (!this.started) {
        this.started = true;
        step.start?.();
      }
      const left = step.duration - this.elapsed;
      if (budget < left) {
        this.elapsed += budget;
        step.tick(this.elapsed / step.duration);
        return;
      }
      budget -= left;
      this.finish();
    }
  }

  /** Ends every step now, in order. */
  skip(): void {
    while (this.steps.length > 0) {
      if (!this.started) this.steps[0]!.start?.();
      this.started = true;
      this.finish();
    }
  }

  private finish(): void {
    const step = this.steps.shift()!;
    step.tick(1);
    step.end?.();
    this.elapsed = 0;
    this.started = false;
  }
}
