// An AI round copies a view only when a caller reads one: each AI step used to copy the whole state
// for Control's view and the team's view, even in a game against the AI where nobody reads them.
import { describe, expect, it, vi } from 'vitest';
import * as engine from '../../src/engine';
import { Match } from '../../src/match/match';
import { makePolicies } from '../../src/sim/play';
import { scenario } from './replayFixtures';

vi.mock('../../src/engine', async (actual) => {
  const real = await actual<typeof engine>();
  return { ...real, viewFor: vi.fn(real.viewFor) };
});
const viewFor = vi.mocked(engine.viewFor);

const fresh = (): Match =>
  new Match({ scenario, seed: 'copies', humans: ['coalition'], handovers: false, bots: makePolicies({ coalition: 'pass', russia: 'ai:balanced', is: 'ai:balanced' }, 'copies') });

describe('the match copies views only when asked', () => {
  it('an AI round of many commands makes no view copy until a delivery\'s view is read', () => {
    const m = fresh();
    m.runAi();
    expect(m.submit('coalition', { type: 'end_phase' }).ok).toBe(true);
    const before = m.commands!.length;
    viewFor.mockClear();
    const d = m.runAi();
    expect(m.commands!.length - before).toBeGreaterThan(10); // a round of many AI commands
    expect(viewFor).not.toHaveBeenCalled();
    expect(d.coalition!.view).toEqual(engine.viewFor(scenario, m.current, 'coalition'));
    expect(d.control!.view).toEqual(engine.viewFor(scenario, m.current, 'all'));
    expect(d.coalition!.view).toBe(m.view('coalition')); // the match's own copy, made once
  });

  it('a step\'s delivery read after later steps is the view of the state after that step', () => {
    const m = fresh();
    m.runAi();
    expect(m.submit('coalition', { type: 'end_phase' }).ok).toBe(true);
    const steps: { state: engine.GameState; d: ReturnType<typeof m.aiSteps> extends Generator<infer T> ? T : never }[] = [];
    for (const d of m.aiSteps()) steps.push({ state: m.current, d });
    expect(steps.length).toBeGreaterThan(10);
    for (const { state, d } of [steps[0]!, steps[5]!, steps.at(-1)!]) {
      expect(d.coalition!.view).toEqual(engine.viewFor(scenario, state, 'coalition'));
      expect(d.control!.view).toEqual(engine.viewFor(scenario, state, 'all'));
    }
    expect(steps[0]!.d.control!.view).not.toEqual(steps.at(-1)!.d.control!.view);
  });
});
