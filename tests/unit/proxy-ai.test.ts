// The AIs and their proxies: which proxies each doctrine restrains and frees, and what they say on the
// line about proxy fire, in the words of September 2017 (docs/history.md).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Camp, type Command, type GameState, type Scenario, HOTLINE_REMARK_MAX, applyCommand, viewFor } from '../../src/engine';
import { AI_POLICIES } from '../../src/ai/doctrines';
import { RUSSIAN_PROTEST, SDF_DENIAL } from '../../src/ai/proxies';
import { type BuildOptions, buildGame } from './builder';
import { withDraws } from './dice';
import { END, run } from './play';

const next = (policy: string, scenario: Scenario, state: GameState, camp: Camp = state.phase, seed = 'ai'): Command =>
  AI_POLICIES[policy]!({ seed, camp }).next(scenario, viewFor(scenario, state, camp));

/** The policy's first command that is not a hotline call (the calls it makes first are applied on the way). */
function firstAct(policy: string, scenario: Scenario, state: GameState): Command {
  const p = AI_POLICIES[policy]!({ seed: 'ai', camp: state.phase });
  let s = state;
  for (let i = 0; i < 20; i++) {
    const c = p.next(scenario, viewFor(scenario, s, s.phase));
    if (c.type !== 'hotline') return c;
    s = run(scenario, s, c);
  }
  throw new Error('the policy only calls');
}

/** A Syrian-army proxy `gap` columns from an SDF one, and IS where given; Russia moves first. */
const setup = (gap: number, extra: BuildOptions['units'] = []) => buildGame({
  units: [{ id: 'saa', camp: 'russia', at: [2, 2] }, { id: 'sdf', camp: 'coalition', at: [2 + gap, 2] }, ...extra],
  crisis: { escalation: 10, trust: 40 },
  turns: 6,
});

describe('which proxies the doctrines restrain', () => {
  it('an idle proxy near the other power\'s: cautious and balanced restrain it, assertive only next to them, greedy never', () => {
    const two = setup(2);
    expect(firstAct('ai:cautious', two.scenario, two.state)).toEqual({ type: 'order', unit: 'saa', order: 'restrain' });
    expect(firstAct('ai:balanced', two.scenario, two.state)).toEqual({ type: 'order', unit: 'saa', order: 'restrain' });
    expect(firstAct('ai:assertive', two.scenario, two.state).type).not.toBe('order');
    expect(firstAct('greedy', two.scenario, two.state).type).not.toBe('order');
    const one = setup(1);
    expect(firstAct('ai:assertive', one.scenario, one.state)).toEqual({ type: 'order', unit: 'saa', order: 'restrain' });
  });

  it('a proxy with IS to fight is left free by balanced at Routine, restrained by cautious when close', () => {
    const { scenario, state } = setup(2, [{ id: 'is1', camp: 'is', at: [2, 1], strength: 1 }]);
    const balanced = firstAct('ai:balanced', scenario, state);
    expect(balanced).toEqual({ type: 'attack', unit: 'saa', target: expect.anything() });
    expect(firstAct('ai:cautious', scenario, state)).toEqual({ type: 'order', unit: 'saa', order: 'restrain' });
  });

  it('balanced frees a restrained proxy that has IS to fight, and keeps it restrained for two turns after it fired on its own', () => {
    const { scenario, state } = setup(2, [{ id: 'is1', camp: 'is', at: [2, 1], strength: 1 }]);
    const held = run(scenario, state, { type: 'order', unit: 'saa', order: 'restrain' });
    expect(firstAct('ai:balanced', scenario, held)).toEqual({ type: 'order', unit: 'saa', order: 'free' });
    // A fire of its own, adjacent (balanced restrains every proxy within 1 after one).
    const close = setup(1, [{ id: 'is1', camp: 'is', at: [2, 1], strength: 1 }]);
    const fired = run(close.scenario, withDraws(close.state, [[100, 1], [6, 1], [100, 100]]), END, END, END);
    expect(fired.crisis.incidents[0]).toMatchObject({ type: 'proxy_fire', cause: 'russia' });
    expect(fired.phase).toBe('russia');
    expect(firstAct('ai:balanced', close.scenario, fired)).toEqual({ type: 'order', unit: 'saa', order: 'restrain' });
  });
});

describe('what the AIs say about proxy fire', () => {
  it('the remarks quote docs/history.md exactly where they quote, and fit a hotline remark', () => {
    const history = readFileSync('docs/history.md', 'utf8');
    for (const remark of [SDF_DENIAL, RUSSIAN_PROTEST]) {
      expect(remark.length).toBeLessThanOrEqual(HOTLINE_REMARK_MAX);
      for (const quoted of remark.match(/"[^"]+"/g) ?? []) expect(history).toContain(quoted.slice(1, -1).replace(/\.$/, ''));
    }
  });

  it('Russia protests SDF fire in its ministry\'s words; the coalition, denying it, answers in the SDF commander\'s', () => {
    // Coalition first: its proxy fires on Russia's, which only suspects who did it.
    const { scenario, state } = buildGame({
      units: [{ id: 'saa', camp: 'russia', at: [2, 2] }, { id: 'sdf', camp: 'coalition', at: [3, 2] }],
      crisis: { escalation: 10, trust: 40 }, phaseOrder: ['coalition', 'russia', 'is'], turns: 6,
    });
    const fired = run(scenario, withDraws(state, [[100, 1], [6, 1], [100, 100]]), END);
    expect(fired.crisis.incidents[0]).toMatchObject({ type: 'proxy_fire', cause: 'coalition', knowledge: { russia: 'suspects' } });
    const protest = next('ai:balanced', scenario, fired);
    expect(protest).toEqual({ type: 'hotline', message: { kind: 'protest', incident: 'I1' }, remark: RUSSIAN_PROTEST });
    const protested = run(scenario, fired, protest, END, END);
    expect(protested.phase).toBe('coalition');
    // Over many seeds the assertive coalition both owns up and denies; each denial carries the SDF's words.
    const answers = Array.from({ length: 30 }, (_, i) => next('ai:assertive', scenario, protested, 'coalition', `s${i}`));
    const denials = answers.filter((c) => c.type === 'hotline' && c.message.kind === 'deny');
    expect(denials.length).toBeGreaterThan(0);
    for (const d of denials) expect(d).toMatchObject({ remark: SDF_DENIAL });
    for (const a of answers.filter((c) => c.type === 'hotline' && c.message.kind === 'acknowledge')) expect(a).not.toHaveProperty('remark');
    expect(applyCommand(scenario, protested, denials[0]!).ok).toBe(true);
  });
});
