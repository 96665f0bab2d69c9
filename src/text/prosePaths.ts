// The prose of a scenario or teaching kit by stable path, for the translation overlays
// (assets/scenarios/i18n, assets/kits/i18n; docs/i18n.md). A path names an element of a list by its
// `id` (or a kit's `inject`/`role`) where it has one, so a translation survives reordering:
// `units.tiger-1.name`, `injects.strike-16-sep.title`, `teams.russia.roles.hotline.duties.0`.
// Pure and dependency-free: the build's data check (scripts/builtinData.ts) imports it too.

/** Text that is not prose: ids, enum values, ISO dates, symbol codes. */
const NOT_PROSE = /^(?:[a-z0-9_-]*|\d{4}-\d{2}-\d{2})$/;
/** Keys whose strings are codes, not words: a bank is "E"/"W", a kit's check and measure name rungs and ids the review matches. */
const CODE_KEYS: ReadonlySet<string> = new Set(['sidc', 'banks', 'check', 'measure']);
/** Shown from messages (menu_scenario_<id>_title/_summary), which the start menu has before any overlay loads. */
const FROM_MESSAGES: ReadonlySet<string> = new Set(['title', 'summary']);

const elementKey = (item: unknown, index: number): string => {
  if (item && typeof item === 'object') {
    const o = item as Record<string, unknown>;
    for (const k of ['id', 'inject', 'role']) if (typeof o[k] === 'string') return o[k];
  }
  return String(index);
};

/** Every prose string of a scenario's or kit's data, by path. */
export function proseEntries(data: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, path: string, key: string): void => {
    if (typeof value === 'string') {
      if (!NOT_PROSE.test(value)) out.set(path, value);
      return;
    }
    if (CODE_KEYS.has(key)) return;
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, path ? `${path}.${elementKey(v, i)}` : elementKey(v, i), key));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (!path && FROM_MESSAGES.has(k)) continue;
        walk(v, path ? `${path}.${k}` : k, k);
      }
    }
  };
  walk(data, '', '');
  return out;
}

/** A translation overlay: prose path → text in one language. */
export type Overlay = Readonly<Record<string, string>>;

/**
 * A copy of `data` with each prose string the overlay translates replaced, when `english` (the
 * shipped text by path) says the string is still the one translated; anything else stays as written.
 */
export function translateData<T>(data: T, overlay: Overlay, english: ReadonlyMap<string, string>): T {
  const walk = (value: unknown, path: string, key: string): unknown => {
    if (typeof value === 'string') {
      const text = overlay[path];
      return text !== undefined && english.get(path) === value ? text : value;
    }
    if (CODE_KEYS.has(key)) return value;
    if (Array.isArray(value)) return value.map((v, i) => walk(v, path ? `${path}.${elementKey(v, i)}` : elementKey(v, i), key));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = walk(v, path ? `${path}.${k}` : k, k);
      return out;
    }
    return value;
  };
  return walk(data, '', '') as T;
}

/** What is wrong with an overlay for `data`: keys naming no prose, values not non-empty strings. */
export function overlayErrors(overlay: unknown, data: unknown): { path: string; message: string }[] {
  if (!overlay || typeof overlay !== 'object' || Array.isArray(overlay)) return [{ path: '(root)', message: 'expected an object of path → text' }];
  const prose = proseEntries(data);
  const errors: { path: string; message: string }[] = [];
  for (const [path, text] of Object.entries(overlay)) {
    if (!prose.has(path)) errors.push({ path, message: 'names no prose text in the English file' });
    else if (typeof text !== 'string' || text.trim() === '') errors.push({ path, message: `expected a non-empty string, got ${JSON.stringify(text)}` });
  }
  return errors;
}
