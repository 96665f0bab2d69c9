// Control's notes in a replay file: optional, kept through a round trip, limited and checked.
import { describe, expect, it } from 'vitest';
import { builtinScenario } from '../../src/scenarios';
import { NOTES_LIMIT, type Replay } from '../../src/replay/format';
import { parseReplayText } from '../../src/replay/parse';
import { verifyReplay } from '../../src/replay/verify';
import { opening } from './replayFixtures';

const base = opening('notes-1', 1);
const withNotes = (notes: unknown): string => JSON.stringify({ ...base, notes });

describe('replay notes', () => {
  it('round-trips notes, markup and all, as plain text', () => {
    const notes = [{ turn: 1, text: 'Teams ignored the <i>call</i>' }, { turn: 2, text: 'x'.repeat(NOTES_LIMIT.chars) }];
    const p = parseReplayText(withNotes(notes), builtinScenario);
    expect(p.ok).toBe(true);
    if (p.ok) expect(p.replay.notes).toEqual(notes);
  });

  it('keeps a replay without notes as it was, and notes do not change verification', () => {
    const p = parseReplayText(JSON.stringify(base), builtinScenario);
    expect(p.ok && !('notes' in p.replay)).toBe(true);
    const n = parseReplayText(withNotes([{ turn: 1, text: 'ok' }]), builtinScenario);
    if (!p.ok || !n.ok) throw new Error('refused');
    expect(verifyReplay(n.scenario, n.replay as Replay)).toEqual(verifyReplay(p.scenario, p.replay));
  });

  it.each([
    ['a note too long', [{ turn: 1, text: 'x'.repeat(NOTES_LIMIT.chars + 1) }], 'notes[0].text'],
    ['an empty note', [{ turn: 1, text: '' }], 'notes[0].text'],
    ['a negative turn', [{ turn: -1, text: 'a' }], 'notes[0].turn'],
    ['an unknown field', [{ turn: 1, text: 'a', by: 'x' }], 'notes[0]'],
    ['too many notes', Array.from({ length: NOTES_LIMIT.count + 1 }, () => ({ turn: 1, text: 'a' })), 'notes'],
    ['not a list', 'note', 'notes'],
  ])('refuses %s, naming where', (_, notes, where) => {
    const p = parseReplayText(withNotes(notes), builtinScenario);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.message).toContain(where);
  });
});
