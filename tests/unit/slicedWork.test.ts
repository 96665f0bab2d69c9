// SlicedWork (src/ui/slicedWork.ts): Control's panel is built a slice at a time. performance.now()
// and the timers are faked, so the slices are decided by the steps' own (fake) time, never by the
// machine's speed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SlicedWork } from '../../src/ui/slicedWork';

let now = 0;

/** Steps that each take `ms` of (fake) time, recording which ran. */
function* steps(n: number, ms: number, ran: number[]): Generator<void> {
  for (let i = 0; i < n; i++) {
    ran.push(i);
    now += ms;
    yield;
  }
}

describe('SlicedWork', () => {
  beforeEach(() => {
    now = 0;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.spyOn(performance, 'now').mockImplementation(() => now);
  });
  afterEach(() => { vi.useRealTimers(); vi.restoreAllMocks(); });

  it('runs steps until the slice is used up, the rest in later tasks, then calls done once', () => {
    const ran: number[] = [];
    const done = vi.fn();
    const work = new SlicedWork(8);
    work.start(steps(10, 3, ran), done);
    // 3 ms a step in an 8 ms slice: three steps now (0, 3, 6 ms started under 8).
    expect(ran).toEqual([0, 1, 2]);
    expect(work.busy).toBe(true);
    expect(done).not.toHaveBeenCalled();
    vi.runOnlyPendingTimers();
    expect(ran).toEqual([0, 1, 2, 3, 4, 5]);
    vi.runAllTimers();
    expect(ran).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(done).toHaveBeenCalledTimes(1);
    expect(work.busy).toBe(false);
  });

  it('runs the first step even when it alone is longer than a slice', () => {
    const ran: number[] = [];
    new SlicedWork(8).start(steps(3, 50, ran));
    expect(ran).toEqual([0]);
  });

  it('starting again, or cancelling, drops what was left of the last work', () => {
    const first: number[] = [], second: number[] = [];
    const work = new SlicedWork(8);
    work.start(steps(10, 5, first));
    work.start(steps(2, 1, second));
    vi.runAllTimers();
    expect(first).toEqual([0, 1]);
    expect(second).toEqual([0, 1]);
    const third: number[] = [];
    work.start(steps(10, 5, third));
    work.cancel();
    vi.runAllTimers();
    expect(third).toEqual([0, 1]);
    expect(work.busy).toBe(false);
  });
});
