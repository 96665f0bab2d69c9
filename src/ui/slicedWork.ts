// Builds a long piece of the page a slice at a time: as much as fits in a few milliseconds now, the
// rest in the next tasks, so the page answers between slices even on a slow machine (issue 12, item 9:
// no main-thread task over 200 ms under 4x CPU throttling). Starting again drops what was left.

export class SlicedWork {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly sliceMs: number) {}

  /** Work is still left for later tasks. */
  get busy(): boolean { return this.timer !== null; }

  /** Runs `work`'s steps: the first at once, then until the slice's time is up, the rest in later tasks; `done` after the last. */
  start(work: Iterator<unknown>, done?: () => void): void {
    this.cancel();
    const slice = (): void => {
      this.timer = null;
      const until = performance.now() + this.sliceMs;
      do {
        if (work.next().done) { done?.(); return; }
      } while (performance.now() < until);
      this.timer = setTimeout(slice, 0);
    };
    slice();
  }

  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
