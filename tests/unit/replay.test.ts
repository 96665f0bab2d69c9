// Replays: record, verify, catch a desync where it happens, and refuse every kind of bad file with a
// message that says what is wrong.
import { describe, expect, it } from 'vitest';
import { type Command, type GameState, RULES_VERSION, applyCommand, hashState, newGame } from '../../src/engine';
import { builtinScenario } from '../../src/scenarios';
import { MAX_REPLAY_BYTES, type Replay } from '../../src/replay/format';
import { gameCode, parseGameCode, readFragment, replayFragment } from '../../src/replay/link';
import { parseReplayText } from '../../src/replay/parse';
import { summarize } from '../../src/replay/summary';
import { verifyReplay } from '../../src/replay/verify';
import { playGame } from '../../src/sim/play';
import { replayFromCommands } from '../../src/replay/fromCommands';
import { PLAYERS, fullGame, scenario } from './replayFixtures';

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
  });

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

describe('the last checkpoint', () => {
  it('a replay cut mid-turn ends with a checkpoint at its last command and verifies', () => {
    const { commands } = playGame(scenario, 'mid-game', { coalition: 'advance', russia: 'reckless', is: 'hold' });
    const cut = commands.findIndex((c, i) => i > 20 && c.type === 'move') + 1;
    const replay = replayFromCommands(scenario, 'mid-game', PLAYERS, commands.slice(0, cut));
    expect(replay.checkpoints.at(-1)!.command).toBe(cut);
    expect(verifyReplay(scenario, replay).ok).toBe(true);
  });

  it('removing the last checkpoint and changing or dropping the last commands is refused, naming the unchecked commands', () => {
    const { replay } = fullGame();
    // Dropped: the last two commands go with the final checkpoint.
    const dropped = structuredClone(replay);
    dropped.checkpoints.pop();
    const covered = dropped.checkpoints.at(-1)!.command;
    dropped.commands.splice(-2);
    dropped.draws.splice(-2);
    const r1 = verifyReplay(scenario, dropped);
    expect(r1.ok).toBe(false);
    if (!r1.ok) {
      expect(r1.kind).toBe('unchecked');
      expect(r1.message).toContain(`${dropped.commands.length - covered} commands are unchecked`);
      expect(r1.message).toContain(`after command #${covered} of ${dropped.commands.length}`);
    }
    // Changed: from the start of the last turn every phase is simply ended, all legal commands, to
    // another final state; the final checkpoint is left off, as the tamper did.
    let state = newGame(scenario, replay.seed);
    const kept = replay.commands.slice(0, covered);
    for (const c of kept) state = (applyCommand(scenario, state, c) as { state: GameState }).state;
    const tail: Command[] = [];
    while (state.status !== 'over') {
      const r = applyCommand(scenario, state, { type: 'end_phase' });
      if (!r.ok) throw new Error(r.error.message);
      state = r.state;
      tail.push({ type: 'end_phase' });
    }
    const forged = replayFromCommands(scenario, replay.seed, replay.players, [...kept, ...tail]);
    expect(hashState(state)).not.toBe(fullGame().finalHash);
    forged.checkpoints = forged.checkpoints.filter((c) => c.command <= covered);
    const r2 = verifyReplay(scenario, parsedBack(forged));
    expect(r2.ok).toBe(false);
    if (!r2.ok) {
      expect(r2.kind).toBe('unchecked');
      expect(r2.message).toContain(`${tail.length} commands are unchecked`);
    }
  });
});

/** A replay through its file text, as the CLI and the viewer read it. */
function parsedBack(r: Replay): Replay {
  const p = parseReplayText(JSON.stringify(r), builtinScenario);
  if (!p.ok) throw new Error(p.message);
  return p.replay;
}

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
  it('a file that starts with a UTF-8 byte-order mark is read', () => {
    const parsed = parseReplayText(`\uFEFF${text(fullGame().replay)}`, builtinScenario);
    expect(parsed.ok ? parsed.replay.commands.length : parsed.message).toBe(fullGame().replay.commands.length);
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
