// Build-only Vite plugin: the shipped scenario, map and teaching-kit files are checked when the app is built, by the
// same validator the command line and tests run (src/engine/validation.ts); an error fails the build
// with the validator's message, naming the file and each JSON path. Each file then ships as the
// validator's output (defaults filled in, text trimmed), and src/checkedData.ts is swapped for
// src/checkedData.build.ts, which takes it as checked: the browser needs no zod for built-in data.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';

// The validators are imported when the build starts (tsx compiles them), not bundled with Vite's config:
// the config stays small, and Vite's config loader has no extensionless imports to warn about.
// Their shapes, spelled out: naming the engine's own types would type-check the engine under the
// config's lib (tsconfig.vite.json), where its Sets differ.
type Errors = { path: string; message: string }[];
interface Validators {
  checkScenarioFiles(rawScenario: unknown, rawMap: unknown): { errors: Errors; data?: unknown; map?: { data: unknown } };
  trustedScenario(data: unknown, mapData: unknown): unknown;
  loadKit(raw: unknown, scenario: unknown): { ok: true; kit: unknown } | { ok: false; errors: Errors };
  overlayErrors(overlay: unknown, data: unknown): Errors;
}
const validators = async (): Promise<Validators> => {
  const load = (path: string): Promise<object> => tsImport(path, import.meta.url) as Promise<object>;
  return Object.assign({}, ...await Promise.all(['../src/engine/validation.ts', '../src/engine/index.ts', '../src/exercise/kit.ts', '../src/text/prosePaths.ts'].map(load))) as Validators;
};

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CHECKED = join(ROOT, 'src/checkedData.ts');
const CHECKED_BUILD = join(ROOT, 'src/checkedData.build.ts');

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const jsonFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f));

/**
 * Every scenario file checked with the map it names: the validator's output by file, or the errors.
 * A map ships as checked with the first scenario that uses it (the output is the same for each).
 */
export async function checkShippedData(assets = join(ROOT, 'assets')): Promise<{ output: Map<string, unknown>; errors: string[] }> {
  const { checkScenarioFiles, loadKit, overlayErrors, trustedScenario } = await validators();
  const maps = new Map(jsonFiles(join(assets, 'maps')).map((f) => [(readJson(f) as { id?: unknown }).id, f]));
  const output = new Map<string, unknown>();
  const errors: string[] = [];
  for (const file of jsonFiles(join(assets, 'scenarios'))) {
    const raw = readJson(file) as { map?: unknown };
    const mapFile = maps.get(raw.map);
    const name = relative(ROOT, file);
    if (!mapFile) { errors.push(`${name}: map: no file in maps/ has the id ${JSON.stringify(raw.map)}`); continue; }
    const checked = checkScenarioFiles(raw, readJson(mapFile));
    if (checked.errors.length > 0 || !checked.data || !checked.map) {
      errors.push(`${name} (with ${relative(ROOT, mapFile)}):\n${checked.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}`);
      continue;
    }
    output.set(file, checked.data);
    if (!output.has(mapFile)) output.set(mapFile, checked.map.data);
    // The scenario's teaching kit, checked against the scenario as the browser will build it.
    const kitFile = join(assets, 'kits', basename(file));
    if (!existsSync(kitFile)) continue;
    const kit = loadKit(readJson(kitFile), trustedScenario(checked.data, checked.map.data));
    if (kit.ok) output.set(kitFile, kit.kit);
    else errors.push(`${relative(ROOT, kitFile)} (with ${name}):\n${kit.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}`);
  }
  errors.push(...checkOverlays(assets, output, overlayErrors));
  return { output, errors };
}

const LANGUAGES = ['ru', 'ar'];

/**
 * The translation overlays (assets/scenarios/i18n, assets/kits/i18n: `<id>.<lang>.json`), each against
 * the checked English file it translates: a key naming no prose there, or a value that is not text,
 * is an error naming the file and the key.
 */
function checkOverlays(assets: string, output: Map<string, unknown>, overlayErrors: Validators['overlayErrors']): string[] {
  const errors: string[] = [];
  for (const folder of ['scenarios', 'kits']) {
    const dir = join(assets, folder, 'i18n');
    if (!existsSync(dir)) continue;
    for (const file of jsonFiles(dir)) {
      const name = relative(ROOT, file);
      const [id, lang, ...rest] = basename(file, '.json').split('.');
      const english = output.get(join(assets, folder, `${id}.json`));
      if (rest.length > 0 || !lang || !LANGUAGES.includes(lang)) { errors.push(`${name}: the name must be <id>.<${LANGUAGES.join('|')}>.json`); continue; }
      // An English file that failed its own check is named already; one that is missing, here.
      if (english === undefined) {
        if (!existsSync(join(assets, folder, `${id}.json`))) errors.push(`${name}: no ${folder}/${id}.json to translate`);
        continue;
      }
      let overlay: unknown;
      try { overlay = readJson(file); } catch (e) { errors.push(`${name}: ${(e as Error).message}`); continue; }
      const found = overlayErrors(overlay, english);
      if (found.length > 0) errors.push(`${name}:\n${found.map((e) => `  ${e.path}: ${e.message}`).join('\n')}`);
    }
  }
  return errors;
}

export function builtinData(): Plugin {
  let output = new Map<string, unknown>();
  return {
    name: 'builtin-data',
    apply: 'build',
    enforce: 'pre',
    async buildStart() {
      const checked = await checkShippedData();
      if (checked.errors.length > 0) this.error(`the shipped data files are invalid:\n${checked.errors.join('\n')}`);
      output = checked.output;
    },
    resolveId(source, importer) {
      if (!importer || !source.includes('checkedData')) return null;
      const target = resolve(dirname(importer), source);
      return target === CHECKED || `${target}.ts` === CHECKED ? CHECKED_BUILD : null;
    },
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!output.has(file)) return null;
      // Still JSON: Vite's JSON plugin, after this one, turns it into a module.
      return { code: JSON.stringify(output.get(file)), map: null };
    },
  };
}
