// Replays: record, verify, catch a desync where it happens, and refuse every kind of bad file with a
// message that says what is wrong.
import { describe, expect, it } from 'vitest';
import { RULES_VERSION } from '../../src/engine';
import { builtinScenario } from '../../src/scenarios';
import { MAX_REPLAY_BYTES, type Replay } from '../../src/replay/format';
import { gameCode, parseGameCode, readFragment, replayFragment } from '../../src/replay/link';
import { parseReplayText } from '../../src/replay/parse';
import { summarize } from '../../src/replay/summary';
import { verifyReplay } from '../../src/replay/verify';
import { fullGame, scenario } from './replayFixtures';

const text = (r: unknown): string => JSON.stringify(r);
const edited = (f: (r: Replay) => void): string => {
  const r = structuredClone(fullGame().replay);
  f(r);
  return text(r);
};
const refuse = (t: string): string => {
  const p = parseReplayText(t, builtinScenario);
  if (p.ok) throw new Error('expected the replay to be refused');
  return p.message;
};

describe('recording and verifying', () => {
  it('a recorded game verifies to the final hash of the game that was played', () => {
    const { replay, finalHash, commands } = fullGame();
    expect(replay.commands).toHaveLength(commands.length);
    expect(replay.checkpoints.map((c) => c.turn)).toEqual([...Array(20).keys()].map((i) => i + 1).concat([20]));
    const parsed = parseReplayText(text(replay), builtinScenario);
    expect(parsed.ok).toBe(true);
    const result = verifyReplay(scenario, parsed.ok ? parsed.replay : replay);
    expect(result.ok).toBe(true);
    expect(summarize(result.state, replay.commands.length).finalHash).toBe(finalHash);
  }, 60_000); // plays a whole game first

  it('a checkpoint that differs is a desync naming its turn and the command before it', () => {
    const { replay } = fullGame();
    const r = structuredClone(replay);
    const cp = r.checkpoints[7]!;
    cp.hash = cp.hash === '0000000000000000' ? '1111111111111111' : '0000000000000000';
    const result = verifyReplay(scenario, r);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.kind).toBe('desync');
    expect(result.turn).toBe(cp.turn);
    expect(result.command).toBe(cp.command);
    expect(result.message).toContain(`turn ${cp.turn}`);
    expect(result.message).toContain(`command #${cp.command}`);
  });

  it('a command whose dice differ from the record is caught at that command', () => {
    const r = structuredClone(fullGame().replay);
    const i = r.draws.findIndex((d, k) => k > 0 && d > r.draws[k - 1]!);
    r.draws[i] = r.draws[i]! + 1;
    const result = verifyReplay(scenario, r);
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.kind, result.command]).toEqual(['desync', i + 1]);
  });

  it('a command illegal at its point is named', () => {
    const r = structuredClone(fullGame().replay);
    const i = r.commands.findIndex((c) => c.type === 'move');
    r.commands.splice(i, 0, { type: 'move', unit: 'no-such-unit', to: { q: 0, r: 0 } });
    r.draws.splice(i, 0, 0);
    const result = verifyReplay(scenario, r);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.kind).toBe('illegal');
      expect(result.message).toMatch(new RegExp(`Command #${i + 1} \\(move no-such-unit`));
    }
  });
});

describe('bad replay files', () => {
  it('a truncated file', () => {
    const t = text(fullGame().replay);
    expect(refuse(t.slice(0, Math.floor(t.length / 2)))).toMatch(/not valid JSON \(the file looks cut short\)/);
  });
  it('a hand-edited field', () => {
    expect(refuse(edited((r) => { (r.checkpoints[2] as unknown as Record<string, unknown>).rngDraws = 'many'; }))).toMatch(/at checkpoints\[2\]\.rngDraws/);
    expect(refuse(edited((r) => { (r.commands[3] as unknown as Record<string, unknown>).type = 'teleport'; }))).toMatch(/at commands\[3\]\.type: unknown command type "teleport"/);
    expect(refuse(edited((r) => { r.draws.pop(); }))).toMatch(/at draws:/);
  });
  it('the wrong scenario hash or an unknown scenario', () => {
    expect(refuse(edited((r) => { r.scenario.hash = 'abcdefabcdefabcd'; }))).toMatch(/other data for scenario "deir-ez-zor-2017"/);
    expect(refuse(edited((r) => { r.scenario.id = 'raqqa-2017'; }))).toMatch(/scenario "raqqa-2017" is not in this build/);
  });
  it('an unknown format version, another rules version, another format', () => {
    expect(refuse(edited((r) => { (r as { version: number }).version = 9; }))).toMatch(/format version 9 is not known/);
    expect(refuse(edited((r) => { r.rulesVersion = RULES_VERSION + 1; }))).toMatch(new RegExp(`rules version ${RULES_VERSION + 1}.*refused`));
    expect(refuse(JSON.stringify({ format: 'deconfliction-save' }))).toMatch(/not a Deconfliction replay/);
  });
  it('a file over 5 MB', () => {
    expect(refuse(' '.repeat(MAX_REPLAY_BYTES + 1))).toMatch(/more than the 5 MB limit/);
  });
});

describe('links and game codes', () => {
  it('a replay link opens to the same game, at the turn it names', () => {
    const { replay, finalHash } = fullGame();
    const link = readFragment(replayFragment(replay, 7), builtinScenario);
    expect(link.kind).toBe('replay');
    if (link.kind !== 'replay' || !link.parsed.ok) throw new Error('link did not open');
    expect(link.turn).toBe(7);
    const result = verifyReplay(link.parsed.scenario, link.parsed.replay);
    expect(result.ok && summarize(result.state, 0).finalHash).toBe(finalHash);
  });
  it('malformed fragments say what is wrong', () => {
    const good = replayFragment(fullGame().replay);
    const bad = (h: string): string => {
      const r = readFragment(h, builtinScenario);
      if (r.kind === 'bad') return r.message;
      if (r.kind === 'replay' && !r.parsed.ok) return r.parsed.message;
      throw new Error(`expected ${h.slice(0, 30)} to be refused`);
    };
    expect(bad('#replay=@@@')).toMatch(/not base64url/);
    expect(bad(good.slice(0, good.length / 2))).toMatch(/cut short|damaged/);
    expect(bad(`${good}&turn=seven`)).toMatch(/not a turn number/);
    expect(bad('#replay=')).toMatch(/cut short|damaged|not valid JSON/);
    expect(readFragment('#map', builtinScenario).kind).toBe('none');
  });
  it('a game code carries the scenario and any seed', () => {
    expect(gameCode('deir-ez-zor-2017', 'k3x9q')).toBe('DEZ17-k3x9q');
    expect(parseGameCode('dez17-k3x9q')).toEqual({ ok: true, scenarioId: 'deir-ez-zor-2017', seed: 'k3x9q' });
    expect(parseGameCode(gameCode('deir-ez-zor-2017', 'a seed/with-odd chars'))).toEqual({ ok: true, scenarioId: 'deir-ez-zor-2017', seed: 'a seed/with-odd chars' });
    expect(parseGameCode('nonsense').ok).toBe(false);
  });
});
