// Compiles messages/{en,ru,ar}.json into typed message modules in src/i18n/paraglide/ (gitignored),
// one module per language so that a page loads only the chosen one (src/i18n/messages.ts).
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
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PROJECT = join(ROOT, 'project.inlang');
const MESSAGES = join(ROOT, 'messages');
export const OUTDIR = join(ROOT, 'src/i18n/paraglide');
const STAMP = join(OUTDIR, '.inputs-hash');

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
  writeFileSync(STAMP, hash);
  log(`i18n: compiled ${expected.length} messages for ${locales.join(', ')} into src/i18n/paraglide/`);
  return { skipped: false, count: expected.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--sort')) sortFiles();
  compileMessages({ force: process.argv.includes('--force') || process.argv.includes('--sort') }).catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
