// Difficulty levels: the policy names, normal being the doctrine's own AI (default games unchanged), hard's crossing,
// the level in the session's record of players and in the save.
import { describe, expect, it } from 'vitest';
import { POLICIES } from '../../src/ai/simple';
import { beyondLine } from '../../src/engine';
import { DIFFICULTIES, levelPolicyName } from '../../src/game/difficulty';
import { makeSave, parseSave } from '../../src/game/saves';
import { GameSession } from '../../src/presenter/session';
import { builtinScenario } from '../../src/scenarios';
import { playGame } from '../../src/sim/play';

const scenario = builtinScenario('deir-ez-zor-2017')!;

describe('difficulty levels', () => {
  it('names every doctrine at every level, and the levels alone', () => {
    for (const d of ['cautious', 'balanced', 'assertive'] as const) {
      for (const level of DIFFICULTIES) expect(POLICIES[levelPolicyName(d, level)], `${d} ${level}`).toBeDefined();
    }
    expect(levelPolicyName('balanced', 'normal')).toBe('ai:balanced');
    expect(levelPolicyName('cautious', 'hard')).toBe('ai:cautious:hard');
    for (const level of DIFFICULTIES) expect(POLICIES[`ai:${level}`]).toBe(POLICIES[levelPolicyName('balanced', level)]);
  });

  it('the three levels play differently on the same seed, each the same way twice', () => {
    // Six turns are enough to tell them apart.
    const short = { ...scenario, data: { ...scenario.data, turns: 6 } };
    const commands = (name: string) => JSON.stringify(playGame(short, 'levels-1', { coalition: name, russia: 'ai:balanced', is: 'ai:balanced' }).commands);
    const easy = commands('ai:easy');
    const normal = commands('ai:normal');
    const hard = commands('ai:hard');
    expect(commands('ai:balanced')).toBe(normal);
    expect(easy).not.toBe(normal);
    expect(hard).not.toBe(normal);
    expect(commands('ai:hard')).toBe(hard);
  });

  it('hard as the government side crosses the river sooner and in more strength than normal', () => {
    // Its prize, the dug-in city, holds out; the east bank's objectives are what hard goes over for.
    const short = { ...scenario, data: { ...scenario.data, turns: 6 } };
    const over = (russia: string) => playGame(short, 'crossing-1', { coalition: 'ai:balanced', russia, is: 'ai:balanced' }).state.units
      .filter((u) => u.camp === 'russia' && beyondLine(scenario.map, { kind: 'river' }, 'russia', u.hex)).length;
    const normal = over('ai:normal');
    const hard = over('ai:hard');
    expect(hard).toBeGreaterThanOrEqual(2);
    expect(hard).toBeGreaterThan(normal);
  });

  it('a game against the AI records the level it plays at', () => {
    expect(new GameSession(scenario, 'coalition', 's').players().russia).toEqual({ kind: 'ai', policy: 'ai', doctrine: 'balanced' });
    const hard = new GameSession(scenario, 'coalition', 's', undefined, undefined, 'hard');
    expect(hard.players().russia).toEqual({ kind: 'ai', policy: 'ai:balanced:hard' });
  });

  it('the save keeps the level; a bad level is refused by name', () => {
    const session = new GameSession(scenario, 'russia', 's', undefined, undefined, 'easy');
    const { state, names, commands } = session.snapshot();
    const save = makeSave(scenario.id, 'russia', 's', state, names, new Date(), 'balanced', commands, 'easy');
    const ok = parseSave(JSON.stringify(save), scenario);
    expect(ok.kind === 'ok' && ok.save.opponentDifficulty).toBe('easy');
    expect(GameSession.fromSave(scenario, (ok as { save: typeof save }).save).players().coalition).toEqual({ kind: 'ai', policy: 'ai:balanced:easy' });
    // Normal is not written: saves of default games stay as they were.
    expect('opponentDifficulty' in makeSave(scenario.id, 'russia', 's', state, names, new Date(), 'balanced', commands)).toBe(false);
    const bad = parseSave(JSON.stringify({ ...save, opponentDifficulty: 'impossible' }), scenario);
    expect(bad.kind).toBe('bad');
    expect(bad.kind === 'bad' && bad.message).toContain('opponentDifficulty');
  });
});
