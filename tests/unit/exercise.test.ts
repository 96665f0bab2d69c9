// Class exercises: the exercise code round trip and its refusals; the hot-seat session's turn order,
// handovers that serve no view, pause, Control's injects and notes in the replay.
import { describe, expect, it } from 'vitest';
import { hashState, newGame } from '../../src/engine';
import { exerciseCode, exerciseLink, parseExerciseCode } from '../../src/exercise/code';
import { type ExerciseConfig, defaultConfig, sessionOptions } from '../../src/exercise/config';
import { GameSession } from '../../src/presenter/session';
import { verifyReplay } from '../../src/replay/verify';
import { MAIN_SCENARIO_ID, builtinScenario } from '../../src/scenarios';

const scenario = builtinScenario(MAIN_SCENARIO_ID)!;
const config: ExerciseConfig = { ...defaultConfig(scenario, 'class-7'), injects: ['strike-16-sep', 'public-warning-21-sep'] };
const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');

describe('exercise code', () => {
  it('round-trips settings, including an AI camp and a non-ASCII seed', () => {
    const c: ExerciseConfig = { ...config, seed: 'Dayr az-Zawr ✓', teams: { coalition: 'human', russia: 'assertive' }, control: false };
    const parsed = parseExerciseCode(exerciseCode(c), builtinScenario);
    expect(parsed).toEqual({ ok: true, config: c });
  });

  it('makes a link with ?exercise= only', () => {
    const link = new URL(exerciseLink(config, 'http://x.test/game/?camp=russia#replay=abc'));
    expect([...link.searchParams.keys()]).toEqual(['exercise']);
    expect(link.hash).toBe('');
    expect(parseExerciseCode(link.searchParams.get('exercise')!, builtinScenario).ok).toBe(true);
  });

  it('carries the language it was made in', () => {
    const link = new URL(exerciseLink(config, 'http://x.test/game/?lang=en', 'ar'));
    expect([...link.searchParams.entries()]).toEqual([['exercise', exerciseCode(config)], ['lang', 'ar']]);
  });

  it.each([
    ['empty', '', 'empty'],
    ['bad characters', 'abc$%', 'characters'],
    ['cut short', exerciseCode(config).slice(0, 30), 'decode'],
    ['no object', b64([1, 2]), 'no settings'],
    ['unknown scenario', b64({ ...config, scenario: 'nowhere' }), '"nowhere"'],
    ['empty seed', b64({ ...config, seed: '' }), 'seed'],
    ['bad team', b64({ ...config, teams: { coalition: 'robot', russia: 'human' } }), 'coalition must be'],
    ['IS as a team', b64({ ...config, teams: { coalition: 'human', russia: 'human', is: 'human' } }), 'only the coalition'],
    ['no human team', b64({ ...config, teams: { coalition: 'cautious', russia: 'balanced' } }), 'no camp'],
    ['control not boolean', b64({ ...config, control: 'yes' }), 'Control'],
    ['unknown inject', b64({ ...config, injects: ['moon-landing'] }), '"moon-landing"'],
    ['extra setting', b64({ ...config, admin: true }), '"admin"'],
  ])('refuses a code that is %s with a message', (_, code, words) => {
    const r = parseExerciseCode(code, builtinScenario);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(words);
  });
});

function hotSeat(): GameSession {
  return new GameSession(scenario, 'russia', config.seed, undefined, sessionOptions(scenario, config));
}

describe('hot-seat session', () => {
  it('opens on a handover that serves nothing of either team', () => {
    const s = hotSeat();
    s.start();
    expect(s.handoverTo).toBe('russia');
    expect(s.viewer).toBe('none');
    expect(s.view().units).toEqual([]);
    expect(s.view().visible).toEqual([]);
    expect(s.isPlayersPhase).toBe(false);
    expect(s.apply({ type: 'end_phase' }).ok).toBe(false);
  });

  it('hands over russia → coalition → (IS by the AI) → russia, each team seeing its own fog', () => {
    const s = hotSeat();
    s.start();
    s.takeOver();
    const ruView = s.view();
    expect(s.camp).toBe('russia');
    expect(ruView.viewer).toBe('russia');
    expect(ruView.units.some((u) => u.camp === 'russia')).toBe(true);
    expect(s.apply({ type: 'end_phase' }).ok).toBe(true);
    expect(s.handoverTo).toBe('coalition');
    expect(s.view().units).toEqual([]);
    expect(s.camp).toBe('russia'); // nobody's view until Continue
    s.takeOver();
    expect(s.camp).toBe('coalition');
    expect(s.view().viewer).toBe('coalition');
    const coalitionSees = new Set(s.view().units.map((u) => u.id));
    const hiddenRussians = ruView.units.filter((u) => u.camp === 'russia' && !coalitionSees.has(u.id));
    expect(hiddenRussians.length).toBeGreaterThan(0);
    expect(s.apply({ type: 'end_phase' }).ok).toBe(true);
    expect(s.view().turn).toBe(2); // IS played by the AI in between
    expect(s.handoverTo).toBe('russia');
    expect(s.players()).toMatchObject({ coalition: { kind: 'human' }, russia: { kind: 'human' }, is: { kind: 'ai' } });
  });

  it('plays an AI camp itself and hands only to the human team', () => {
    const s = new GameSession(scenario, 'coalition', 's', undefined, sessionOptions(scenario, { ...config, teams: { coalition: 'human', russia: 'cautious' } }));
    s.start();
    expect(s.handoverTo).toBe('coalition');
    s.takeOver();
    expect(s.view().phase).toBe('coalition');
    expect(s.apply({ type: 'end_phase' }).ok).toBe(true);
    expect(s.view().turn).toBe(2);
    expect(s.handoverTo).toBe('coalition'); // a handover before every phase, so Control has its moment
    expect(s.players().russia).toMatchObject({ kind: 'ai', doctrine: 'cautious' });
  });

  it('pause refuses orders and serves nothing; resume gives the team its view back', () => {
    const s = hotSeat();
    s.start();
    s.takeOver();
    s.setPaused(true);
    expect(s.view().units).toEqual([]);
    const r = s.apply({ type: 'end_phase' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('paused');
    s.setPaused(false);
    expect(s.view().units.length).toBeGreaterThan(0);
    expect(s.apply({ type: 'end_phase' }).ok).toBe(true);
  });

  it('a command outside the team\'s phase is refused as not_your_phase, not as malformed', () => {
    const s = hotSeat();
    s.start();
    expect(s.apply({ type: 'end_phase' })).toMatchObject({ ok: false, error: { code: 'not_your_phase', message: expect.stringContaining('not taken over') } });
    s.takeOver();
    s.setPaused(true);
    expect(s.apply({ type: 'end_phase' })).toMatchObject({ ok: false, error: { code: 'not_your_phase', message: expect.stringContaining('paused') } });
  });

  it("Control's all-seeing map only between phases; its injects and notes go into the replay", () => {
    const s = hotSeat();
    s.start();
    s.setControlView(true);
    expect(s.viewer).toBe('all');
    expect(s.view().units.some((u) => u.camp === 'coalition')).toBe(true);
    expect(s.view().units.some((u) => u.camp === 'russia')).toBe(true);
    const fired = s.control({ type: 'inject', inject: { kind: 'scenario', id: 'public-warning-21-sep' } });
    expect(fired.ok).toBe(true);
    s.addNote('Russia went public <b>at once</b>');
    s.takeOver();
    expect(s.viewer).toBe('team');
    expect(s.apply({ type: 'end_phase' }).ok).toBe(true);
    const replay = s.replay()!;
    expect(replay.commands[0]).toEqual({ type: 'inject', inject: { kind: 'scenario', id: 'public-warning-21-sep' } });
    expect(replay.notes).toEqual([{ turn: 1, text: 'Russia went public <b>at once</b>' }]);
    const v = verifyReplay(scenario, replay);
    expect(v.ok).toBe(true);
    expect(hashState(newGame(scenario, config.seed))).not.toBe(s.hash());
  });
});

describe('Control helpers', () => {
  it('lists injects that are on and due, once', async () => {
    const { dueInjects, ladderHistory } = await import('../../src/exercise/control');
    const s = hotSeat();
    s.start();
    const state = () => s.snapshot().state;
    expect(dueInjects(scenario, config, state())).toEqual([]); // strike is for turn 4, the warning for turn 7
    const late = { ...state(), turn: 7 };
    expect(dueInjects(scenario, config, late)).toEqual(['strike-16-sep', 'public-warning-21-sep']);
    expect(dueInjects(scenario, { ...config, injects: ['public-warning-21-sep'] }, late)).toEqual(['public-warning-21-sep']);
    s.control({ type: 'inject', inject: { kind: 'custom', title: 'Rumour', text: 'A rumour of a strike', escalation: 10, trust: -5 } });
    s.control({ type: 'inject', inject: { kind: 'scenario', id: 'strike-16-sep' } });
    expect(dueInjects(scenario, config, { ...state(), turn: 7 })).toEqual(['public-warning-21-sep']);
    const ladder = ladderHistory(scenario, config.seed, s.snapshot().commands!);
    expect(ladder[0]).toMatchObject({ turn: 1, delta: 10 });
  });
});

describe('exercise autosave', () => {
  it('reads back what it wrote (commands, notes) and ignores a broken save', async () => {
    const { readExerciseSave, writeExerciseSave } = await import('../../src/exercise/save');
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => { store.set(k, v); } };
    const s = hotSeat();
    s.start();
    s.takeOver();
    s.apply({ type: 'end_phase' });
    s.addNote('first note');
    writeExerciseSave(storage, exerciseCode(config), s.snapshot().commands!, s.notes);
    const back = readExerciseSave(storage, builtinScenario)!;
    expect(back.config).toEqual(config);
    expect(back.notes).toEqual([{ turn: 1, text: 'first note' }]);
    expect(hashState(back.state)).toBe(s.hash());
    store.set('deconfliction.exercise', JSON.stringify({ code: exerciseCode(config), commands: [{ type: 'move', unit: 'nobody', to: { q: 0, r: 0 } }], notes: [] }));
    expect(readExerciseSave(storage, builtinScenario)).toBeUndefined();
    store.set('deconfliction.exercise', '{not json');
    expect(readExerciseSave(storage, builtinScenario)).toBeUndefined();
  });
});
