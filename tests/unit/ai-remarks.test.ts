// The AI's words on the line come from the record: the SDF commander's denial (docs/history.md,
// the source report of 22 Sep 2017) beside the coalition's denial of a protest of fire on government troops.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GameView, MessageBody } from '../../src/engine';
import { HOTLINE_REMARK_MAX } from '../../src/engine/commands';
import { SDF_DENIAL, remarkFor } from '../../src/ai/remarks';

const viewWith = (victim: 'russia' | 'coalition'): GameView => ({
  crisis: {
    messages: [{ id: 'H1', from: 'russia', to: 'coalition', body: { kind: 'protest', incident: 'I1' } }],
    incidents: [{ id: 'I1', victim }],
  },
} as unknown as GameView);
const deny: MessageBody = { kind: 'deny', to: 'H1' };

describe('AI remarks', () => {
  it('the coalition denying a protest of fire on the government side quotes the SDF commander', () => {
    expect(remarkFor('coalition', viewWith('russia'), deny)).toBe(SDF_DENIAL);
  });

  it('says nothing otherwise: another answer, another camp, or an incident against the coalition', () => {
    expect(remarkFor('coalition', viewWith('russia'), { kind: 'acknowledge', to: 'H1' })).toBeUndefined();
    expect(remarkFor('russia', viewWith('russia'), deny)).toBeUndefined();
    expect(remarkFor('coalition', viewWith('coalition'), deny)).toBeUndefined();
  });

  it('fits a remark and quotes docs/history.md word for word', () => {
    expect(SDF_DENIAL.length).toBeLessThanOrEqual(HOTLINE_REMARK_MAX);
    const notes = readFileSync(new URL('../../docs/history.md', import.meta.url), 'utf8');
    const quotes = [...SDF_DENIAL.matchAll(/"([^"]+?)[.,]?"/g)].map((m) => m[1]!);
    expect(quotes).toHaveLength(2);
    for (const q of quotes) expect(notes).toContain(q);
  });
});
