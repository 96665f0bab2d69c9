// Names that the briefings, packs, exercise and class screens share, in the current language: the two
// powers, the camps of the built-in scenarios (docs/i18n.md's glossary), the ladder's rungs, and the
// scenario's dates. English keeps the engine's own wording ("9 Sep 2017"); a camp name a scenario file
// wrote itself stays as written (scenario text is data).
import { type Power, RUNGS, type Scenario, addDays, formatDate as englishDate, turnDate } from '../engine/core';
import { turnDays } from './crisisText';
import { formatDate, formatDateRange } from '../i18n/format';
import { currentLocale, t } from '../i18n/messages';

/** The short name of a power: Coalition / Russia. */
export function powerName(power: Power): string {
  return power === 'coalition' ? t().brief_power_coalition() : t().brief_power_russia();
}

/** The built-in scenarios' camp names, by their English wording. */
const CAMPS: Readonly<Record<string, () => string>> = {
  'US-backed coalition (SDF and US)': () => t().brief_camp_coalition(),
  'Russian-backed government side (SAA and Russia)': () => t().brief_camp_government(),
  'Pro-government forces (SAA, militias, contractors; Russia)': () => t().brief_camp_pro_government(),
  'Government side, Iran-backed militias and Iraqi forces (with Russia)': () => t().brief_camp_government_iran(),
  'Islamic State': () => t().brief_camp_is(),
};

/** A camp's name as the scenario gives it, translated when it is one of the built-in names. */
export function campLabel(scenario: Pick<Scenario, 'data'>, camp: Power | 'is'): string {
  const name = scenario.data.camps[camp].name;
  return CAMPS[name]?.() ?? name;
}

const RUNG_NAMES: readonly (() => string)[] = [
  () => t().brief_rung_routine(), () => t().brief_rung_friction(), () => t().brief_rung_incident(),
  () => t().brief_rung_confrontation(), () => t().brief_rung_crisis(), () => t().brief_rung_clash(),
];

/** The name of a rung of the escalation ladder, by its index in RUNGS. */
export function rungName(index: number): string {
  return RUNG_NAMES[index]?.() ?? RUNGS[index]?.name ?? String(index);
}

/** An English rung name (as kits and RUNGS write it) in the current language. */
export function rungNameOf(english: string): string {
  const i = RUNGS.findIndex((r) => r.name === english);
  return i < 0 ? english : rungName(i);
}

const utc = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};
const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };

/** A scenario date (ISO): "9 Sep 2017" / "9 сентября 2017 г." / "9 سبتمبر 2017". */
export function scenarioDate(iso: string): string {
  return currentLocale() === 'en' ? englishDate(iso) : formatDate(utc(iso), DAY);
}

/** The date a turn begins. */
export function turnDateText(scenario: Pick<Scenario, 'data'>, turn: number): string {
  return scenarioDate(turnDate(scenario, turn));
}

/** The days a turn covers: one date, or a range ("9–11 Sep 2017" in English). */
export function turnDaysText(scenario: Pick<Scenario, 'data'>, turn: number): string {
  if (currentLocale() === 'en') return turnDays(scenario, turn);
  const first = turnDate(scenario, turn);
  const days = scenario.data.daysPerTurn;
  if (days <= 1) return scenarioDate(first);
  return formatDateRange(utc(first), utc(addDays(first, days - 1)), DAY);
}

/** "The Crossing — 8 turns, about 50 min" in the page's language. */
/** A scenario's line in a list; `title` is its title in the page's language where the caller has it (scenarioTitle). */
export function scenarioOption(s: Scenario, title = s.data.title): string {
  const { turns, classMinutes } = s.data;
  const count = t().common_turns({ count: turns });
  return classMinutes === undefined ? t().exercise_scenario_option({ title, turns: count }) : t().exercise_scenario_option_minutes({ title, turns: count, minutes: classMinutes });
}
