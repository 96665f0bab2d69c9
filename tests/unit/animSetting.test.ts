import { describe, expect, it } from 'vitest';
import { ANIM_STORAGE_KEY, AnimSetting } from '../../src/presenter/animSetting';

function memory(initial?: string) {
  const data = new Map<string, string>(initial ? [[ANIM_STORAGE_KEY, initial]] : []);
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => { data.set(k, v); }, data };
}

describe('animation speed setting', () => {
  it('defaults to 1×, reads the stored choice and stores a new one', () => {
    expect(AnimSetting.load('', memory()).speed).toBe('1');
    const store = memory('4');
    const s = AnimSetting.load('?camp=russia', store);
    expect(s.speed).toBe('4');
    expect(s.factor).toBe(4);
    const heard: string[] = [];
    s.onChange((v) => heard.push(v));
    s.set('off');
    expect(s.factor).toBe(0);
    expect(store.data.get(ANIM_STORAGE_KEY)).toBe('off');
    expect(heard).toEqual(['off']);
  });

  it('?anim= overrides the stored choice without storing it; nonsense is ignored', () => {
    const store = memory('2');
    expect(AnimSetting.load('?anim=off', store).speed).toBe('off');
    expect(store.data.get(ANIM_STORAGE_KEY)).toBe('2');
    expect(AnimSetting.load('?anim=9', store).speed).toBe('2');
    expect(AnimSetting.load('', { getItem: () => 'fast', setItem: () => undefined }).speed).toBe('1');
  });

  it('survives storage that throws', () => {
    const broken = { getItem: (): string => { throw new Error('blocked'); }, setItem: (): void => { throw new Error('blocked'); } };
    const s = AnimSetting.load('', broken);
    expect(s.speed).toBe('1');
    s.set('2');
    expect(s.speed).toBe('2');
  });
});
