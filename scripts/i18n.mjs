// Compiles messages/{en,ru,ar}.json into typed message modules in src/i18n/paraglide/ (gitignored),
// then splits each language's module into one module per message group (GROUPS below, by the key's
// prefix) in src/i18n/paraglide/groups/, so that a page loads only the chosen language and, of it, only
// the groups its screens need (src/i18n/messages.ts, docs/i18n.md).
// Run by `npm run i18n`, postinstall, scripts/ensure-deps.mjs and the Vite plugin (vite.config.ts).
//
// Offline, Paraglide's compiler cannot fetch a plugin from a URL and then "succeeds" with zero
// messages, so project.inlang/settings.json points at the plugin in node_modules, and this script
// fails unless every key of messages/en.json came out as a message function.
//
//   node scripts/i18n.mjs          compile (skipped when the inputs are unchanged since the last run)
//   node scripts/i18n.mjs --force  compile even if unchanged
//   node scripts/i18n.mjs --sort   rewrite messages/*.json with sorted keys, then compile
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PROJECT = join(ROOT, 'project.inlang');
const MESSAGES = join(ROOT, 'messages');
export const OUTDIR = join(ROOT, 'src/i18n/paraglide');
const STAMP = join(OUTDIR, '.inputs-hash');
const GROUPDIR = join(OUTDIR, 'groups');

/**
 * The message groups. An entry is a screen prefix (the part of a key before its first "_") or a longer
 * key prefix ("hotline_panel" holds hotline_panel_title); a key goes to the group of its longest entry
 * (an entry holds a key equal to it or beginning with it and "_"). The game page loads `game`, what its
 * first screen shows, before its first draw, and `play`, what a game shows once it runs (the hotline's
 * form and calls, refusals, the strike warning, the result, the replay's errors, saves, How to play),
 * after it; each screen loaded on demand loads its own group with its code (src/pages/game/main.ts).
 * A key that no entry holds fails the compile.
 */
export const GROUPS = {
  game: ['common', 'panel', 'map', 'ladder', 'banner', 'summary', 'brief', 'hud',
    // The hotline panel's frame and the share panel are on the first screen; the rest of their screens is not.
    'hotline_awaiting', 'hotline_close', 'hotline_open', 'hotline_panel', 'hotline_toggle', 'hotline_transcript',
    'replay_copy', 'replay_download', 'replay_game', 'replay_link', 'replay_same', 'replay_title', 'replay_undo'],
  play: ['error', 'dialog', 'strike', 'hotline', 'replay', 'result', 'howto', 'save', 'policy'],
  menu: ['menu'],
  exercise: ['exercise'],
  control: ['control'],
  tut: ['tut'],
  review: ['review'],
  class: ['class'],
};

/** Throws, naming the keys, if a key's prefix is in no group (a new screen's prefix needs one). */
export function checkGroups(keys) {
  const orphans = keys.filter((k) => groupOfKey(k) === undefined);
  if (orphans.length === 0) return;
  throw new Error(`i18n: ${orphans.length} key(s) of messages/en.json have a prefix that no message group holds: ${orphans.slice(0, 8).join(', ')}${orphans.length > 8 ? ', ...' : ''}. `
    + 'Add the prefix to a group in GROUPS (scripts/i18n.mjs) and to PREFIXES (tests/unit/i18n.test.ts); see docs/i18n.md.');
}

/** The group of a key, by its longest entry in GROUPS; undefined if no entry holds it. */
export function groupOfKey(key) {
  return groupOf(GROUPS, key);
}

/** The group of `key` in `groups` (GROUPS' shape): the group of the longest entry that holds it. */
export function groupOf(groups, key) {
  let best;
  let length = -1;
  for (const [group, entries] of Object.entries(groups)) {
    for (const e of entries) {
      if (e.length > length && (key === e || key.startsWith(`${e}_`))) [best, length] = [group, e.length];
    }
  }
  return best;
}

function settings() {
  return JSON.parse(readFileSync(join(PROJECT, 'settings.json'), 'utf8'));
}

/** The keys of one language's file (the "$schema" entry is not a message). */
export function messageKeys(locale) {
  const json = JSON.parse(readFileSync(join(MESSAGES, `${locale}.json`), 'utf8'));
  return Object.keys(json).filter((k) => k !== '$schema');
}

function inputsHash() {
  const h = createHash('sha256');
  h.update(readFileSync(join(PROJECT, 'settings.json')));
  h.update(readFileSync(join(ROOT, 'node_modules/@inlang/paraglide-js/package.json')));
  for (const f of readdirSync(MESSAGES).sort()) h.update(f).update(readFileSync(join(MESSAGES, f)));
  h.update(readFileSync(fileURLToPath(import.meta.url)));
  return h.digest('hex');
}

function sortFiles() {
  for (const f of readdirSync(MESSAGES).filter((f) => f.endsWith('.json'))) {
    const path = join(MESSAGES, f);
    const json = JSON.parse(readFileSync(path, 'utf8'));
    const sorted = Object.fromEntries(Object.keys(json).sort((a, b) => (a === '$schema' ? -1 : b === '$schema' ? 1 : a < b ? -1 : a > b ? 1 : 0)).map((k) => [k, json[k]]));
    writeFileSync(path, `${JSON.stringify(sorted, null, 2)}\n`);
  }
}

/** Compiles unless the inputs are unchanged; throws if a message is missing from the output. */
export async function compileMessages({ force = false, log = console.log } = {}) {
  const hash = inputsHash();
  if (!force && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) return { skipped: true };
  const { compile } = await import('@inlang/paraglide-js');
  const { baseLocale, locales } = settings();
  await compile({
    project: PROJECT,
    outdir: OUTDIR,
    // One module per language (messages/en.js, ru.js, ar.js): src/i18n/messages.ts imports the chosen one.
    outputStructure: 'locale-modules',
    emitTsDeclarations: true,
    emitReadme: false,
    emitPrettierIgnore: false,
    // The game sets the language itself (src/ui/language.ts); Paraglide's runtime is not used.
    strategy: ['globalVariable', 'baseLocale'],
  });
  // The guard: each language's module must export exactly the base language's keys.
  const expected = messageKeys(baseLocale);
  checkGroups(expected);
  for (const locale of locales) {
    const mod = await import(`${pathToFileURL(join(OUTDIR, 'messages', `${locale}.js`)).href}?t=${Date.now()}`);
    const compiled = Object.keys(mod).filter((k) => typeof mod[k] === 'function');
    if (compiled.length !== expected.length) {
      throw new Error(`i18n: ${compiled.length} messages compiled for "${locale}", but messages/${baseLocale}.json has ${expected.length} keys. `
        + 'The inlang plugin probably failed to load: check "modules" in project.inlang/settings.json points at node_modules/@inlang/plugin-message-format.');
    }
    const missing = locale === baseLocale ? [] : expected.filter((k) => !messageKeys(locale).includes(k));
    if (missing.length > 0) log(`i18n: messages/${locale}.json lacks ${missing.length} key(s), shown in English for now: ${missing.slice(0, 8).join(', ')}${missing.length > 8 ? ', ...' : ''}`);
  }
  await writeGroups(locales, expected);
  writeFileSync(STAMP, hash);
  log(`i18n: compiled ${expected.length} messages for ${locales.join(', ')} into src/i18n/paraglide/`);
  return { skipped: false, count: expected.length };
}

/** Splits one compiled language module into its message functions, by key (each `export const key = ...` block). */
function splitModule(text, file) {
  const importLine = 'import * as registry from "../registry.js"';
  const at = text.indexOf(importLine);
  if (at < 0) throw new Error(`i18n: ${file} has no "${importLine}" line: Paraglide's output changed; update splitModule in scripts/i18n.mjs`);
  const blocks = new Map();
  for (const block of text.slice(at + importLine.length).split(/^(?=export const )/m)) {
    const m = /^export const ([A-Za-z0-9_]+) = /.exec(block);
    if (m) blocks.set(m[1], block.trimEnd());
    else if (block.trim() !== '') throw new Error(`i18n: ${file} holds code outside a message function: Paraglide's output changed; update splitModule in scripts/i18n.mjs`);
  }
  return blocks;
}

/**
 * Writes groups/<locale>-<group>.js for each language and group, and groups/index.js: each group's
 * loader (a literal dynamic import, so the bundler makes one chunk per language and group) and the
 * prefix table. The guard: every key of the base language in exactly one group of every language.
 */
async function writeGroups(locales, expected) {
  rmSync(GROUPDIR, { recursive: true, force: true });
  mkdirSync(GROUPDIR, { recursive: true });
  for (const locale of locales) {
    const file = join(OUTDIR, 'messages', `${locale}.js`);
    const blocks = splitModule(readFileSync(file, 'utf8'), file);
    const written = [];
    for (const group of Object.keys(GROUPS)) {
      const keys = expected.filter((k) => groupOfKey(k) === group);
      const lost = keys.filter((k) => !blocks.has(k));
      if (lost.length > 0) throw new Error(`i18n: ${file} lacks ${lost.slice(0, 8).join(', ')}`);
      writeFileSync(join(GROUPDIR, `${locale}-${group}.js`), `/* eslint-disable */\nimport * as registry from "../registry.js"\n\n${keys.map((k) => blocks.get(k)).join('\n\n')}\n`);
      const mod = await import(`${pathToFileURL(join(GROUPDIR, `${locale}-${group}.js`)).href}?t=${Date.now()}`);
      written.push(...Object.keys(mod).filter((k) => typeof mod[k] === 'function'));
    }
    if (written.length !== expected.length || new Set(written).size !== expected.length) {
      throw new Error(`i18n: ${written.length} messages split into groups for "${locale}", but messages/en.json has ${expected.length} keys`);
    }
  }
  const names = Object.keys(GROUPS);
  const loaders = locales.map((l) => `  ${l}: {\n${names.map((g) => `    ${g}: () => import('./${l}-${g}.js'),`).join('\n')}\n  },`).join('\n');
  writeFileSync(join(GROUPDIR, 'index.js'), `/* eslint-disable */\n// Generated by scripts/i18n.mjs: the message groups, each language's loader per group (literal paths).\n`
    + `export const GROUPS = ${JSON.stringify(GROUPS)};\n\nexport const LOADERS = {\n${loaders}\n};\n`);
  writeFileSync(join(GROUPDIR, 'index.d.ts'), `/* eslint-disable */\nexport type MessageGroup = ${names.map((g) => JSON.stringify(g)).join(' | ')};\n`
    + 'export const GROUPS: Readonly<Record<MessageGroup, readonly string[]>>;\n'
    + `export const LOADERS: Readonly<Record<${locales.map((l) => JSON.stringify(l)).join(' | ')}, Readonly<Record<MessageGroup, () => Promise<Record<string, unknown>>>>>>;\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--sort')) sortFiles();
  compileMessages({ force: process.argv.includes('--force') || process.argv.includes('--sort') }).catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
