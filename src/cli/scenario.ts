// npm run scenario -- validate FILE [--json]: checks a scenario file as the game loads it, and more
// (units on their power's bank, objectives some power can reach). Prints each error and warning with
// its JSON path. Exit code 0 for a playable file (warnings allowed), 2 for a broken one or bad usage.
import { readFileSync } from 'node:fs';
import { validateScenarioText } from '../scenarioFile';
import { type FlagSpec, UsageError, parseFlags, usage } from './args';

const COMMAND = 'npm run scenario -- validate FILE';
const spec: FlagSpec = {
  json: { kind: 'bool', help: 'print the report as JSON: {valid, errors, warnings}, each {path, message}' },
  help: { kind: 'bool', help: 'show this help' },
};

function run(argv: readonly string[]): number {
  const [verb, ...rest] = argv;
  const files = rest.filter((a) => !a.startsWith('--'));
  const flags = parseFlags(rest.filter((a) => a.startsWith('--')), spec);
  if (flags.help || verb === '--help') { process.stdout.write(`${usage(COMMAND, spec)}\n`); return 0; }
  if (verb !== 'validate') throw new UsageError(verb === undefined ? 'name a command: validate' : `unknown command "${verb}"; the one command is validate`);
  if (files.length !== 1) throw new UsageError(files.length === 0 ? 'name one scenario file' : `name one scenario file, not ${files.length}`);
  const file = files[0]!;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
    return 2;
  }
  const report = validateScenarioText(text);
  const valid = report.errors.length === 0;
  if (flags.json) {
    process.stdout.write(`${JSON.stringify({ file, valid, scenario: report.scenario?.id ?? null, errors: report.errors, warnings: report.warnings }, null, 2)}\n`);
  } else {
    const lines = [
      ...report.errors.map((e) => `error   ${e.path}: ${e.message}`),
      ...report.warnings.map((w) => `warning ${w.path}: ${w.message}`),
      valid
        ? `${file}: valid scenario ${report.scenario!.id} (${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'})`
        : `${file}: ${report.errors.length} error${report.errors.length === 1 ? '' : 's'}, ${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'}`,
    ];
    (valid ? process.stdout : process.stderr).write(`${lines.join('\n')}\n`);
  }
  return valid ? 0 : 2;
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  process.stderr.write(`npm run scenario: ${e.message}\n${usage(COMMAND, spec)}\n`);
  process.exitCode = 2;
}
