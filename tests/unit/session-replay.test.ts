// Every browser game records itself: the session's replay verifies to the session's own hash, a save
// carries the record so a continued game's replay is whole, and undo takes back only what drew no
// dice and revealed nothing.
import { describe, expect, it } from 'vitest';
import { type Command, type GameState, applyCommand, hashState, movementRange, strikeTargets, viewFor } from '../../src/engine';
import { makeSave, parseSave } from '../../src/game/saves';
import { GameSession } from '../../src/presenter/session';
import { undoBlocker } from '../../src/match/undo';
import { verifyReplay } from '../../src/replay/verify';
import { builtinScenario } from '../../src/scenarios';

const scenario = builtinScenario('deir-ez-zor-2017')!;

const stateOf = (s: GameSession): GameState => s.snapshot().state;

/** The player's moves from the current state, each with why it could not be undone (null: it could). */
function moves(session: GameSession): { command: Command; blocker: string | null }[] {
  const state = stateOf(session);
  const view = viewFor(scenario, state, session.camp);
  const out: { command: Command; blocker: string | null }[] = [];
  for (const u of view.units.filter((x) => x.camp === session.camp)) {
    for (const d of movementRange(scenario, view, u.id).values()) {
      if (d.path.length < 2) continue;
      const command: Command = { type: 'move', unit: u.id, to: d.hex };
      const r = applyCommand(scenario, state, command);
      if (!r.ok) continue;
      out.push({ command, blocker: undoBlocker(command, { state, view }, { state: r.state, view: viewFor(scenario, r.state, session.camp) }, r.events) });
    }
  }
  return out;
}

function started(seed: string): GameSession {
  const s = new GameSession(scenario, 'coalition', seed);
  s.start();
  return s;
}

describe('the session records its game', () => {
  it('its replay, the AI\'s commands included, verifies to the session\'s hash', () => {
    const s = started('rec-1');
    const quiet = moves(s).find((m) => m.blocker === null)!;
    expect(s.apply(quiet.command).ok).toBe(true);
    s.endTurn();
    s.endTurn();
    const replay = s.replay()!;
    expect(replay.players.coalition).toEqual({ kind: 'human' });
    expect(replay.players.russia).toMatchObject({ kind: 'ai' });
    expect(replay.commands).toContainEqual(quiet.command);
    expect(replay.commands.filter((c) => c.type === 'end_phase').length).toBeGreaterThanOrEqual(6);
    const v = verifyReplay(scenario, replay);
    expect(v.ok).toBe(true);
    expect(v.ok && v.state.turn).toBe(3);
    expect(v.ok && hashState(v.state)).toBe(s.hash());
  });

  it('the sliced AI round records the same commands as endTurn', async () => {
    const a = started('rec-sliced');
    const b = started('rec-sliced');
    a.endTurn();
    await b.endTurnSliced(1, () => Promise.resolve());
    expect(b.replay()!.commands).toEqual(a.replay()!.commands);
    expect(b.undoBlocked()).toBe(a.undoBlocked());
    const v = verifyReplay(scenario, b.replay()!);
    expect(v.ok && hashState(v.state)).toBe(b.hash());
  });

  it('a save carries the record; the continued game\'s replay is whole', () => {
    const s = started('rec-2');
    s.endTurn();
    const snap = s.snapshot();
    const text = JSON.stringify(makeSave(scenario.id, 'coalition', 'rec-2', snap.state, snap.names, new Date(), undefined, snap.commands));
    const loaded = parseSave(text, scenario);
    expect(loaded.kind).toBe('ok');
    if (loaded.kind !== 'ok') return;
    const resumed = GameSession.fromSave(scenario, loaded.save);
    resumed.start();
    resumed.endTurn();
    const v = verifyReplay(scenario, resumed.replay()!);
    expect(v.ok).toBe(true);
    expect(v.ok && hashState(v.state)).toBe(resumed.hash());
  });

  it('an old save without commands still loads, with no replay; a bad command in a save is named', () => {
    const s = started('rec-3');
    const snap = s.snapshot();
    const old = parseSave(JSON.stringify(makeSave(scenario.id, 'coalition', 'rec-3', snap.state, snap.names)), scenario);
    expect(old.kind).toBe('ok');
    if (old.kind === 'ok') expect(GameSession.fromSave(scenario, old.save).replay()).toBeNull();
    const bad = { ...makeSave(scenario.id, 'coalition', 'rec-3', snap.state, snap.names), commands: [{ type: 'teleport' }] };
    const r = parseSave(JSON.stringify(bad), scenario);
    expect(r.kind).toBe('bad');
    expect(r.kind === 'bad' && r.message).toMatch(/commands\[0\]/);
  });

  it('a record that does not lead to the saved state is dropped, not trusted', () => {
    const s = started('rec-4');
    const snap = s.snapshot();
    const save = makeSave(scenario.id, 'coalition', 'rec-4', snap.state, snap.names, new Date(), undefined, snap.commands!.slice(0, -1));
    expect(GameSession.fromSave(scenario, save).replay()).toBeNull();
  });
});

describe('undo', () => {
  it('takes back a quiet move: same hash as before, and the command leaves the record', () => {
    const s = started('undo-1');
    expect(s.undoBlocked()).toMatch(/Nothing/);
    const hash = s.hash();
    const length = s.replay()!.commands.length;
    const quiet = moves(s).find((m) => m.blocker === null)!;
    expect(s.apply(quiet.command).ok).toBe(true);
    expect(s.undoBlocked()).toBeNull();
    expect(s.undo()).toBe(true);
    expect(s.hash()).toBe(hash);
    expect(s.replay()!.commands.length).toBe(length);
    expect(s.undo()).toBe(false);
  });

  it('refuses a move that brought another camp\'s unit into sight', () => {
    // Over a few seeds' openings, some move reveals a unit; each such move is refused by the session.
    for (const seed of ['undo-2', 'undo-3', 'undo-4']) {
      const s = started(seed);
      const revealing = moves(s).find((m) => m.blocker?.includes('revealed'));
      if (!revealing) continue;
      expect(s.apply(revealing.command).ok).toBe(true);
      expect(s.undoBlocked()).toMatch(/revealed/);
      expect(s.undo()).toBe(false);
      return;
    }
    throw new Error('no opening move reveals a unit: pick other seeds');
  });

  it('refuses anything that rolled dice, and the end of a turn', () => {
    const s = started('undo-5');
    const view = viewFor(scenario, stateOf(s), 'coalition');
    const target = strikeTargets(scenario, view).find((t) => view.units.some((u) => u.camp === 'is' && u.hex.q === t.hex.q && u.hex.r === t.hex.r));
    if (target) {
      const draws = stateOf(s).rngDraws;
      expect(s.apply({ type: 'air_strike', target: target.hex }).ok).toBe(true);
      expect(stateOf(s).rngDraws).toBeGreaterThan(draws);
      expect(s.undoBlocked()).toMatch(/dice/);
      expect(s.undo()).toBe(false);
    }
    s.endTurn();
    expect(s.undoBlocked()).toMatch(/Nothing to undo yet this turn/);
    expect(s.undo()).toBe(false);
  });

  it('the rule itself: dice and hotline messages are final', () => {
    const state = stateOf(started('undo-6'));
    const view = viewFor(scenario, state, 'coalition');
    const rolled = { ...state, rngDraws: state.rngDraws + 1 };
    expect(undoBlocker({ type: 'move', unit: 'x', to: { q: 0, r: 0 } }, { state, view }, { state: rolled, view }, [])).toMatch(/dice/);
    expect(undoBlocker({ type: 'move', unit: 'x', to: { q: 0, r: 0 } }, { state, view }, { state, view }, [])).toBeNull();
    expect(undoBlocker({ type: 'hotline', message: { kind: 'share_positions' } as never }, { state, view }, { state, view }, [])).toMatch(/hotline/);
  });
});
