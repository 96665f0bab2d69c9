// One game on one screen: an adapter over the match (src/match/) for the page. It adds what a single
// screen needs: the camp at the controls, a blind view during a handover or a pause, Control's
// all-seeing map between phases, and the events of the last change to animate. No Phaser, no DOM.
import {
  type Camp, type Command, type EngineError, type InjectCommand, type RulingCommand, type GameEvent, type GameState, type GameView, type Power, type Scenario,
  hashState, otherPower, refuse,
} from '../engine/core';
import { aiLoaded, lazyPolicies, loadAi } from './aiPlayers';
import type { Replay, TurnNote } from '../replay/format';
import { playerOf, replayFromCommands } from '../replay/fromCommands';
import { type Deliveries, Match, SLICE_MS } from '../match/match';
import { replayGame } from '../match/fold';
import { loadRules, rulesLoaded } from '../match/rules';
import type { ExerciseOptions } from '../exercise/config';
import { type Difficulty, levelPolicyName } from '../game/difficulty';

export type { ExerciseOptions };

/** What a saved game restores: the true state and the unit names the player had seen. */
export interface ResumeFrom { state: GameState; names?: Record<string, string>; commands?: Command[] }

export type SessionResult = { ok: true; events: GameEvent[] } | { ok: false; error: EngineError };

/** Whose eyes the view is: the team at the controls, nobody (handover, pause) or Control's all-seeing map. */
export type Viewer = 'team' | 'none' | 'all';

/**
 * What the one screen shows, from the match: a team at the controls, the handover to the next team,
 * Control's all-seeing map (between phases), the pause, or the end (a hot-seat debrief sees it all).
 */
export type Screen = 'team' | 'handover' | 'control' | 'paused' | 'over';

export class GameSession {
  /** The match: seats, state, log, undo, injects, pause, notes, handover and the AI's turns. */
  readonly match: Match;
  private cachedView: GameView | undefined;
  /** The human camps (one, except in a hot-seat exercise). */
  readonly humans: readonly Power[];
  /** Control's all-seeing map (only between phases). */
  private controlView = false;
  /** Control's notes on turns, carried in the replay. */
  readonly notes: TurnNote[];
  /** Events of the last player command or AI round, filtered to what the player may see. */
  lastEvents: GameEvent[] = [];
  /** The policies the AI plays each camp with, for the replay's record of players. */
  private readonly policyNames: Record<Camp, string>;

  /** A new game, or (with `saved`) a game resumed from a checked save: see fromSave. */
  constructor(
    readonly scenario: Scenario, public camp: Power, readonly seed: string, saved?: ResumeFrom, exercise?: ExerciseOptions,
    /** The AI opponent's level (a game against the AI only; an exercise's powers play at normal). */
    readonly difficulty: Difficulty = 'normal',
  ) {
    this.humans = exercise?.humans ?? [camp];
    // A power no team plays gets the campaign AI of its doctrine (the scenario's, or the one chosen in
    // the menu or the exercise); IS its own AI. Human camps get 'pass' only to complete the record.
    const rival = otherPower(camp);
    const aiOf = (p: Power): string => (this.humans.includes(p) ? 'pass' : `ai:${exercise?.doctrines?.[p] ?? scenario.data.crisis.doctrine[p]}`);
    const names = exercise
      ? { coalition: aiOf('coalition'), russia: aiOf('russia'), is: 'ai:balanced' }
      : { coalition: 'pass', russia: 'pass', is: 'ai:balanced', [rival]: levelPolicyName(scenario.data.crisis.doctrine[rival], difficulty) };
    this.policyNames = names;
    this.match = new Match({
      scenario, seed, humans: this.humans, handovers: exercise?.handovers ?? false, bots: lazyPolicies(names, seed), injects: exercise?.injects ?? [],
      ...(saved ? { resume: { state: saved.state, log: recordOf(scenario, seed, saved) ?? null } } : {}),
      ...(saved?.names ? { names: { [camp]: saved.names } } : {}),
    });
    this.notes = this.match.notes;
  }

  /**
   * Resumes a saved game (checked by loadSave first). start() then waits if it is the player's
   * phase, or runs the AI phases up to it as usual.
   */
  static fromSave(scenario: Scenario, save: { camp: Power; seed: string; opponentDifficulty?: Difficulty } & ResumeFrom): GameSession {
    return new GameSession(scenario, save.camp, save.seed, save, undefined, save.opponentDifficulty ?? 'normal');
  }

  /** The team the next phase is handed to: until takeOver(), nobody's view is served. */
  get handoverTo(): Power | null { return this.match.handoverTo; }

  /** The true state and the names the player knows, for the autosave (do not mutate). */
  snapshot(): { state: GameState; names: Record<string, string>; commands?: Command[] } {
    const commands = this.match.commands;
    return { state: this.match.current, names: Object.fromEntries(this.match.knownNames(this.camp)), ...(commands ? { commands: commands as Command[] } : {}) };
  }

  /** Who played each camp, for the replay: the player, and the AI with the policies and doctrines it uses. */
  players(): Replay['players'] {
    const players: Replay['players'] = { coalition: playerOf(this.policyNames.coalition), russia: playerOf(this.policyNames.russia), is: playerOf(this.policyNames.is) };
    for (const p of this.humans) players[p] = { kind: 'human' };
    return players;
  }

  /** The game so far as a replay, or null for a game continued from a save made without its record. */
  replay(): Replay | null {
    const commands = this.match.commands;
    if (!commands) return null;
    const replay = replayFromCommands(this.scenario, this.seed, this.players(), commands);
    return this.notes.length > 0 ? { ...replay, notes: this.notes.map((n) => ({ ...n })) } : replay;
  }

  /** Null when the player's last command can be undone, else why not. */
  undoBlocked(): string | null {
    return this.match.undoBlocked(this.camp);
  }

  /** Takes back the player's last command if undoBlocked() allows it; returns whether it did. */
  undo(): boolean {
    if (!this.isPlayersPhase || !this.match.takeBack(this.camp)) return false;
    this.changed();
    return true;
  }

  /** Runs the camps that play before the player in the first turn. Returns what the player saw. */
  start(): GameEvent[] {
    return this.show(this.match.runAi());
  }

  get status(): GameState['status'] { return this.match.status; }

  /** Whether start() would have the AI play now (the phase is a camp no team plays): see aiPlayers.ts. */
  get aiDueNow(): boolean {
    return this.match.status === 'playing' && !(this.humans as readonly Camp[]).includes(this.match.current.phase);
  }
  get isPlayersPhase(): boolean {
    return this.viewer === 'team' && this.match.refusal(this.camp, { type: 'end_phase' }) === null && this.match.status === 'playing';
  }

  /** What the screen shows now (see Screen). */
  get screen(): Screen {
    if (this.match.status === 'over') return 'over';
    if (this.match.isPaused) return 'paused';
    if (this.controlView) return 'control';
    return this.match.handoverTo !== null ? 'handover' : 'team';
  }

  /** Whose view is served now. */
  get viewer(): Viewer {
    switch (this.screen) {
      case 'team': return 'team';
      case 'control': return 'all';
      case 'over': return this.controlView || this.match.handovers ? 'all' : 'team';
      default: return 'none';
    }
  }

  /** The team at the handover takes the controls: its camp's view is served from now on. */
  takeOver(): void {
    const team = this.match.takeOver();
    if (team === null) return;
    this.camp = team;
    this.controlView = false;
    this.changed();
  }

  /** Pauses or resumes the exercise: paused, no orders are taken and no view is served (Control's map closes). */
  setPaused(paused: boolean): void {
    this.match.setPaused(paused);
    if (paused) this.controlView = false;
    this.changed();
  }

  get isPaused(): boolean { return this.match.isPaused; }

  /** Control's all-seeing map, only between phases (during a handover). */
  setControlView(on: boolean): void {
    this.controlView = on && this.match.handoverTo !== null;
    this.changed();
  }

  /** Control fires an inject or rules on an incident: an ordinary command in the record, in any phase. */
  control(command: InjectCommand | RulingCommand): SessionResult {
    const result = this.match.submit('control', command);
    if (!result.ok) return result;
    this.changed();
    return { ok: true, events: result.events };
  }

  /** Control's scheduled injects due now fire; their events (Control's: all of them). */
  fireDueInjects(): GameEvent[] {
    const events = this.match.fireDueInjects();
    if (events.length > 0) this.changed();
    return events;
  }

  /** Control's note on the current turn (plain text; the caller keeps it within NOTES_LIMIT). */
  addNote(text: string): void {
    this.match.addNote(text);
  }

  /** The player's view of the true state (cached until the state changes). */
  view(): GameView {
    if (this.cachedView) return this.cachedView;
    const viewer = this.viewer;
    const view = this.match.view(viewer === 'all' ? 'control' : this.camp);
    this.cachedView = viewer === 'none' ? blindView(view) : view;
    return this.cachedView;
  }

  hash(): string { return this.match.hash(); }

  unitName(id: string): string { return this.match.knownNames(this.camp).get(id) ?? id; }

  /** Has the player ever seen this unit? */
  knowsUnit(id: string): boolean { return this.match.knownNames(this.camp).has(id); }

  /** Applies a player command. Never throws: an illegal command comes back as an error. */
  apply(command: Command): SessionResult {
    if (this.viewer !== 'team') {
      return { ok: false, error: refuse('not_your_phase', this.match.isPaused ? 'paused' : 'handover', {}) };
    }
    const result = this.match.submit(this.camp, command);
    if (!result.ok) return result;
    const mine = result.deliveries[this.camp]?.events ?? [];
    if (command.type !== 'end_phase') return { ok: true, events: this.show({}, mine) };
    return { ok: true, events: this.show(this.match.runAi(), mine) };
  }

  /** Ends the player's phase; the AI then plays the others until the player's next phase. */
  endTurn(): SessionResult {
    return this.apply({ type: 'end_phase' });
  }

  /**
   * Ends the player's phase like endTurn, but plays the AI's commands in slices of at most `sliceMs`,
   * yielding to the event loop between slices so the page keeps drawing. The same commands in the
   * same order as endTurn: the same game.
   */
  async endTurnSliced(sliceMs = SLICE_MS, pause?: () => Promise<void>): Promise<SessionResult> {
    // The AI and the command rules load after the map's first draw; an End turn pressed sooner waits
    // for them here (once loaded, the phase ends synchronously, as the controller's listeners expect).
    if (!aiLoaded() || !rulesLoaded()) await Promise.all([loadAi(), loadRules()]);
    if (!this.isPlayersPhase) return this.apply({ type: 'end_phase' });
    const result = this.match.submit(this.camp, { type: 'end_phase' });
    if (!result.ok) return result;
    const mine = result.deliveries[this.camp]?.events ?? [];
    this.cachedView = undefined;
    const round = await this.match.runAiSliced(sliceMs, pause);
    return { ok: true, events: this.show(round, mine) };
  }

  /**
   * The player's events of a change: its own command's first, then the AI round's. The screen keeps
   * them to animate only while the team is at it (not handed over, paused or Control's).
   */
  private show(round: Deliveries, first: GameEvent[] = []): GameEvent[] {
    this.cachedView = undefined;
    const events = [...first, ...(round[this.camp]?.events ?? [])];
    this.lastEvents = this.viewer === 'team' ? events : [];
    return events;
  }

  /** A change with nothing to animate (undo, takeover, pause, Control). */
  private changed(): void {
    this.cachedView = undefined;
    this.lastEvents = [];
  }
}

/** A view with nothing of either team's in it: what the page holds during a handover or a pause. */
function blindView(view: GameView): GameView {
  return {
    ...view, units: [], reinforcements: [], visible: [],
    crisis: { ...view.crisis, incidents: [], messages: [], agreements: [] },
  };
}

/** A save's command record, if it replays to the saved state (else the record is incomplete or foreign). */
function recordOf(scenario: Scenario, seed: string, saved: ResumeFrom): Command[] | undefined {
  if (!saved.commands) return undefined;
  const { state, refused } = replayGame(scenario, seed, saved.commands);
  return !refused && hashState(state) === hashState(saved.state) ? [...saved.commands] : undefined;
}
