// npm run replay -- FILE [--json]: verifies a replay headless and prints its summary. Exit code 0 when
// it is valid, 1 on a desync (or a command illegal at its point), 2 on a file that cannot be read.
// npm run replay -- --record FILE [--seed S --coalition P --russia P --is P]: plays a game with the
// given policies and writes its replay (the golden replays under tests/golden are made so).
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { MAIN_SCENARIO_ID, builtinScenario } from '../scenarios';
import { playGame } from '../sim/play';
import { MAX_REPLAY_BYTES } from '../replay/format';
import { playerOf, replayFromCommands } from '../replay/fromCommands';
import { parseReplayText } from '../replay/parse';
import { summarize } from '../replay/summary';
import { verifyReplay } from '../replay/verify';
import { type FlagSpec, UsageError, parseFlags, usage } from './args';
import { loadRules } from '../match/rules';

const COMMAND = 'npm run replay --';
const spec: FlagSpec = {
  json: { kind: 'bool', help: 'print the summary as JSON' },
  record: { kind: 'string', help: 'play a game and write its replay to this file instead' },
  seed: { kind: 'string', default: '1', help: 'seed of the game to record' },
  coalition: { kind: 'string', default: 'ai:balanced', help: 'coalition policy for --record' },
  russia: { kind: 'string', default: 'ai:balanced', help: 'russia policy for --record' },
  is: { kind: 'string', default: 'ai:balanced', help: 'IS policy for --record' },
  help: { kind: 'bool', help: 'show this help' },
};

function fail(code: number, message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function record(flags: Record<string, string | number | boolean>): void {
  const scenario = builtinScenario(MAIN_SCENARIO_ID)!;
  const names = { coalition: String(flags.coalition), russia: String(flags.russia), is: String(flags.is) };
  const seed = String(flags.seed);
  const { commands } = playGame(scenario, seed, names);
  const players = { coalition: playerOf(names.coalition), russia: playerOf(names.russia), is: playerOf(names.is) };
  const replay = replayFromCommands(scenario, seed, players, commands);
  const path = String(flags.record);
  writeFileSync(`${path}.tmp`, `${JSON.stringify(replay)}\n`);
  renameSync(`${path}.tmp`, path);
  const verified = verifyReplay(scenario, replay);
  process.stdout.write(`wrote ${path}: ${verified.ok ? summarize(verified.state, commands.length).outcome : 'does not verify'}\n`);
}

function verifyFile(file: string, json: boolean): void {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (e) {
    fail(2, `${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (size > MAX_REPLAY_BYTES) fail(2, `${file}: ${(size / 1024 / 1024).toFixed(1)} MB is more than the 5 MB limit`);
  const parsed = parseReplayText(readFileSync(file, 'utf8'), builtinScenario);
  if (!parsed.ok) fail(2, `${file}: ${parsed.message}`);
  const result = verifyReplay(parsed.scenario, parsed.replay);
  const summary = summarize(result.state, result.ok ? parsed.replay.commands.length : result.command);
  if (json) {
    process.stdout.write(`${JSON.stringify(result.ok ? { valid: true, ...summary } : { valid: false, error: result.message, turn: result.turn, command: result.command }, null, 2)}\n`);
  } else if (result.ok) {
    process.stdout.write([
      `${file}: valid replay of ${parsed.replay.scenario.id}, seed ${parsed.replay.seed}`,
      `  outcome    ${summary.outcome}`, `  turns      ${summary.turns}`, `  max rung   ${summary.maxRung}`,
      `  incidents  ${summary.incidents}`, `  messages   ${summary.messages}`, `  commands   ${summary.commands}`,
      `  final hash ${summary.finalHash}`,
    ].join('\n') + '\n');
  } else {
    process.stderr.write(`${file}: ${result.message}\n`);
  }
  if (!result.ok) process.exitCode = 1;
}

function main(): void {
  const argv = process.argv.slice(2);
  const files = argv.filter((a, i) => !a.startsWith('--') && !(i > 0 && /^--(record|seed|coalition|russia|is)$/.test(argv[i - 1]!)));
  let flags;
  try {
    flags = parseFlags(argv.filter((a) => !files.includes(a)), spec);
    if (flags.help) { process.stdout.write(`${usage(`${COMMAND} FILE`, spec)}\n`); return; }
    if (flags.record !== undefined) { record(flags); return; }
    if (files.length !== 1) throw new UsageError(files.length === 0 ? 'name one replay file' : `name one replay file, not ${files.length}`);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    fail(2, `${COMMAND}: ${e.message}\n${usage(`${COMMAND} FILE`, spec)}`);
  }
  verifyFile(files[0]!, Boolean(flags.json));
}

// The engine's command rules first (src/match/rules.ts): verifying and recording apply commands.
void loadRules().then(main);
