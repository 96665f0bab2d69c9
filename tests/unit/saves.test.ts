// Saves: a good save round-trips to the same state hash and resumes; every kind of bad save gives a
// message naming what is wrong, never throws, and nothing but the scenario's own slot is touched.
import { describe, expect, it, vi } from 'vitest';
import { type GameState, RULES_VERSION, hashState } from '../../src/engine';
import { loadScenario } from '../../src/engine/validation';
import { MAX_SAVE_BYTES, type SaveEnvelope, loadSave, makeSave, parseSave, saveKey, writeSave } from '../../src/game/saves';
import { GameSession } from '../../src/presenter/session';
import { SLOTS, listAllSaves, listSaves, newestUnfinished, slotForNewGame, slotOf } from '../../src/game/saveSlots';
import { BUILTIN_MAPS, builtinScenario, builtinScenarioFile } from '../../src/scenarios';

const scenario = builtinScenario('deir-ez-zor-2017')!;
const KEY = saveKey(scenario.id);

/** A Storage stand-in that records every call. */
class FakeStorage {
  readonly data = new Map<string, string>();
  readonly calls: string[] = [];
  getItem(k: string): string | null { this.calls.push(`get ${k}`); return this.data.get(k) ?? null; }
  setItem(k: string, v: string): void { this.calls.push(`set ${k}`); this.data.set(k, v); }
  removeItem(k: string): void { this.calls.push(`remove ${k}`); this.data.delete(k); }
  clear(): void { this.calls.push('clear'); this.data.clear(); }
}

/** A session a few phases in: the player moved a unit and ended a turn. */
function playedSession(): GameSession {
  const session = new GameSession(scenario, 'coalition', 'save-test');
  session.start();
  session.endTurn();
  expect(session.isPlayersPhase).toBe(true);
  return session;
}

function saveOf(session: GameSession): SaveEnvelope {
  const { state, names } = session.snapshot();
  return structuredClone(makeSave(scenario.id, session.camp, session.seed, state, names));
}

function messageFor(text: string): string {
  const r = parseSave(text, scenario);
  expect(r.kind).toBe('bad');
  return r.kind === 'bad' ? r.message : '';
}

const edited = (edit: (s: SaveEnvelope & { state: GameState }) => void, rehash = true): string => {
  const s = saveOf(playedSession());
  edit(s);
  if (rehash) s.hash = hashState(s.state);
  return JSON.stringify(s);
};

describe('saves', () => {
  it('a good save round-trips with the same hash and resumes where it was', () => {
    const session = playedSession();
    const storage = new FakeStorage();
    storage.data.set('unrelated', 'keep me');
    expect(writeSave(storage, makeSave(scenario.id, session.camp, session.seed, session.snapshot().state, session.snapshot().names))).toEqual({ ok: true });
    const loaded = loadSave(storage, scenario);
    expect(loaded.kind).toBe('ok');
    if (loaded.kind !== 'ok') return;
    expect(loaded.save.rulesVersion).toBe(RULES_VERSION);
    expect(hashState(loaded.save.state)).toBe(session.hash());
    expect(loaded.summary).toMatchObject({ camp: 'coalition', turn: 2, date: '11 Sep 2017' });
    const resumed = GameSession.fromSave(scenario, loaded.save);
    expect(resumed.hash()).toBe(session.hash());
    expect(resumed.start()).toEqual([]); // the player's phase: nothing runs
    expect(resumed.hash()).toBe(session.hash());
    // Both go on identically.
    session.endTurn();
    resumed.endTurn();
    expect(resumed.hash()).toBe(session.hash());
    expect(storage.data.get('unrelated')).toBe('keep me');
    expect(storage.calls.every((c) => c.endsWith(KEY))).toBe(true);
  });

  it('a save made in an AI phase runs the AI up to the player on start', () => {
    // Russia plays first, so a fresh coalition game starts in an AI phase.
    const session = new GameSession(scenario, 'coalition', 'ai-first');
    const fresh = session.snapshot().state;
    expect(fresh.phase).not.toBe('coalition');
    const text = JSON.stringify(makeSave(scenario.id, 'coalition', 'ai-first', fresh));
    const r = parseSave(text, scenario);
    expect(r.kind).toBe('ok');
    if (r.kind !== 'ok') return;
    const resumed = GameSession.fromSave(scenario, r.save);
    resumed.start();
    session.start();
    expect(resumed.isPlayersPhase).toBe(true);
    expect(resumed.hash()).toBe(session.hash());
  });

  it('no save: none, and only the slot was asked', () => {
    const storage = new FakeStorage();
    expect(loadSave(storage, scenario)).toEqual({ kind: 'none' });
    expect(storage.calls).toEqual([`get ${KEY}`]);
  });

  it.each<[string, () => string, RegExp]>([
    ['not JSON', () => '{"format": "deconfliction-save", ', /^Saved game is damaged: it is not valid JSON/],
    ['not an object', () => '[1,2]', /^Saved game is damaged: it is not a JSON object\.$/],
    ['wrong format', () => JSON.stringify({ format: 'other', version: 1 }), /not a Deconfliction save/],
    ['wrong version', () => edited((s) => { (s as { version: number }).version = 2; }), /save format version 2; this game reads version 1/],
    ['foreign scenario', () => edited((s) => { s.scenarioId = 'elsewhere'; }), /another scenario \("elsewhere", not "deir-ez-zor-2017"\)/],
    ['other rules', () => edited((s) => { s.rulesVersion = RULES_VERSION + 1; }), new RegExp(`rules version ${RULES_VERSION + 1}; this game has rules version ${RULES_VERSION}`)],
    ['envelope field', () => edited((s) => { (s as { camp: string }).camp = 'is'; }), /^Saved game is damaged: camp has an unknown value "is"\.$/],
    ['missing hex', () => edited((s) => { delete (s.state.units[3] as Partial<GameState['units'][number]>).hex; }), /^Saved game is damaged: state\.units\[3\]\.hex is missing\.$/],
    ['wrong type', () => edited((s) => { (s.state as { turn: unknown }).turn = '2'; }), /^Saved game is damaged: state\.turn should be a number, not a string\.$/],
    ['bad camp', () => edited((s) => { (s.state.units[0] as { camp: string }).camp = 'nato'; }), /state\.units\[0\]\.camp has an unknown value "nato"/],
    ['no state', () => edited((s) => { delete (s as Partial<SaveEnvelope>).state; }, false), /^Saved game is damaged: state is missing\.$/],
    ['missing crisis field', () => edited((s) => { delete (s.state.crisis as Partial<GameState['crisis']>).trust; }), /state\.crisis\.trust is missing/],
    ['hash mismatch', () => edited((s) => { s.state.units[0]!.strength = 1; s.state.units[0]!.mp = 0.5; }, false), /^Saved game is damaged: the state does not match its stored hash\.$/],
    ['state seed', () => edited((s) => { s.state.seed = 'other'; }), /state\.seed differs/],
  ])('%s gives its message', (_name, text, expected) => {
    expect(messageFor(text())).toMatch(expected);
  });

  it('oversized saves are refused on reading and writing', () => {
    expect(messageFor(' '.repeat(MAX_SAVE_BYTES + 1))).toMatch(/too large to load \(5\.0 MB; the limit is 5 MB\)/);
    const save = saveOf(playedSession());
    save.names = { big: 'x'.repeat(MAX_SAVE_BYTES) };
    const storage = new FakeStorage();
    const r = writeSave(storage, save);
    expect(r.ok).toBe(false);
    expect(storage.data.size).toBe(0);
  });

  it('a bad save is kept, never throws, and other keys are untouched', () => {
    const storage = new FakeStorage();
    storage.data.set(KEY, '{broken');
    storage.data.set('deconfliction.other', 'x');
    storage.data.set('someone-else', 'y');
    const r = loadSave(storage, scenario);
    expect(r.kind).toBe('bad');
    expect(storage.data.get(KEY)).toBe('{broken');
    expect(storage.calls).toEqual([`get ${KEY}`]);
    // A new game overwrites only its slot.
    const session = new GameSession(scenario, 'russia', 'fresh');
    session.start();
    writeSave(storage, makeSave(scenario.id, 'russia', 'fresh', session.snapshot().state));
    expect(loadSave(storage, scenario).kind).toBe('ok');
    expect(storage.data.get('deconfliction.other')).toBe('x');
    expect(storage.data.get('someone-else')).toBe('y');
    expect(storage.calls.every((c) => c.endsWith(KEY))).toBe(true);
  });

  it('a throwing storage gives messages, not exceptions', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {}); // the browser's detail goes to the console
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota exceeded'); } };
    expect(loadSave(broken, scenario)).toEqual({ kind: 'bad', message: 'Saved games cannot be read here: denied', problem: { code: 'cannot_read', params: { detail: 'denied', fault: 'other' } } });
    const r = writeSave(broken, saveOf(playedSession()));
    expect(r).toEqual({ ok: false, message: 'The game was not saved: quota exceeded', problem: { code: 'not_written', params: { detail: 'quota exceeded', fault: 'other' } } });
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('odd JSON values never throw', () => {
    for (const text of ['null', '1', '"x"', '{}', '{"format":"deconfliction-save","version":1,"scenarioId":"deir-ez-zor-2017","rulesVersion":1}',
      edited((s) => { (s as { state: unknown }).state = null; }, false), edited((s) => { (s.state as { units: unknown }).units = {}; })]) {
      expect(() => parseSave(text, scenario)).not.toThrow();
      expect(parseSave(text, scenario).kind).toBe('bad');
    }
  });
});

describe('save slots', () => {
  /** A new game's first save, written where the page writes it. */
  const startGame = (storage: FakeStorage, seed: string, at: number, over = false): number => {
    const state = structuredClone(new GameSession(scenario, 'coalition', seed).snapshot().state);
    if (over) state.status = 'over';
    const slot = slotForNewGame(storage, scenario)!;
    expect(writeSave(storage, makeSave(scenario.id, 'coalition', seed, state, undefined, new Date(at)), slot)).toEqual({ ok: true });
    return slot;
  };

  it('a new game never overwrites another game: the game in play and the three before it are kept', () => {
    const storage = new FakeStorage();
    storage.data.set('unrelated', 'keep me');
    const slots = ['g1', 'g2', 'g3', 'g4'].map((seed, i) => startGame(storage, seed, 1000 * (i + 1)));
    expect(new Set(slots).size).toBe(4);
    const seeds = () => listSaves(storage, scenario).map((s) => (s.result.kind === 'ok' ? s.result.save.seed : s.result.message));
    expect(seeds()).toEqual(['g4', 'g3', 'g2', 'g1']);
    // A fifth game takes the slot of the one saved longest ago.
    expect(startGame(storage, 'g5', 5000)).toBe(slots[0]);
    expect(seeds()).toEqual(['g5', 'g4', 'g3', 'g2']);
    const first = listSaves(storage, scenario)[0]!.result;
    expect(first.kind === 'ok' && first.summary).toMatchObject({ scenario: scenario.data.title, camp: 'coalition', turn: 1, date: '9 Sep 2017' });
    expect(storage.data.get('unrelated')).toBe('keep me');
    expect([...storage.data.keys()].sort()).toEqual([KEY, `${KEY}.1`, `${KEY}.2`, `${KEY}.3`, 'unrelated'].sort());
  });

  it('a damaged save keeps its slot while another is free', () => {
    const storage = new FakeStorage();
    storage.data.set(KEY, '{broken');
    expect(startGame(storage, 'g1', 1000)).toBe(1);
    expect(storage.data.get(KEY)).toBe('{broken');
    startGame(storage, 'g2', 2000);
    startGame(storage, 'g3', 3000);
    expect(startGame(storage, 'g4', 4000)).toBe(0);
  });

  it('Continue is the most recent game in progress, never a finished one', () => {
    const storage = new FakeStorage();
    startGame(storage, 'playing', 1000);
    startGame(storage, 'finished', 2000, true);
    const saves = listSaves(storage, scenario);
    expect(saves[0]!.result.kind === 'ok' && saves[0]!.result.save.seed).toBe('finished');
    const cont = newestUnfinished(saves)?.result;
    expect(cont?.kind === 'ok' && cont.save.seed).toBe('playing');
    expect(newestUnfinished(saves.slice(0, 1))).toBeUndefined();
  });
});

describe('saves of every scenario', () => {
  it('lists every scenario\'s saves, the most recent first, each slot read back to its scenario and own slot', () => {
    const raw = structuredClone(builtinScenarioFile('deir-ez-zor-2017')) as Record<string, unknown>;
    const other = loadScenario({ ...raw, id: 'second-scenario' }, BUILTIN_MAPS['middle-euphrates']);
    if (!other.ok) throw new Error(other.errors[0]!.message);
    const storage = new FakeStorage();
    const main = playedSession();
    const { state } = main.snapshot();
    writeSave(storage, makeSave(scenario.id, 'coalition', main.seed, state, main.snapshot().names, new Date('2026-01-01T10:00:00Z')), 2);
    const second = new GameSession(other.scenario, 'russia', 'b');
    second.start();
    writeSave(storage, makeSave(other.scenario.id, 'russia', 'b', second.snapshot().state, second.snapshot().names, new Date('2026-01-02T10:00:00Z')), 1);
    const all = listAllSaves(storage, [scenario, other.scenario]);
    expect(all.map((s) => [s.slot, s.result.kind === 'ok' ? s.result.save.scenarioId : null])).toEqual([[SLOTS + 1, 'second-scenario'], [2, 'deir-ez-zor-2017']]);
    expect(slotOf(all[0]!.slot)).toEqual({ scenario: 1, slot: 1 });
    expect(slotOf(all[1]!.slot)).toEqual({ scenario: 0, slot: 2 });
    // The main scenario alone still sees only its own.
    expect(listSaves(storage, scenario).map((s) => s.slot)).toEqual([2]);
  });
});
