// The class pages' words that need no browser: what is wrong with a typed seat code, the phase
// timer's countdown and the class clock's line.
import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, CODE_LENGTH } from '../../src/net/protocol';
import { codeProblem } from '../../src/ui/classnet/codeCheck';
import { clockLine, countdown } from '../../src/ui/classnet/clockText';

describe('a typed seat code', () => {
  const good = CODE_ALPHABET.slice(0, CODE_LENGTH);
  it('passes with the code\'s shape, whatever the case, spaces and dashes', () => {
    expect(codeProblem(good)).toBeNull();
    expect(codeProblem(` ${good.slice(0, 3).toLowerCase()}-${good.slice(3)} `)).toBeNull();
  });
  it('names a character that is never in a code', () => {
    expect(codeProblem(`O${good.slice(1)}`)).toMatch(/"O" is never in a seat code/);
    expect(codeProblem(`0${good.slice(2)}1`)).toMatch(/"0", "1" are never/);
  });
  it('counts the characters', () => {
    expect(codeProblem(good.slice(0, 5))).toBe(`A seat code has ${CODE_LENGTH} characters; this has 5.`);
    expect(codeProblem('')).toMatch(/Type the seat code/);
  });
  it('tells the teacher\'s key apart', () => {
    expect(codeProblem('0123456789abcdef01234567')).toMatch(/teacher's key/);
  });
});

describe('clocks', () => {
  const t0 = Date.parse('2026-12-02T10:00:00Z');
  it('counts a phase timer down in m:ss, never below zero', () => {
    expect(countdown('2026-12-02T10:01:23Z', t0)).toBe('1:23 left');
    expect(countdown('2026-12-02T10:00:00.400Z', t0)).toBe('0:01 left');
    expect(countdown('2026-12-02T09:59:00Z', t0)).toBe('0:00 left');
  });
  it('says when the class ends: a time, a turn, either or none', () => {
    const hhmm = (d: Date): string => d.toISOString().slice(11, 16);
    expect(clockLine({ endsAt: '2026-12-02T10:45:00Z', afterTurn: 12 }, t0, hhmm)).toBe('The game ends at 10:45 (45:00 left) or after turn 12, whichever comes first.');
    expect(clockLine({ endsAt: null, afterTurn: 12 }, t0, hhmm)).toBe('The game ends after turn 12.');
    expect(clockLine({ endsAt: null, afterTurn: null }, t0)).toMatch(/No class clock/);
  });
});
