// A small flag parser for the command-line tools: `--name value`, `--flag`, with a typed spec and
// errors that say which flag is wrong. Exit code 2 for bad usage, as Unix tools do.
import { loadRules } from '../match/rules';

export type FlagSpec = Record<string, { kind: 'string' | 'int' | 'bool'; default?: string | number | boolean; help: string }>;
export type Flags = Record<string, string | number | boolean>;

export class UsageError extends Error {}

export function parseFlags(argv: readonly string[], spec: FlagSpec): Flags {
  const flags: Flags = {};
  for (const [name, s] of Object.entries(spec)) {
    if (s.default !== undefined) flags[name] = s.default;
    // `npm run sim --json` (without the `--` separator) reaches us only as npm's config variable.
    if (s.kind === 'bool' && process.env[`npm_config_${name}`] === 'true') flags[name] = true;
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}"`);
    const [rawName, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    const s = spec[rawName];
    if (!s) throw new UsageError(`unknown flag --${rawName}`);
    if (s.kind === 'bool') { flags[rawName] = true; continue; }
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`--${rawName} needs a value`);
    if (s.kind === 'int') {
      if (!/^-?\d+$/.test(value)) throw new UsageError(`--${rawName} must be a whole number, got "${value}"`);
      flags[rawName] = Number(value);
    } else flags[rawName] = value;
  }
  return flags;
}

export function usage(command: string, spec: FlagSpec): string {
  const lines = Object.entries(spec).map(([name, s]) => {
    const value = s.kind === 'bool' ? '' : ` <${s.kind === 'int' ? 'n' : 'value'}>`;
    const def = s.default !== undefined && s.kind !== 'bool' ? ` (default ${s.default})` : '';
    return `  --${name}${value}`.padEnd(28) + s.help + def;
  });
  return `usage: ${command} [flags]\n${lines.join('\n')}`;
}

/** Runs `main` (which may be async), turning a UsageError into a message, the usage text and exit code 2. */
export function runCli(command: string, spec: FlagSpec, main: (flags: Flags) => void | Promise<void>): void {
  const bad = (e: unknown): void => {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`${command}: ${e.message}\n${usage(command, spec)}\n`);
    process.exitCode = 2;
  };
  try {
    const flags = parseFlags(process.argv.slice(2), spec);
    // Every command plays or replays games: the engine's command rules first (src/match/rules.ts).
    const done = loadRules().then(() => main(flags));
    done.catch((e: unknown) => { try { bad(e); } catch (err) { process.stderr.write(`${String((err as Error).stack ?? err)}\n`); process.exitCode = 1; } });
  } catch (e) {
    bad(e);
  }
}
