// The game's words in the chosen language. Each language is split into message groups by the keys'
// prefixes (scripts/i18n.mjs, docs/i18n.md), each its own module loaded on demand (dynamic import), so
// a page downloads only the language it shows and, of it, the groups its screens need. Message
// functions are typed from the compiled messages; call them as `t().menu_new_game()`.
import type * as Bundles from './paraglide/messages/_index.js';
import { GROUPS, LOADERS, type MessageGroup } from './paraglide/groups/index.js';
import { isolateSigned } from './bidi';

export type { MessageGroup };

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

/** Every group: what a page that does not choose loads (the class pages, workers, tests). */
export const ALL_GROUPS = Object.keys(GROUPS) as MessageGroup[];

/** The group holding a key: that of its longest entry in GROUPS (scripts/i18n.mjs); undefined for none. */
export function groupOfKey(key: string): MessageGroup | undefined {
  let best: MessageGroup | undefined;
  let length = -1;
  for (const g of ALL_GROUPS) {
    for (const e of GROUPS[g]) {
      if (e.length > length && (key === e || key.startsWith(`${e}_`))) [best, length] = [g, e.length];
    }
  }
  return best;
}

/** The loaded language: its loaded groups' functions, and t()'s view of them. */
interface Current { locale: Locale; groups: Set<MessageGroup>; fns: Record<string, unknown>; messages: Messages }
let current: Current | undefined;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function isRtl(locale: Locale): boolean {
  return RTL.includes(locale);
}

async function loadGroups(locale: Locale, groups: readonly MessageGroup[]): Promise<Record<string, unknown>> {
  const mods = await Promise.all(groups.map((g) => LOADERS[locale][g]()));
  return Object.assign({}, ...mods) as Record<string, unknown>;
}

/** Loads all of a language's messages (without making it current). */
export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await loadGroups(locale, ALL_GROUPS)) as Messages;
}

/**
 * t()'s view of the loaded functions: a key of a group not loaded throws, naming the key and its
 * group, rather than showing nothing (a screen loaded on demand must load its group: loadMessageGroups).
 */
function guarded(fns: Record<string, unknown>, locale: Locale): Messages {
  // Right to left: each message's signed numbers and hex references are isolated (bidi.ts).
  const rtl = isRtl(locale);
  const wrapped = new Map<string, unknown>();
  return new Proxy(fns, {
    get(target, key) {
      if (typeof key === 'string' && rtl && Object.hasOwn(target, key) && typeof target[key] === 'function') {
        let w = wrapped.get(key);
        if (!w) {
          const fn = target[key] as (...a: unknown[]) => string;
          w = (...a: unknown[]): string => isolateSigned(fn(...a));
          wrapped.set(key, w);
        }
        return w;
      }
      if (typeof key !== 'string' || Object.hasOwn(target, key)) return target[key as string];
      const group = groupOfKey(key);
      throw new Error(group
        ? `i18n: message "${key}" is in the group "${group}", which this page has not loaded (${locale}): load it with the screen that shows it (loadMessageGroups, src/i18n/messages.ts)`
        : `i18n: no message "${key}": its prefix is in no message group (scripts/i18n.mjs)`);
    },
  }) as unknown as Messages;
}

/** Loads a language (all its groups, or only `groups`) and makes it the one `t()` speaks. */
export async function useLocale(locale: Locale, groups: readonly MessageGroup[] = ALL_GROUPS): Promise<void> {
  const fns = await loadGroups(locale, groups);
  current = { locale, groups: new Set(groups), fns, messages: guarded(fns, locale) };
}

/** Loads more groups of the current language (a screen loaded on demand, before it shows text). */
export async function loadMessageGroups(...groups: MessageGroup[]): Promise<void> {
  const now = current;
  if (!now) throw new Error('i18n: no language loaded yet: await useLocale() (or chooseLanguage() in src/ui/language.ts) first');
  const missing = groups.filter((g) => !now.groups.has(g));
  if (missing.length === 0) return;
  Object.assign(now.fns, await loadGroups(now.locale, missing));
  for (const g of missing) now.groups.add(g);
}

/** Whether the current language's `group` is loaded (a panel that may open before its group arrives). */
export function hasMessageGroup(group: MessageGroup): boolean {
  return current?.groups.has(group) ?? false;
}

/** A module loaded on demand together with the message groups it shows (in parallel). */
export async function withMessages<M>(groups: readonly MessageGroup[], load: () => Promise<M>): Promise<M> {
  const [mod] = await Promise.all([load(), loadMessageGroups(...groups)]);
  return mod;
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
  const fns = { ...messages } as Record<string, unknown>;
  current = { locale, groups: new Set(ALL_GROUPS), fns, messages: guarded(fns, locale) };
}
