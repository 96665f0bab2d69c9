// Numbers and dates for the current language, through Intl. Russian groups thousands with a space.
// Arabic is written with Western digits (nu-latn) in every browser: the numbers that messages put in
// their sentences, the map's labels, seeds and codes are Western digits too, and one sentence should not
// mix two kinds (docs/i18n.md). Engines differ on plain "ar" (some give Arabic-Indic digits).
import { formatDate as englishGameDate } from '../engine/core';
import { type Locale, currentLocale } from './messages';

const INTL_TAG: Readonly<Record<Locale, string>> = { en: 'en', ru: 'ru', ar: 'ar-u-nu-latn' };

/** The Intl locale tag for the current language. */
export function intlLocale(): string {
  return INTL_TAG[currentLocale()];
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${currentLocale()}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(intlLocale(), options)));
  return f;
}

/** A whole or decimal number: 1,234 / 1 234 / 1,234. */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return numberFormat(options).format(n);
}

/** A share as a percentage: formatPercent(0.25) is 25% / 25 % / 25%. */
export function formatPercent(share: number, maximumFractionDigits = 0): string {
  return numberFormat({ style: 'percent', maximumFractionDigits }).format(share);
}

/**
 * Arabic month names as the game's Arabic texts write them: the Levantine name, then the one Intl gives
 * ("أيلول/سبتمبر"), as Syrian and UN Arabic do; Intl alone gives "سبتمبر", so one menu showed both.
 */
const LEVANTINE: Readonly<Record<string, string>> = {
  يناير: 'كانون الثاني', فبراير: 'شباط', مارس: 'آذار', أبريل: 'نيسان', مايو: 'أيار', يونيو: 'حزيران',
  يوليو: 'تموز', أغسطس: 'آب', سبتمبر: 'أيلول', أكتوبر: 'تشرين الأول', نوفمبر: 'تشرين الثاني', ديسمبر: 'كانون الأول',
};
const joinParts = (parts: readonly Intl.DateTimeFormatPart[]): string =>
  parts.map((p) => (p.type === 'month' && Object.hasOwn(LEVANTINE, p.value) ? `${LEVANTINE[p.value]}/${p.value}` : p.value)).join('');

/** A calendar date (the scenario's dates and the class's records): 14 September 2017 in each language. */
export function formatDate(date: Date | number, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  const f = new Intl.DateTimeFormat(intlLocale(), options);
  return currentLocale() === 'ar' ? joinParts(f.formatToParts(date)) : f.format(date);
}

/** A range of dates, "9–11 сентября 2017 г.", with the month written as formatDate writes it. */
export function formatDateRange(from: Date | number, to: Date | number, options: Intl.DateTimeFormatOptions): string {
  const f = new Intl.DateTimeFormat(intlLocale(), options);
  return currentLocale() === 'ar' ? joinParts(f.formatRangeToParts(from, to)) : f.formatRange(from, to);
}

/** A date with the time of day. */
export function formatDateTime(date: Date | number): string {
  return formatDate(date, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A list: "a, b and c" / "a, b и c" / "a وb وc". */
export function formatList(items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
  return new Intl.ListFormat(intlLocale(), { style: 'long', type }).format(items);
}

/** A game date (ISO, from the engine's calendar): "9 Sep 2017" / "9 сентября 2017 г." / "9 سبتمبر 2017". */
export function formatGameDate(iso: string): string {
  if (currentLocale() === 'en') return englishGameDate(iso);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return formatDate(Date.UTC(y, m - 1, d, 12), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
