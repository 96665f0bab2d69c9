// The built-in scenarios' and kits' prose in the current language: translation overlays
// (assets/scenarios/i18n/<id>.<lang>.json, assets/kits/i18n/<id>.<lang>.json, keyed by prosePaths.ts),
// each loaded when its scenario is shown in that language, never with the page. The engine, its state
// and replays keep the English data; these copies are only for what screens show. A text the overlay
// lacks, or a scenario file's own text that differs from the shipped one, shows as written.
import { type Scenario, hexKey } from '../engine/core';
import type { Kit } from '../exercise/kit';
import { type Locale, currentLocale } from '../i18n/messages';
import { MAIN_SCENARIO_ID, MAIN_SCENARIO_RAW } from '../mainScenario';
import { type Overlay, proseEntries, translateData } from './prosePaths';

type Files = Record<string, () => Promise<Overlay>>;
const SCENARIO_FILES: Files = import.meta.glob<Overlay>('../../assets/scenarios/i18n/*.json', { import: 'default' });
const KIT_FILES: Files = import.meta.glob<Overlay>('../../assets/kits/i18n/*.json', { import: 'default' });

/** A scenario's overlays, and its shipped English prose by path (what the overlay translates). */
interface Loaded { scenario?: Overlay; kit?: Overlay; english: ReadonlyMap<string, string> }
const overlays = new Map<string, Loaded>();
const key = (id: string, locale: Locale): string => `${id}.${locale}`;

/** The shipped file: the main scenario's is in the first load; the others' come with the menu (scenarios.ts). */
const shippedFile = async (id: string): Promise<unknown> =>
  id === MAIN_SCENARIO_ID ? MAIN_SCENARIO_RAW.scenario : (await import('../scenarios')).builtinScenarioFile(id);

const overlayPath = (folder: string, id: string, locale: Locale): string => `../../assets/${folder}/i18n/${id}.${locale}.json`;

/** Loads a built-in scenario's and its kit's overlays for a language (none for English or an unknown id). */
export async function loadScenarioText(id: string, locale: Locale = currentLocale()): Promise<void> {
  if (locale === 'en' || overlays.has(key(id, locale))) return;
  const scenarioFile = SCENARIO_FILES[overlayPath('scenarios', id, locale)];
  const kitFile = KIT_FILES[overlayPath('kits', id, locale)];
  const [scenario, kit, shipped] = await Promise.all([scenarioFile?.(), kitFile?.(), scenarioFile ? shippedFile(id) : undefined]);
  overlays.set(key(id, locale), { scenario, kit, english: proseEntries(shipped) });
}

const loadedFor = (id: string): Loaded | undefined => overlays.get(key(id, currentLocale()));

const localScenarios = new WeakMap<Scenario, { locale: Locale; scenario: Scenario }>();

/** The scenario as screens show it in the current language (the same object when nothing is translated). */
export function localScenario(s: Scenario): Scenario {
  const loaded = loadedFor(s.id);
  const overlay = loaded?.scenario;
  if (!loaded || !overlay) return s;
  const cached = localScenarios.get(s);
  if (cached?.locale === currentLocale()) return cached.scenario;
  const { english } = loaded;
  // Each part by the same paths as the data's (objectives and injects are lists keyed by id too).
  const part = <T>(value: T, p: string): T => translateData(value, prefixed(overlay, p), prefixedMap(english, p));
  const objectives = part(s.objectives, 'objectives');
  const scenario: Scenario = {
    ...s, data: translateData(s.data, overlay, english), unitTypes: part(s.unitTypes, 'unitTypes'), objectives,
    objectiveAt: new Map(objectives.map((o) => [hexKey(o.hex), o])), injects: part(s.injects, 'injects'),
  };
  localScenarios.set(s, { locale: currentLocale(), scenario });
  return scenario;
}

/** The overlay's (or the English prose's) entries under `p`, with paths relative to it. */
const prefixed = (o: Overlay, p: string): Overlay => Object.fromEntries(Object.entries(o).filter(([k]) => k.startsWith(`${p}.`)).map(([k, v]) => [k.slice(p.length + 1), v]));
const prefixedMap = (m: ReadonlyMap<string, string>, p: string): Map<string, string> => new Map([...m].filter(([k]) => k.startsWith(`${p}.`)).map(([k, v]) => [k.slice(p.length + 1), v]));

const localKits = new WeakMap<Kit, { locale: Locale; kit: Kit }>();

/** A built-in scenario's teaching kit in the current language (kits ship only with the game). */
export function localKit(kit: Kit, scenarioId: string): Kit {
  const overlay = loadedFor(scenarioId)?.kit;
  if (!overlay) return kit;
  const cached = localKits.get(kit);
  if (cached?.locale === currentLocale()) return cached.kit;
  const local = translateData(kit, overlay, proseEntries(kit));
  localKits.set(kit, { locale: currentLocale(), kit: local });
  return local;
}

/** One scenario's names and texts as screens show them (scenarioText(s).unitName(id)…). */
export interface ScenarioText {
  readonly scenario: Scenario;
  /** A unit's name: the scenario's or an inject's unit; `fallback` (the state's name) for any other. */
  unitName(id: string, fallback?: string): string;
  objectiveName(id: string): string;
  /** A scenario inject (title, text, history), or undefined for an id the scenario lacks (a custom inject). */
  inject(id: string): Scenario['injects'][number] | undefined;
}

const texts = new WeakMap<Scenario, ScenarioText>();

/** The names and texts of `s` in the current language. */
export function scenarioText(s: Scenario): ScenarioText {
  const local = localScenario(s);
  const cached = texts.get(local);
  if (cached) return cached;
  const units = new Map<string, string>(local.data.units.map((u) => [u.id, u.name]));
  for (const j of local.injects) if ('units' in j.effect) for (const u of j.effect.units) units.set(u.id, u.name);
  const text: ScenarioText = {
    scenario: local,
    unitName: (id, fallback) => units.get(id) ?? fallback ?? id,
    objectiveName: (id) => local.objectives.find((o) => o.id === id)?.name ?? id,
    inject: (id) => local.injects.find((j) => j.id === id),
  };
  texts.set(local, text);
  return text;
}

/**
 * An inject as an event or command carries it, in the page's language: a scenario inject whose title
 * and text are the scenario's gets the translated ones; a custom inject (Control's own words) stays.
 * A fired inject ("J1") names its scenario inject by `source` (null for a custom one).
 */
export function localInject<T extends { id: string; title: string; text: string; source?: string | null }>(s: Scenario, j: T): T {
  const id = j.source === undefined ? j.id : j.source;
  const shipped = id === null ? undefined : s.injects.find((x) => x.id === id);
  const local = shipped && scenarioText(s).inject(shipped.id);
  if (!shipped || !local || shipped.title !== j.title || shipped.text !== j.text) return j;
  return { ...j, title: local.title, text: local.text };
}
