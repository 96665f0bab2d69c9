// Types for scripts/i18n.mjs (plain JavaScript, so that it runs before TypeScript is installed).
export const OUTDIR: string;
export function messageKeys(locale: string): string[];
export function compileMessages(options?: { force?: boolean; log?: (line: string) => void }): Promise<{ skipped: boolean; count?: number }>;
