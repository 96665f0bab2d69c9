// Types for scripts/i18n.mjs (plain JavaScript, so that it runs before TypeScript is installed).
export const OUTDIR: string;
export function messageKeys(locale: string): string[];
export function compileMessages(options?: { force?: boolean; log?: (line: string) => void }): Promise<{ skipped: boolean; count?: number }>;
/** The message groups: group name to the key prefixes it holds (a key goes to its longest entry's group). */
export const GROUPS: Readonly<Record<string, readonly string[]>>;
export function groupOfKey(key: string): string | undefined;
/** The group of `key` in `groups` (GROUPS' shape): that of the longest entry equal to the key or a prefix of it ending before a "_". */
export function groupOf(groups: Readonly<Record<string, readonly string[]>>, key: string): string | undefined;
/** Throws, naming them, if some keys' prefixes are in no group. */
export function checkGroups(keys: readonly string[]): void;
