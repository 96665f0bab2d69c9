// The optional free-text remark on a hotline command: validated by parseCommand, carried on the
// message, replayed bit for bit, and absent (same hash) when not sent.
import { describe, expect, it } from 'vitest';
import { HOTLINE_REMARK_MAX, applyCommand, hashState, parseCommand } from '../../src/engine';
import { hotlineGame } from './fixtures';

const { scenario, state } = hotlineGame();
const message = { kind: 'request_meeting' } as const;

describe('hotline remark', () => {
  it('is carried on the message and in the event', () => {
    const r = applyCommand(scenario, state, { type: 'hotline', message, remark: '<b>Call us</b> before you strike' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const sent = r.state.crisis.messages.at(-1)!;
    expect(sent.remark).toBe('<b>Call us</b> before you strike');
    expect(r.events.some((e) => e.type === 'message_sent' && e.message.remark === sent.remark)).toBe(true);
  });

  it('leaves a message without one as before (no field, different hash from one with it)', () => {
    const plain = applyCommand(scenario, state, { type: 'hotline', message });
    const withRemark = applyCommand(scenario, state, { type: 'hotline', message, remark: 'x' });
    if (!plain.ok || !withRemark.ok) throw new Error('refused');
    expect('remark' in plain.state.crisis.messages.at(-1)!).toBe(false);
    expect(hashState(plain.state)).not.toBe(hashState(withRemark.state));
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['too long', 'x'.repeat(HOTLINE_REMARK_MAX + 1)],
    ['not text', 42],
  ])('refuses a remark that is %s, naming the field', (_, remark) => {
    const parsed = parseCommand({ type: 'hotline', message, remark });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.field).toBe('remark');
    const applied = applyCommand(scenario, state, { type: 'hotline', message, remark } as never);
    expect(applied.ok).toBe(false);
  });

  it('accepts the longest remark', () => {
    expect(parseCommand({ type: 'hotline', message, remark: 'y'.repeat(HOTLINE_REMARK_MAX) }).ok).toBe(true);
  });
});
