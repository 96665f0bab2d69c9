import { describe, expect, it } from 'vitest';
import { AnimQueue, type AnimStep } from '../../src/scenes/animQueue';

function recorder(name: string, duration: number, log: string[]): AnimStep {
  return { duration, start: () => log.push(`${name} start`), tick: (t) => log.push(`${name} ${t.toFixed(2)}`), end: () => log.push(`${name} end`) };
}

describe('animation queue', () => {
  it('plays steps in order at the speed factor', () => {
    const log: string[] = [];
    const q = new AnimQueue();
    q.push(recorder('a', 100, log), recorder('b', 100, log));
    q.update(25, 2); // 50 ms of step a
    expect(log).toEqual(['a start', 'a 0.50']);
    q.update(50, 2); // a ends, 50 ms into b
    expect(log.slice(2)).toEqual(['a 1.00', 'a end', 'b start', 'b 0.50']);
    expect(q.busy).toBe(true);
    q.update(100, 1);
    expect(q.busy).toBe(false);
    expect(log.at(-1)).toBe('b end');
  });

  it('skip and speed off run every step to its end', () => {
    for (const how of ['skip', 'off'] as const) {
      const log: string[] = [];
      const q = new AnimQueue();
      q.push(recorder('a', 100, log), recorder('b', 300, log));
      q.update(10, 1);
      if (how === 'skip') q.skip(); else q.update(10, 0);
      expect(q.busy).toBe(false);
      expect(log.filter((l) => l.endsWith('1.00') || l.endsWith('end'))).toEqual(['a 1.00', 'a end', 'b 1.00', 'b end']);
      expect(log).toContain('b start');
    }
  });
});
