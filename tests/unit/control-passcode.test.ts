// Control's passcode: only a salted hash is kept, in the exercise's config and save, never in the
// code or link the teams are given; the right passcode opens, any other does not.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { exerciseCode, exerciseLink, parseExerciseCode } from '../../src/exercise/code';
import { defaultConfig } from '../../src/exercise/config';
import { checkPasscode, makeLock, sha256 } from '../../src/exercise/passcode';
import { EXERCISE_SAVE_KEY, readExerciseSave, writeExerciseSave } from '../../src/exercise/save';
import { MAIN_SCENARIO_ID, builtinScenario } from '../../src/scenarios';

const scenario = builtinScenario(MAIN_SCENARIO_ID)!;
const PASSCODE = 'owl-4417';

describe('Control passcode', () => {
  it('SHA-256 agrees with Node\'s on lengths around the block boundary and on UTF-8', () => {
    for (const text of ['', 'abc', 'a'.repeat(55), 'b'.repeat(56), 'c'.repeat(64), 'déjà vu '.repeat(30)]) {
      const ours = Buffer.from(sha256(new TextEncoder().encode(text))).toString('hex');
      expect(ours).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });

  it('the right passcode opens; another, or none, does not; salts differ', () => {
    const lock = makeLock(PASSCODE);
    expect(checkPasscode(lock, PASSCODE)).toBe(true);
    for (const wrong of ['', 'owl-4418', 'OWL-4417', `${PASSCODE} `]) expect(checkPasscode(lock, wrong)).toBe(false);
    expect(JSON.stringify(lock)).not.toContain(PASSCODE);
    const again = makeLock(PASSCODE);
    expect(again.salt).not.toBe(lock.salt);
    expect(again.hash).not.toBe(lock.hash);
  });

  it('is in neither the exercise code nor its link, which decode without it', () => {
    const lock = makeLock(PASSCODE);
    const config = { ...defaultConfig(scenario, 'lock-1'), controlLock: lock };
    const code = exerciseCode(config);
    const link = exerciseLink(config, 'http://127.0.0.1:4173/');
    for (const text of [code, link, Buffer.from(code, 'base64url').toString('utf8')]) {
      for (const secret of [PASSCODE, lock.salt, lock.hash]) expect(text).not.toContain(secret);
    }
    const parsed = parseExerciseCode(code, builtinScenario);
    expect(parsed.ok && parsed.config.controlLock).toBe(undefined);
  });

  it('the exercise save keeps the lock (its hash only); a damaged lock is not resumed as an open Control', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => { store.set(k, v); } };
    const lock = makeLock(PASSCODE);
    const config = { ...defaultConfig(scenario, 'lock-2'), controlLock: lock };
    writeExerciseSave(storage, exerciseCode(config), [], [], lock);
    expect(store.get(EXERCISE_SAVE_KEY)).not.toContain(PASSCODE);
    const back = readExerciseSave(storage, builtinScenario)!;
    expect(back.config.controlLock).toEqual(lock);
    expect(checkPasscode(back.config.controlLock!, PASSCODE)).toBe(true);
    store.set(EXERCISE_SAVE_KEY, JSON.stringify({ code: exerciseCode(config), commands: [], notes: [], controlLock: { salt: 'x', hash: lock.hash } }));
    expect(readExerciseSave(storage, builtinScenario)).toBeUndefined();
  });
});
