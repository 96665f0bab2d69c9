// Zod probes `new Function` once to pick a compiled fast path. Under the pages' Content-Security-Policy
// (no eval) the probe fails harmlessly but is still reported as a violation, so the pages turn it off.
// Imported first by each page's entry, before anything parses. Results are the same either way.
// It sets zod's global config (zod/v4/core/core.js keeps it on globalThis.__zod_globalConfig, and
// config() writes there) without importing zod, which the game page loads only for data from outside.
const g = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
g.__zod_globalConfig = Object.assign(g.__zod_globalConfig ?? {}, { jitless: true });
