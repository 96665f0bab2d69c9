// Which language the page speaks: ?lang= (an exercise link's, or a teacher's) over the player's kept
// choice over the browser's languages over English. Sets <html lang dir> (Arabic is right to left)
// and loads only that language's messages (src/i18n/messages.ts).
import { ALL_GROUPS, BASE_LOCALE, LOCALES, type Locale, type MessageGroup, isLocale, isRtl, t, useLocale } from '../i18n/messages';
import { el } from './dom';

export const LANGUAGE_STORAGE_KEY = 'deconfliction.language';
export const LANGUAGE_PARAM = 'lang';

/** Each language named in itself, so a player who reads only that one can find it. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', ru: 'Русский', ar: 'العربية' };

/** The first supported language of a list of BCP 47 tags ("ru-RU" is Russian), or undefined. */
function fromTags(tags: readonly string[]): Locale | undefined {
  for (const tag of tags) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLocale(primary)) return primary;
  }
  return undefined;
}

/** The choice order, apart from the browser so that it can be tested. */
export function pickLanguage(search: string, stored: string | null, browserLanguages: readonly string[]): Locale {
  const param = new URLSearchParams(search).get(LANGUAGE_PARAM);
  return fromTags(param ? [param] : []) ?? (isLocale(stored) ? stored : undefined) ?? fromTags(browserLanguages) ?? BASE_LOCALE;
}

function storedChoice(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // storage blocked: the browser's language decides
  }
}

/** Sets <html lang dir> for a language. */
export function applyDirection(locale: Locale, root: HTMLElement = document.documentElement): void {
  root.lang = locale;
  root.dir = isRtl(locale) ? 'rtl' : 'ltr';
}

/**
 * Every page calls this before drawing: picks the language, loads its messages (all groups, or the
 * page's first screens' `groups`), sets lang and dir.
 */
export async function chooseLanguage(groups: readonly MessageGroup[] = ALL_GROUPS): Promise<Locale> {
  const locale = pickLanguage(location.search, storedChoice(), navigator.languages ?? [navigator.language]);
  await useLocale(locale, groups);
  applyDirection(locale);
  return locale;
}

/** `url` with lang=locale set (exercise links carry the language they were made in). */
export function withLanguage(url: string, locale: Locale): string {
  const u = new URL(url);
  u.searchParams.set(LANGUAGE_PARAM, locale);
  return u.href;
}

/** The player's choice: kept, and the page reloads in it (an explicit ?lang= gives way to it). */
export function switchLanguage(locale: Locale): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, locale);
  } catch {
    // not kept, but this load still switches through the address
  }
  const url = new URL(location.href);
  url.searchParams.set(LANGUAGE_PARAM, locale);
  location.replace(url.href);
}

/** The menu's language picker: a labelled <select> of the languages, each in its own name. */
export function languagePicker(current: Locale): HTMLElement {
  const select = el('select', { id: 'language', name: 'language' },
    ...LOCALES.map((l) => el('option', { value: l, lang: l, selected: l === current }, LANGUAGE_NAMES[l])));
  select.addEventListener('change', () => { if (isLocale(select.value) && select.value !== current) switchLanguage(select.value); });
  return el('div', { class: 'language-picker' }, el('label', { for: 'language', class: 'field-label' }, t().menu_language()), select);
}
