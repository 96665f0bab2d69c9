// Runs a simulation command (`npm run sim`, `npm run history`, `npm run bench:ai`) from a bundle of its
// sources and of the worker's, made by esbuild once and kept in node_modules/.cache/deconfliction-sim/
// until one of the files that went into it changes. Under tsx each run compiled the command and bundled
// the worker again (about 1.5 s of CPU before the first game).
//   node scripts/sim.mjs <sim|history|bench-ai> [flags...]
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The commands it runs, by name: each is bundled beside the worker, which the pool starts from the same folder. */
export const ENTRIES = { sim: 'src/cli/sim.ts', history: 'src/cli/history.ts', 'bench-ai': 'src/cli/benchAi.ts', worker: 'src/sim/worker.ts' };

/**
 * V8 flags for the commands' threads, set before any of their code is compiled (worker threads share
 * them): a quarter of V8's default budget for inlining into one optimised function. By default the
 * optimiser inlined most of the engine into the AI's few large functions, which took longest to
 * compile and were compiled again after each deoptimisation. Issue 19, measured: the same results,
 * 13-20% less CPU for `npm run sim` (single thread: less warm-up and a quicker steady state).
 */
export const V8_FLAGS = ['--max-inlined-bytecode-size-cumulative=230'];

/** A bundle folder older than this is removed when another is made (a run may still be starting threads from it). */
const KEEP_MS = 60 * 60 * 1000;

/** sha256 of the files that went into a bundle, by path and content, and of this launcher; undefined when one is gone. */
function inputsHash(root, inputs) {
  const h = createHash('sha256');
  h.update(readFileSync(fileURLToPath(import.meta.url)));
  for (const path of inputs) {
    const file = resolve(root, path);
    if (!existsSync(file)) return undefined;
    h.update(`\0${path}\0`);
    h.update(readFileSync(file));
  }
  return h.digest('hex');
}

/**
 * The folder holding the bundles of `entries` (name: path under `root`), made now if none is current.
 * The manifest names the inputs of the last bundle; it is reused while their hash is the same.
 */
export async function prepare(root = ROOT, cache = join(root, 'node_modules/.cache/deconfliction-sim'), entries = ENTRIES) {
  const manifestFile = join(cache, 'manifest.json');
  if (existsSync(manifestFile)) {
    try {
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
      const hash = inputsHash(root, manifest.inputs);
      const dir = join(cache, String(hash));
      if (hash !== undefined && hash === manifest.hash && Object.keys(entries).every((name) => existsSync(join(dir, `${name}.mjs`)))) {
        return { dir, built: false };
      }
    } catch {
      // An unreadable manifest: bundle again.
    }
  }
  const esbuild = await import('esbuild');
  mkdirSync(cache, { recursive: true });
  const tmp = join(cache, `tmp-${process.pid}-${Date.now()}`);
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: Object.entries(entries).map(([out, path]) => ({ in: path, out })),
    outdir: tmp,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    // Bundled, the pool starts worker.mjs beside it and never bundles; tsx is for the sources only.
    external: ['esbuild', 'tsx'],
    metafile: true,
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs).sort();
  const hash = inputsHash(root, inputs);
  const dir = join(cache, hash);
  if (existsSync(dir)) rmSync(tmp, { recursive: true, force: true });
  else renameSync(tmp, dir);
  const manifestTmp = `${manifestFile}.${process.pid}.tmp`;
  writeFileSync(manifestTmp, `${JSON.stringify({ hash, inputs })}\n`);
  renameSync(manifestTmp, manifestFile);
  for (const old of readdirSync(cache)) {
    const path = join(cache, old);
    if (old !== hash && old !== 'manifest.json' && !old.endsWith('.tmp') && Date.now() - statSync(path).mtimeMs > KEEP_MS) rmSync(path, { recursive: true, force: true });
  }
  return { dir, built: true };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const name = process.argv[2];
  if (!name || name === 'worker' || !(name in ENTRIES)) {
    process.stderr.write(`usage: node scripts/sim.mjs <${Object.keys(ENTRIES).filter((n) => n !== 'worker').join('|')}> [flags...]\n`);
    process.exit(2);
  }
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
  const { dir } = await prepare(ROOT, process.env.DECONFLICTION_SIM_CACHE || undefined);
  // The command reads its flags from process.argv.slice(2), as when run by itself.
  process.argv.splice(2, 1);
  await import(pathToFileURL(join(dir, `${name}.mjs`)).href);
}
