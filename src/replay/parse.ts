// Turns untrusted text (a file, a link) into a checked Replay for a known scenario. Every way it can
// be wrong comes back as a message naming where: too large, not JSON (a truncated file), a field of
// the wrong shape, an unknown format version, another rules version (refused: the rules that made it
// are not in this build), an unknown scenario or other scenario data, an ill-formed command.
import { z } from 'zod';
import { DOCTRINES, RULES_VERSION, type Scenario, formatPath, jsonFault, parseCommand, shapeProblem } from '../engine';
import { type ReplayRefusal, replayRefusal } from './parseErrors';
import { MAX_REPLAY_BYTES, NOTES_LIMIT, REPLAY_FORMAT, REPLAY_VERSION, type Replay } from './format';
import { scenarioHash } from './scenarioHash';

export type ParseResult = { ok: true; replay: Replay; scenario: Scenario } | ReplayRefusal;

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

const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);

/** Parses the text of a replay file. `findScenario` looks a scenario id up among those this build has. */
export function parseReplayText(input: string, findScenario: (id: string) => Scenario | undefined): ParseResult {
  // Editors on Windows save UTF-8 with a byte-order mark; JSON.parse refuses it.
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text.length > MAX_REPLAY_BYTES) return replayRefusal('too_big', { mb: mb(text.length) });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const truncated = text.trim().length > 0 && !/[}\]]\s*$/.test(text);
    return replayRefusal('not_json', { truncated, detail: (e as Error).message, fault: jsonFault(text, e) });
  }
  return parseReplay(raw, findScenario);
}

export function parseReplay(raw: unknown, findScenario: (id: string) => Scenario | undefined): ParseResult {
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    const r = raw as Record<string, unknown>;
    if (r.format !== REPLAY_FORMAT) return replayRefusal('not_replay', { format: JSON.stringify(r.format) ?? 'missing', expected: REPLAY_FORMAT });
    if (typeof r.version === 'number' && r.version !== REPLAY_VERSION) {
      return replayRefusal('version', { version: r.version, reads: REPLAY_VERSION });
    }
  }
  const parsed = envelope.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return replayRefusal('malformed', { path: formatPath('', issue.path), shape: shapeProblem(issue), detail: issue.message });
  }
  const data = parsed.data;
  if (data.rulesVersion !== RULES_VERSION) {
    return replayRefusal('rules', { made: data.rulesVersion, plays: RULES_VERSION });
  }
  const scenario = findScenario(data.scenario.id);
  if (!scenario) return replayRefusal('unknown_scenario', { id: data.scenario.id });
  const hash = scenarioHash(scenario);
  if (hash !== data.scenario.hash) {
    return replayRefusal('scenario_data', { id: data.scenario.id, hash: data.scenario.hash, have: hash });
  }
  if (data.draws.length !== data.commands.length) {
    return replayRefusal('draws', { draws: data.draws.length, commands: data.commands.length });
  }
  const commands: Replay['commands'] = [];
  for (let i = 0; i < data.commands.length; i++) {
    const c = parseCommand(data.commands[i]);
    if (!c.ok) return replayRefusal('command', { path: `commands[${i}]${c.error.field ? `.${c.error.field}` : ''}`, detail: c.error.message, refusal: c.error.refusal });
    commands.push(c.command);
  }
  for (const [i, cp] of data.checkpoints.entries()) {
    if (cp.command > commands.length) return replayRefusal('checkpoint', { path: `checkpoints[${i}].command`, command: cp.command, last: commands.length });
  }
  return { ok: true, scenario, replay: { ...data, format: REPLAY_FORMAT, version: REPLAY_VERSION, commands } };
}
