// The game's words in the chosen language. Each language is its own module, loaded on demand
// (dynamic import), so a page downloads only the language it shows. Message functions are typed from
// the compiled messages (scripts/i18n.mjs); call them as `t().menu_new_game()`.
import type * as Bundles from './paraglide/messages/_index.js';

export const LOCALES = ['en', 'ru', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export const BASE_LOCALE: Locale = 'en';

/** Languages written right to left. */
const RTL: readonly Locale[] = ['ar'];

type BundleFn<F> = F extends (...args: infer P) => unknown
  ? P extends [infer I, ...unknown[]] ? (inputs: I) => string : (inputs?: NonNullable<P[0]>) => string
  : never;
/** One function per key of messages/en.json; inputs as the message declares them. */
export type Messages = { readonly [K in keyof typeof Bundles as (typeof Bundles)[K] extends (...a: never[]) => unknown ? K : never]: BundleFn<(typeof Bundles)[K]> };
export type MessageKey = keyof Messages;

// Literal paths, so the bundler makes one chunk per language.
const LOADERS: Record<Locale, () => Promise<unknown>> = {
  en: () => import('./paraglide/messages/en.js'),
  ru: () => import('./paraglide/messages/ru.js'),
  ar: () => import('./paraglide/messages/ar.js'),
};

let current: { locale: Locale; messages: Messages } | undefined;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function isRtl(locale: Locale): boolean {
  return RTL.includes(locale);
}

/** Loads a language's messages (without making it current). */
export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await LOADERS[locale]()) as Messages;
}

/** Loads a language and makes it the one `t()` speaks. */
export async function useLocale(locale: Locale): Promise<void> {
  const messages = await loadMessages(locale);
  current = { locale, messages };
}

/** The current language's messages. A page calls useLocale (src/ui/language.ts) before drawing. */
export function t(): Messages {
  if (!current) throw new Error('i18n: no language loaded yet: await useLocale() (or chooseLanguage() in src/ui/language.ts) before showing text');
  return current.messages;
}

/** The current language (English until one is loaded). */
export function currentLocale(): Locale {
  return current?.locale ?? BASE_LOCALE;
}

/**
 * A record whose values are read from the current language each time (getters), for tables that
 * callers index like constants: `POWER_NAME[p]`. Each value is a message function's result.
 */
export function translatedRecord<K extends string>(entries: Readonly<Record<K, (m: Messages) => string>>): Readonly<Record<K, string>> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(entries) as K[]) Object.defineProperty(out, key, { enumerable: true, get: () => entries[key](t()) });
  return out;
}

/** Makes already-loaded messages current (a worker or a Node tool that imports a language statically). */
export function setMessages(locale: Locale, messages: Messages): void {
  current = { locale, messages };
}
