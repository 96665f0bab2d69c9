// The opponent's doctrine chosen in the menu reaches the AI's hotline answers, and a save keeps it.
import { describe, expect, it } from 'vitest';
import type { Doctrine, GameState } from '../../src/engine';
import { defaultDoctrine, withOpponentDoctrine } from '../../src/game/doctrine';
import { loadSave, makeSave, saveKey } from '../../src/game/saves';
import { GameSession } from '../../src/presenter/session';
import { builtinScenario } from '../../src/scenarios';

const scenario = builtinScenario('deir-ez-zor-2017')!;

/** The coalition asks for a meeting in turn 1; what does the Russian AI answer? */
function meetingAnswer(doctrine: Doctrine, seed: string): string {
  const session = new GameSession(withOpponentDoctrine(scenario, 'coalition', doctrine), 'coalition', seed);
  session.start();
  const sent = session.apply({ type: 'hotline', message: { kind: 'request_meeting' } });
  expect(sent.ok).toBe(true);
  session.endTurn();
  const messages = session.snapshot().state.crisis.messages;
  const request = messages.find((m) => m.from === 'coalition' && m.body.kind === 'request_meeting')!;
  const reply = messages.find((m) => m.id === request.answer);
  return reply ? reply.body.kind : request.status;
}

class MemoryStorage {
  readonly data = new Map<string, string>();
  getItem(k: string): string | null { return this.data.get(k) ?? null; }
  setItem(k: string, v: string): void { this.data.set(k, v); }
}

describe('opponent doctrine', () => {
  it('defaults to the scenario doctrine of the other power and leaves the scenario alone when unchanged', () => {
    expect(defaultDoctrine(scenario, 'coalition')).toBe(scenario.data.crisis.doctrine.russia);
    expect(withOpponentDoctrine(scenario, 'coalition', defaultDoctrine(scenario, 'coalition'))).toBe(scenario);
    const derived = withOpponentDoctrine(scenario, 'russia', 'assertive');
    expect(derived.data.crisis.doctrine).toEqual({ ...scenario.data.crisis.doctrine, coalition: 'assertive' });
    expect(scenario.data.crisis.doctrine.coalition).toBe('balanced');
  });

  it('changes how the AI answers the hotline', () => {
    // Same seeds and dice: a cautious Russia accepts a meeting at least as often as an assertive one,
    // and for some seed the roll falls between their chances (95% against 55%).
    const seeds = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6'];
    const cautious = seeds.map((s) => meetingAnswer('cautious', s));
    const assertive = seeds.map((s) => meetingAnswer('assertive', s));
    const accepted = (a: string[]) => a.filter((k) => k === 'accept').length;
    expect(accepted(cautious)).toBeGreaterThan(accepted(assertive));
  }, 60_000);

  it('is kept by the save, and an old save without it still loads', () => {
    const session = new GameSession(withOpponentDoctrine(scenario, 'coalition', 'cautious'), 'coalition', 'doc-save');
    const storage = new MemoryStorage();
    const state: GameState = session.snapshot().state;
    storage.setItem(saveKey(scenario.id), JSON.stringify(makeSave(scenario.id, 'coalition', 'doc-save', state, undefined, new Date(0), 'cautious')));
    const loaded = loadSave(storage, scenario);
    expect(loaded.kind === 'ok' && loaded.save.opponentDoctrine).toBe('cautious');

    storage.setItem(saveKey(scenario.id), JSON.stringify(makeSave(scenario.id, 'coalition', 'doc-save', state)));
    const old = loadSave(storage, scenario);
    expect(old.kind).toBe('ok');
    expect(old.kind === 'ok' && old.save.opponentDoctrine).toBeUndefined();

    const bad = JSON.parse(storage.getItem(saveKey(scenario.id))!) as Record<string, unknown>;
    bad.opponentDoctrine = 'reckless';
    storage.setItem(saveKey(scenario.id), JSON.stringify(bad));
    const refused = loadSave(storage, scenario);
    expect(refused.kind === 'bad' && refused.message).toContain('opponentDoctrine');
  });
});
