// The built-in scenarios' and kits' prose in Russian and Arabic (translation overlays, src/text/scenarioText.ts):
// every prose text of every built-in scenario and kit has a translation in each language, every key of
// an overlay names a text, and the overlays change what screens show, never the scenario the engine plays.
import { readFileSync, readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { kitFor } from '../../src/exercise/kits';
import { type Locale, useLocale } from '../../src/i18n/messages';
import { scenarioHash } from '../../src/replay/scenarioHash';
import { SCENARIO_IDS, builtinScenario } from '../../src/scenarios';
import { overlayErrors, proseEntries } from '../../src/text/prosePaths';
import { loadScenarioText, localInject, localKit, localScenario, scenarioText } from '../../src/text/scenarioText';
import { describeEvent } from '../../src/text/eventText';
import { applyCommand, newGame } from '../../src/engine';

const LANGS = ['ru', 'ar'] as const;
const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
/** Every built-in scenario and its kit (a test below fails if one is added without its translations). */
const TRANSLATED = ['deir-ez-zor-2017', 'the-crossing-2017', 'khasham-2018', 'al-bukamal-2017'];
const KITS_TRANSLATED = TRANSLATED;
/** Scenarios outside SCENARIO_IDS that players see (the tutorial's units and objectives). */
const OTHERS_TRANSLATED = ['tutorial-2017'];

afterEach(async () => { await useLocale('en'); });

describe('the translation overlays', () => {
  it('cover every built-in scenario and its kit', () => {
    expect([...TRANSLATED].sort()).toEqual([...SCENARIO_IDS].sort());
  });

  it.each([...TRANSLATED, ...OTHERS_TRANSLATED].flatMap((id) => LANGS.map((lang) => [id, lang])))('%s in %s translates every prose text of the scenario', (id, lang) => {
    const overlay = read(`assets/scenarios/i18n/${id}.${lang}.json`) as Record<string, string>;
    const missing = [...proseEntries(read(`assets/scenarios/${id}.json`)).keys()].filter((path) => !overlay[path]?.trim());
    expect(missing).toEqual([]);
  });

  it.each(KITS_TRANSLATED.flatMap((id) => LANGS.map((lang) => [id, lang])))('%s in %s translates every prose text of the kit', (id, lang) => {
    const overlay = read(`assets/kits/i18n/${id}.${lang}.json`) as Record<string, string>;
    const missing = [...proseEntries(read(`assets/kits/${id}.json`)).keys()].filter((path) => !overlay[path]?.trim());
    expect(missing).toEqual([]);
  });

  it('has keys that all name a prose text of the English file', () => {
    const files = ['scenarios', 'kits'].flatMap((folder) => readdirSync(`assets/${folder}/i18n`).filter((f) => f.endsWith('.json')).map((f) => [folder, f] as const));
    expect(files.length).toBeGreaterThanOrEqual(2 * TRANSLATED.length);
    for (const [folder, f] of files) {
      const id = f.split('.')[0]!;
      expect(overlayErrors(read(`assets/${folder}/i18n/${f}`), read(`assets/${folder}/${id}.json`)), f).toEqual([]);
    }
  });

  it('names a key that names no text, and a value that is not text', () => {
    const english = read('assets/scenarios/deir-ez-zor-2017.json');
    expect(overlayErrors({ 'units.tiger-1.name': 'ok', 'units.no-such-unit.name': 'x', 'units.div-17.name': 7 }, english)).toEqual([
      { path: 'units.no-such-unit.name', message: 'names no prose text in the English file' },
      { path: 'units.div-17.name', message: 'expected a non-empty string, got 7' },
    ]);
  });
});

describe('scenarioText', () => {
  const scenario = builtinScenario('deir-ez-zor-2017')!;
  const expected: Record<Locale, { unit: string; objective: string; inject: string }> = {
    en: { unit: 'Tiger Forces (Suheil al-Hassan)', objective: 'Conoco gas plant', inject: 'Unattributed strike on SDF positions' },
    ru: { unit: '«Силы тигра» (Сухейль аль-Хасан)', objective: 'Газовый завод Conoco', inject: 'Удар неустановленной стороны по позициям СДС' },
    ar: { unit: 'قوات النمر (سهيل الحسن)', objective: 'معمل غاز كونوكو', inject: 'ضربة مجهولة المصدر على مواقع قسد' },
  };

  it.each(['en', 'ru', 'ar'] as const)('shows names and injects in %s once loaded, and leaves the engine\'s scenario as it was', async (lang) => {
    const hash = scenarioHash(scenario);
    const englishData = JSON.stringify(scenario.data);
    await useLocale(lang);
    await loadScenarioText(scenario.id);
    const text = scenarioText(scenario);
    expect(text.unitName('tiger-1')).toBe(expected[lang].unit);
    expect(text.objectiveName('conoco')).toBe(expected[lang].objective);
    expect(text.inject('strike-16-sep')?.title).toBe(expected[lang].inject);
    expect(localScenario(scenario).unitTypes.vbied?.carBomb).toBe(scenario.unitTypes.vbied?.carBomb);
    expect(scenarioHash(scenario)).toBe(hash);
    expect(JSON.stringify(scenario.data)).toBe(englishData);
  });

  // Issue 18: a fired inject is "J1" with its scenario inject as `source`; looked up by "J1", the log's
  // inject line (a class seat's, hot-seat's banner, the review's) kept its English title and text.
  it.each(LANGS)('words a fired scenario inject in %s, as the log shows it, and leaves a custom one as written', async (lang) => {
    await useLocale(lang);
    await loadScenarioText(scenario.id);
    const fired = applyCommand(scenario, newGame(scenario, 'inject-text'), { type: 'inject', inject: { kind: 'scenario', id: 'strike-16-sep' } });
    if (!fired.ok) throw new Error(fired.error.message);
    const event = fired.events.find((e) => e.type === 'inject_fired');
    if (event?.type !== 'inject_fired') throw new Error('no inject fired');
    expect(event.inject.id).not.toBe('strike-16-sep');
    const local = scenarioText(scenario).inject('strike-16-sep')!;
    expect(localInject(scenario, event.inject)).toMatchObject({ id: event.inject.id, title: local.title, text: local.text });
    expect(describeEvent(event, { scenario, unitName: (id) => id })).toContain(local.title);
    const custom = { ...event.inject, source: null, title: 'Our own words', text: 'As written.' };
    expect(localInject(scenario, custom)).toBe(custom);
  });

  it('shows a scenario file\'s own text where it differs from the shipped one', async () => {
    const changed = { ...scenario, data: { ...scenario.data, units: scenario.data.units.map((u) => u.id === 'tiger-1' ? { ...u, name: 'Tigers, renamed' } : u) } };
    await useLocale('ru');
    await loadScenarioText(scenario.id);
    expect(scenarioText(changed).unitName('tiger-1')).toBe('Tigers, renamed');
    expect(scenarioText(changed).unitName('div-17')).toBe('17-я резервная дивизия / 137-я бригада');
  });

  it('falls back to English before a language\'s overlay is loaded, and for a unit it does not know', async () => {
    await useLocale('ar');
    const other = builtinScenario('khasham-2018')!;
    expect(localScenario(other)).toBe(other);
    expect(scenarioText(scenario).unitName('spawned-later', 'Some unit')).toBe('Some unit');
  });

  it('translates a kit once its overlay is loaded, leaving the codes its checks match', async () => {
    const kit = kitFor(scenario)!;
    expect(localKit(kit, scenario.id)).toBe(kit);
    await useLocale('ru');
    await loadScenarioText(scenario.id);
    const local = localKit(kit, scenario.id);
    expect(local.decisionPoints.find((d) => d.id === 'first_crossing')?.title).toBe('Переправа');
    expect(local.teams.russia.roles.find((r) => r.role === 'hotline')?.title).toBe('Офицер горячей линии');
    expect(local.objectives.map((o) => o.check)).toEqual(kit.objectives.map((o) => o.check));
    expect(local.record.map((r) => r.measure)).toEqual(kit.record.map((r) => r.measure));
    expect(kit.decisionPoints.find((d) => d.id === 'first_crossing')?.title).toBe('The crossing');
  });
});
