// Turns untrusted text (a file, a link) into a checked Replay for a known scenario. Every way it can
// be wrong comes back as a message naming where: too large, not JSON (a truncated file), a field of
// the wrong shape, an unknown format version, another rules version (refused: the rules that made it
// are not in this build), an unknown scenario or other scenario data, an ill-formed command.
import { z } from 'zod';
import { DOCTRINES, RULES_VERSION, type Scenario, formatPath, parseCommand } from '../engine';
import { MAX_REPLAY_BYTES, NOTES_LIMIT, REPLAY_FORMAT, REPLAY_VERSION, type Replay } from './format';
import { scenarioHash } from './scenarioHash';

export type ParseResult = { ok: true; replay: Replay; scenario: Scenario } | { ok: false; message: string };

const int = z.number().int().min(0);
const player = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('human') }),
  z.strictObject({ kind: z.literal('ai'), policy: z.string().min(1).max(40), doctrine: z.enum(DOCTRINES).optional() }),
]);
const envelope = z.strictObject({
  format: z.literal(REPLAY_FORMAT),
  version: int,
  rulesVersion: int,
  scenario: z.strictObject({ id: z.string().min(1).max(100), hash: z.string().regex(/^[0-9a-f]{16}$/, 'expected 16 hex digits') }),
  seed: z.string().max(200),
  players: z.strictObject({ coalition: player, russia: player, is: player }),
  commands: z.array(z.unknown()),
  draws: z.array(int),
  checkpoints: z.array(z.strictObject({ turn: int, command: int, hash: z.string().regex(/^[0-9a-f]{16}$/, 'expected 16 hex digits'), rngDraws: int })).min(1),
  notes: z.array(z.strictObject({ turn: int.max(1000), text: z.string().min(1).max(NOTES_LIMIT.chars) })).max(NOTES_LIMIT.count).optional(),
});

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Parses the text of a replay file. `findScenario` looks a scenario id up among those this build has. */
export function parseReplayText(input: string, findScenario: (id: string) => Scenario | undefined): ParseResult {
  // Editors on Windows save UTF-8 with a byte-order mark; JSON.parse refuses it.
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text.length > MAX_REPLAY_BYTES) return { ok: false, message: `The replay is ${mb(text.length)}: more than the 5 MB limit.` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const truncated = text.trim().length > 0 && !/[}\]]\s*$/.test(text);
    return { ok: false, message: `The replay is not valid JSON${truncated ? ' (the file looks cut short)' : ''}: ${(e as Error).message}.` };
  }
  return parseReplay(raw, findScenario);
}

export function parseReplay(raw: unknown, findScenario: (id: string) => Scenario | undefined): ParseResult {
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    const r = raw as Record<string, unknown>;
    if (r.format !== REPLAY_FORMAT) return { ok: false, message: `This is not a Deconfliction replay: "format" is ${JSON.stringify(r.format) ?? 'missing'}, expected "${REPLAY_FORMAT}".` };
    if (typeof r.version === 'number' && r.version !== REPLAY_VERSION) {
      return { ok: false, message: `Replay format version ${r.version} is not known to this build, which reads version ${REPLAY_VERSION}.` };
    }
  }
  const parsed = envelope.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, message: `The replay is malformed at ${formatPath('', issue.path)}: ${issue.message}.` };
  }
  const data = parsed.data;
  if (data.rulesVersion !== RULES_VERSION) {
    return { ok: false, message: `The replay was made under rules version ${data.rulesVersion}; this build plays rules version ${RULES_VERSION} and would not give the same game, so it is refused.` };
  }
  const scenario = findScenario(data.scenario.id);
  if (!scenario) return { ok: false, message: `The replay's scenario "${data.scenario.id}" is not in this build.` };
  const hash = scenarioHash(scenario);
  if (hash !== data.scenario.hash) {
    return { ok: false, message: `The replay was made on other data for scenario "${data.scenario.id}" (hash ${data.scenario.hash}; this build has ${hash}).` };
  }
  if (data.draws.length !== data.commands.length) {
    return { ok: false, message: `The replay is malformed at draws: ${data.draws.length} entries for ${data.commands.length} commands.` };
  }
  const commands: Replay['commands'] = [];
  for (let i = 0; i < data.commands.length; i++) {
    const c = parseCommand(data.commands[i]);
    if (!c.ok) return { ok: false, message: `The replay is malformed at commands[${i}]${c.error.field ? `.${c.error.field}` : ''}: ${c.error.message}.` };
    commands.push(c.command);
  }
  for (const [i, cp] of data.checkpoints.entries()) {
    if (cp.command > commands.length) return { ok: false, message: `The replay is malformed at checkpoints[${i}].command: ${cp.command} is past the last command (${commands.length}).` };
  }
  return { ok: true, scenario, replay: { ...data, format: REPLAY_FORMAT, version: REPLAY_VERSION, commands } };
}
