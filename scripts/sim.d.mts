// Types of scripts/sim.mjs, for the tests.
export declare const ENTRIES: Record<string, string>;
/** The folder of the current bundles of `entries` (name: path under `root`), and whether this call made them. */
export declare function prepare(root?: string, cache?: string, entries?: Record<string, string>): Promise<{ dir: string; built: boolean }>;
/** V8 flags the launcher sets for the commands' threads. */
export declare const V8_FLAGS: readonly string[];
