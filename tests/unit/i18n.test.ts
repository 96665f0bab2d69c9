// The languages: every messages file has exactly English's keys, sorted, with the screen prefixes; no
// message is empty; each translation uses the placeholders English does; the compiled modules hold
// every key; the language is chosen in the documented order; numbers follow the language.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ALL_GROUPS, BASE_LOCALE, LOCALES, groupOfKey, loadMessageGroups, loadMessages, t, useLocale } from '../../src/i18n/messages';
import { GROUPS, checkGroups, groupOf } from '../../scripts/i18n.mjs';
import { formatDate, formatDateRange, formatNumber, formatPercent } from '../../src/i18n/format';
import { pickLanguage, withLanguage } from '../../src/ui/language';
import { ROOT } from './projectFiles';
import { DOCTRINES, RUNGS } from '../../src/engine';
import { SCENARIO_IDS, builtinScenario, builtinScenarioFile } from '../../src/scenarios';
import { scenarioFacts, scenarioSummary, scenarioTitle } from '../../src/text/scenarioFacts';
import { turnDaysText } from '../../src/text/localNames';

type Json = Record<string, unknown>;
const read = (path: string): Json => JSON.parse(readFileSync(resolve(ROOT, path), 'utf8')) as Json;
const messages = (locale: string): Json => {
  const { $schema: _schema, ...rest } = read(`messages/${locale}.json`);
  return rest;
};
const en = messages(BASE_LOCALE);
const OTHERS = LOCALES.filter((l) => l !== BASE_LOCALE);

/** Key prefixes, one per screen (docs/i18n.md). */
const PREFIXES = ['common', 'error', 'menu', 'panel', 'map', 'ladder', 'dialog', 'banner', 'summary', 'strike', 'hotline', 'review', 'brief', 'class', 'tut', 'replay', 'control', 'exercise', 'result', 'howto', 'hud', 'save', 'policy'];

/** Every text of a message: a plain string, or each variant's pattern of a plural/select message. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => texts((v as { match?: Json }).match ?? v));
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}
/** The placeholders a message uses ({name}), across all its variants. */
const placeholders = (value: unknown): string[] => [...new Set(texts(value).flatMap((s) => [...s.matchAll(/\{\s*\$?(\w+)[^}]*\}/g)].map((m) => m[1]!)))].sort();

describe('messages files', () => {
  it('the project lists the languages the game loads, with the plugin from node_modules', () => {
    const settings = read('project.inlang/settings.json') as { baseLocale: string; locales: string[]; modules: string[] };
    expect(settings.baseLocale).toBe(BASE_LOCALE);
    expect(settings.locales).toEqual([...LOCALES]);
    // A URL would be fetched, and offline the compiler then "succeeds" with no messages.
    expect(settings.modules).toEqual(['./node_modules/@inlang/plugin-message-format/dist/index.js']);
  });

  it.each(OTHERS)('%s has exactly the English keys', (locale) => {
    const keys = Object.keys(messages(locale));
    expect({ missing: Object.keys(en).filter((k) => !keys.includes(k)), extra: keys.filter((k) => !(k in en)) }).toEqual({ missing: [], extra: [] });
  });

  it.each(LOCALES)('%s keys are sorted and carry a screen prefix', (locale) => {
    const keys = Object.keys(messages(locale));
    expect(keys).toEqual([...keys].sort());
    expect(keys.filter((k) => !PREFIXES.includes(k.split('_')[0]!) || !/^[a-z][a-z0-9_]*$/.test(k))).toEqual([]);
  });

  it.each(LOCALES)('%s has no empty message', (locale) => {
    const m = messages(locale);
    expect(Object.keys(m).filter((k) => texts(m[k]).length === 0 || texts(m[k]).some((s) => s.trim() === ''))).toEqual([]);
  });

  it.each(OTHERS)('%s uses the same placeholders as English', (locale) => {
    const m = messages(locale);
    const differ = Object.keys(en).filter((k) => k in m && placeholders(m[k]).join() !== placeholders(en[k]).join());
    expect(differ.map((k) => `${k}: ${placeholders(m[k]).join()} vs ${placeholders(en[k]).join()}`)).toEqual([]);
  });

  // Issue 18: Russian named the balanced doctrine «взвешенная» in the menu and «сбалансированная» in
  // the exercise setup. A message whose English names a doctrine uses the doctrine's own word
  // (common_doctrine_*), by its stem: the adjective's ending changes with the case (ru), ة may drop (ar).
  it.each(OTHERS)('%s names each AI doctrine with the same word in every message', (locale) => {
    const m = messages(locale);
    const stem = (word: string): string => (locale === 'ru' ? word.toLowerCase().slice(0, -2) : word.replace(/ة$/, ''));
    const differ = DOCTRINES.flatMap((d) => {
      const word = stem(texts(m[`common_doctrine_${d}`])[0]!);
      return Object.keys(en).filter((k) => texts(en[k]).some((s) => new RegExp(`\\b${d}\\b`, 'i').test(s)))
        .filter((k) => !texts(m[k]).every((s) => s.toLowerCase().includes(word))).map((k) => `${k} (${d}: ${word}…): ${texts(m[k]).join(' | ')}`);
    });
    expect(differ).toEqual([]);
  });

  it.each(LOCALES)('the compiled %s module has a function for every key', async (locale) => {
    const mod = (await loadMessages(locale)) as unknown as Record<string, unknown>;
    expect(Object.keys(en).filter((k) => typeof mod[k] !== 'function')).toEqual([]);
  });
});

describe('message groups (one module per language and group, docs/i18n.md)', () => {
  afterEach(() => useLocale(BASE_LOCALE));

  it('put every screen prefix in exactly one group, and the runtime reads the same groups', () => {
    const groups = GROUPS;
    expect(PREFIXES.map((p) => [p, Object.keys(groups).filter((g) => groups[g]!.includes(p))])).toEqual(PREFIXES.map((p) => [p, [expect.any(String)]]));
    expect(ALL_GROUPS).toEqual(Object.keys(groups));
    expect(groupOfKey('review_title')).toBe('review');
    expect(groupOfKey('hotline_send')).toBe('play');
    // The hotline panel's frame is on the first screen, its form is not (the longest entry decides).
    expect(groupOfKey('hotline_panel_title')).toBe('game');
    // Both readers agree on every key.
    expect(Object.keys(en).filter((k) => groupOfKey(k) !== groupOf(GROUPS, k))).toEqual([]);
  });

  it('give a key the group of its longest entry: a whole key part, not part of a word', () => {
    const groups = { a: ['x'], b: ['x_y'] };
    expect(groupOf(groups, 'x_y')).toBe('b');
    expect(groupOf(groups, 'x_y_z')).toBe('b');
    expect(groupOf(groups, 'x_yz')).toBe('a');
    expect(groupOf(groups, 'xy_z')).toBeUndefined();
  });

  it('fail the compile for a key whose prefix no group holds, naming it', () => {
    expect(() => checkGroups(['menu_start', 'scoreboard_title'])).toThrow(/scoreboard_title.*GROUPS \(scripts\/i18n\.mjs\)/);
    expect(() => checkGroups(Object.keys(en))).not.toThrow();
  });

  it.each(LOCALES)('%s: a key of a group the page has not loaded throws, naming its group; loading the group brings it', async (locale) => {
    await useLocale(locale, ['game']);
    expect(t().hotline_panel_title()).not.toBe('');
    expect(() => t().hotline_send()).toThrow(/"hotline_send" is in the group "play"/);
    expect(() => t().review_title()).toThrow(/"review_title" is in the group "review"/);
    await loadMessageGroups('play');
    expect(t().hotline_send()).not.toBe('');
    await loadMessageGroups('review');
    const all = (await loadMessages(locale)) as unknown as Record<string, () => string>;
    expect(t().review_title()).toBe(all.review_title!());
    expect(() => t().menu_language()).toThrow(/group "menu"/);
  });
});

describe('Russian plurals', () => {
  afterEach(() => useLocale(BASE_LOCALE));
  it('use one, few and many forms', async () => {
    await useLocale('ru');
    expect([1, 2, 5, 21, 22, 25].map((count) => t().common_turns({ count }))).toEqual(['1 ход', '2 хода', '5 ходов', '21 ход', '22 хода', '25 ходов']);
  });
});

describe('choosing the language', () => {
  it('prefers ?lang=, then the kept choice, then the browser, then English', () => {
    expect(pickLanguage('?lang=ar', 'ru', ['ru-RU'])).toBe('ar');
    expect(pickLanguage('?exercise=x', 'ru', ['ar'])).toBe('ru');
    expect(pickLanguage('', null, ['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(pickLanguage('', null, ['de', 'fr'])).toBe('en');
  });
  it('ignores a language it does not have, in the address or in storage', () => {
    expect(pickLanguage('?lang=xx', 'klingon', ['ar-SY'])).toBe('ar');
  });
  it('puts the language in a link', () => {
    expect(withLanguage('https://example.org/game/?exercise=abc', 'ru')).toBe('https://example.org/game/?exercise=abc&lang=ru');
  });
});

describe('formatting', () => {
  afterEach(() => useLocale(BASE_LOCALE));
  it('follows the current language', async () => {
    expect(formatNumber(12345)).toBe('12,345');
    await useLocale('ru');
    expect(formatNumber(12345)).toBe('12\u00a0345');
    expect(formatDate(Date.UTC(2017, 8, 14, 12), { dateStyle: 'long', timeZone: 'UTC' })).toMatch(/^14 сентября 2017/);
    await useLocale('ar');
    // Western digits in Arabic (format.ts says why), whatever the engine's default for "ar".
    expect(formatPercent(0.25)).toMatch(/^25\D*%\D*$/);
    expect(formatDate(Date.UTC(2017, 8, 14, 12), { dateStyle: 'long', timeZone: 'UTC' })).toMatch(/^14 أيلول\/سبتمبر 2017/);
    expect(formatDate(Date.UTC(2018, 1, 7, 12), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).toBe('7 شباط/فبراير 2018');
  });
});

describe('the built-in scenarios in each language', () => {
  afterEach(() => useLocale(BASE_LOCALE));
  it.each(SCENARIO_IDS)('%s: the English messages are the shipped text (a changed file needs new translations)', (id) => {
    const file = builtinScenarioFile(id) as { title: string; summary: string };
    const key = `menu_scenario_${id.replace(/-/g, '_')}`;
    expect([en[`${key}_title`], en[`${key}_summary`]]).toEqual([file.title, file.summary]);
  });
  it('titles, summaries and facts change with the language; a changed scenario keeps its own text', async () => {
    const s = builtinScenario('the-crossing-2017')!;
    expect(scenarioFacts(s)).toBe('6 turns of 2 days, 14 Sep 2017 to 24 Sep 2017; about 50 minutes of class');
    await useLocale('ru');
    expect([scenarioTitle(s), scenarioFacts(s)]).toEqual(['Переправа, 14 сентября 2017 года', '6 ходов по 2 дня, с 14 сентября 2017 г. по 24 сентября 2017 г.; около 50 минут занятия']);
    // Issue 18: Arabic wrote a date two ways on one menu: the texts «14 أيلول/سبتمبر» (Levantine and
    // Egyptian month names, as Syrian and UN Arabic do), Intl's dates «14 سبتمبر». Intl's now match.
    await useLocale('ar');
    expect(scenarioTitle(s)).toContain('14 أيلول/سبتمبر 2017');
    expect(scenarioFacts(s)).toContain('من 14 أيلول/سبتمبر 2017 إلى 24 أيلول/سبتمبر 2017');
    expect(turnDaysText(s, 1)).toMatch(/^14\s?–\s?15 أيلول\/سبتمبر 2017$/);
    expect(turnDaysText(builtinScenario('deir-ez-zor-2017')!, 12)).toMatch(/^1\s?–\s?2 تشرين الأول\/أكتوبر 2017$/);
    expect(formatDateRange(Date.UTC(2017, 8, 29), Date.UTC(2017, 9, 2), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).toMatch(/^29 أيلول\/سبتمبر\s?–\s?2 تشرين الأول\/أكتوبر 2017$/);
    await useLocale('ru');
    const edited = { ...s, data: { ...s.data, summary: 'My own summary.' } };
    expect(scenarioSummary(edited)).toBe('My own summary.');
  });
});

describe('the escalation ladder', () => {
  it('the English rung names and effects are the rules\' own (a changed rung needs new translations)', () => {
    expect(RUNGS.map((_, i) => [en[`ladder_rung_${i}`], en[`ladder_effect_${i}`]])).toEqual(RUNGS.map((r) => [r.name, r.effects]));
  });
});
