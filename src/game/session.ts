// One game in the browser: the scenario, the true state and the player's camp. Player commands go
// through applyCommand; the other camps are played by the AI until it is the player's phase again.
// Everything the UI gets is the player's view and the events that view may see. No Phaser, no DOM.
import type { Policy } from '../ai/policy';
import {
  type Camp, type Command, type Doctrine, type EngineError, type InjectCommand, type GameEvent, type GameState, type GameView, type Power, type Scenario,
  applyCommand, hashState, hexKey, incidentFor, newGame, otherPower, viewFor,
} from '../engine';
import { type PhaseRecord, makePolicies, phaseSteps, playPhase } from '../sim/play';
import type { Replay, TurnNote } from '../replay/format';
import { playerOf, replayFromCommands } from '../replay/fromCommands';
import { undoBlocker } from './undo';

/** A slice of AI work between two frames: well under one 60 Hz frame, so the page keeps drawing. */
const SLICE_MS = 8;

/** Yields to the event loop (a macrotask, so rendering and input get their turn). */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** What a saved game restores: the true state and the unit names the player had seen. */
export interface ResumeFrom { state: GameState; names?: Record<string, string>; commands?: Command[] }

export type SessionResult = { ok: true; events: GameEvent[] } | { ok: false; error: EngineError };

/**
 * A class exercise: the human teams (hot-seat when both powers are human), the AI's doctrine for a
 * power no team plays, and whether a handover screen comes before every team phase.
 */
export interface ExerciseOptions {
  humans: readonly Power[];
  doctrines?: Partial<Record<Power, Doctrine>>;
  handovers: boolean;
}

/** Whose eyes the view is: the team at the controls, nobody (handover, pause) or Control's all-seeing map. */
export type Viewer = 'team' | 'none' | 'all';

export class GameSession {
  private state: GameState;
  private readonly policies: Record<Camp, Policy>;
  private cachedView: GameView | undefined;
  /** Names of every unit each team has seen: the log must name units after they are gone. */
  private readonly namesBy: Record<Power, Map<string, string>> = { coalition: new Map(), russia: new Map() };
  private get names(): Map<string, string> { return this.namesBy[this.camp]; }
  /** The human camps (one, except in a hot-seat exercise). */
  readonly humans: readonly Power[];
  /** The team the next phase is handed to: until takeOver(), nobody's view is served. */
  handoverTo: Power | null = null;
  private readonly handovers: boolean;
  /** A paused exercise takes no orders and serves no view. */
  private paused = false;
  /** Control's all-seeing map (only between phases). */
  private controlView = false;
  /** Control's notes on turns, carried in the replay. */
  readonly notes: TurnNote[] = [];
  /** Events of the last player command or AI round, filtered to what the player may see. */
  lastEvents: GameEvent[] = [];
  /** Every command applied since the start, the AI's too: the game's replay. Null when a save lacked it. */
  private commands: Command[] | null = [];
  /** The player's commands this phase that can still be taken back, latest last, with the state before each. */
  private undoable: { before: GameState }[] = [];
  /** Why the player's last command cannot be undone (shown on the disabled Undo button). */
  private undoReason = 'Nothing to undo yet.';
  /** The policies the AI plays each camp with, for the replay's record of players. */
  private readonly policyNames: Record<Camp, string>;

  /** A new game, or (with `saved`) a game resumed from a checked save: see fromSave. */
  constructor(readonly scenario: Scenario, public camp: Power, readonly seed: string, saved?: ResumeFrom, exercise?: ExerciseOptions) {
    this.state = saved ? structuredClone(saved.state) : newGame(scenario, seed);
    this.humans = exercise?.humans ?? [camp];
    this.handovers = exercise?.handovers ?? false;
    // A power no team plays gets the campaign AI of its doctrine (the scenario's, or the one chosen in
    // the menu or the exercise); IS its own AI. Human camps get 'pass' only to complete the record.
    const rival = otherPower(camp);
    const aiOf = (p: Power): string => (this.humans.includes(p) ? 'pass' : `ai:${exercise?.doctrines?.[p] ?? scenario.data.crisis.doctrine[p]}`);
    const names = exercise
      ? { coalition: aiOf('coalition'), russia: aiOf('russia'), is: 'ai:balanced' }
      : { coalition: 'pass', russia: 'pass', is: 'ai:balanced', [rival]: `ai:${scenario.data.crisis.doctrine[rival]}` };
    // An exercise opens on the handover screen: nobody's view until the first team takes over.
    if (this.handovers) this.handoverTo = camp;
    this.policies = makePolicies(names, seed);
    this.policyNames = names;
    for (const [id, name] of Object.entries(saved?.names ?? {})) this.names.set(id, name);
    if (saved) this.commands = recordOf(scenario, seed, saved) ?? null;
    this.remember(this.view());
  }

  /**
   * Resumes a saved game (checked by loadSave first). start() then waits if it is the player's
   * phase, or runs the AI phases up to it as usual.
   */
  static fromSave(scenario: Scenario, save: { camp: Power; seed: string } & ResumeFrom): GameSession {
    return new GameSession(scenario, save.camp, save.seed, save);
  }

  /** The true state and the names the player knows, for the autosave (do not mutate). */
  snapshot(): { state: GameState; names: Record<string, string>; commands?: Command[] } {
    return { state: this.state, names: Object.fromEntries(this.names), ...(this.commands ? { commands: this.commands } : {}) };
  }

  /** Who played each camp, for the replay: the player, and the AI with the policies and doctrines it uses. */
  players(): Replay['players'] {
    const players: Replay['players'] = { coalition: playerOf(this.policyNames.coalition), russia: playerOf(this.policyNames.russia), is: playerOf(this.policyNames.is) };
    for (const p of this.humans) players[p] = { kind: 'human' };
    return players;
  }

  /** The game so far as a replay, or null for a game continued from a save made without its record. */
  replay(): Replay | null {
    if (!this.commands) return null;
    const replay = replayFromCommands(this.scenario, this.seed, this.players(), this.commands);
    return this.notes.length > 0 ? { ...replay, notes: this.notes.map((n) => ({ ...n })) } : replay;
  }

  /** Null when the player's last command can be undone, else why not. */
  undoBlocked(): string | null {
    return this.isPlayersPhase && this.undoable.length > 0 ? null : this.undoReason;
  }

  /** Takes back the player's last command if undoBlocked() allows it; returns whether it did. */
  undo(): boolean {
    const last = this.isPlayersPhase ? this.undoable.pop() : undefined;
    if (!last) return false;
    this.commands?.pop();
    this.setState(last.before);
    this.lastEvents = [];
    if (this.undoable.length === 0) this.undoReason = 'Nothing left to undo this phase.';
    return true;
  }

  /** Runs the camps that play before the player in the first turn. Returns what the player saw. */
  start(): GameEvent[] {
    this.lastEvents = this.runOthers();
    const out = this.lastEvents;
    this.checkHandover();
    return out;
  }

  get status(): GameState['status'] { return this.state.status; }
  get isPlayersPhase(): boolean {
    return !this.aiRunning && this.state.status === 'playing' && this.state.phase === this.camp && this.viewer === 'team';
  }

  /** Whose view is served now. */
  get viewer(): Viewer {
    if (this.controlView) return 'all';
    return this.handoverTo !== null || this.paused ? 'none' : 'team';
  }

  /** The team at the handover takes the controls: its camp's view is served from now on. */
  takeOver(): void {
    if (this.handoverTo === null) return;
    this.camp = this.handoverTo;
    this.handoverTo = null;
    this.controlView = false;
    this.undoable = [];
    this.undoReason = 'Nothing to undo yet.';
    this.lastEvents = [];
    this.cachedView = undefined;
    this.remember(this.view());
  }

  /** Pauses or resumes the exercise: paused, no orders are taken and no view is served. */
  setPaused(paused: boolean): void {
    this.paused = paused;
    this.lastEvents = [];
    this.cachedView = undefined;
  }

  get isPaused(): boolean { return this.paused; }

  /** Control's all-seeing map, only between phases (during a handover). */
  setControlView(on: boolean): void {
    this.controlView = on && this.handoverTo !== null;
    this.lastEvents = [];
    this.cachedView = undefined;
  }

  /** Control fires an inject: an ordinary command in the record, in any phase. */
  control(command: InjectCommand): SessionResult {
    const result = applyCommand(this.scenario, this.state, command);
    if (!result.ok) return result;
    this.commands?.push(command);
    this.undoable = [];
    this.undoReason = 'Control fired an inject since.';
    this.setState(result.state);
    this.lastEvents = [];
    return { ok: true, events: result.events };
  }

  /** Control's note on the current turn (plain text; the caller keeps it within NOTES_LIMIT). */
  addNote(text: string): void {
    this.notes.push({ turn: this.state.turn, text });
  }

  private isHuman(camp: Camp): boolean { return camp !== 'is' && this.humans.includes(camp); }

  /** After the AI has played: the next human phase is handed over (always in an exercise with handovers). */
  private checkHandover(): void {
    const { phase, status } = this.state;
    if (status !== 'playing' || !this.isHuman(phase)) return;
    if (phase !== this.camp || this.handovers) {
      this.handoverTo = phase as Power;
      this.cachedView = undefined;
      this.lastEvents = [];
    }
  }

  /** An AI round is running in slices (endTurnSliced): player commands wait. */
  private aiRunning = false;

  /** The player's view of the true state (cached until the state changes). */
  view(): GameView {
    if (this.cachedView) return this.cachedView;
    const viewer = this.viewer;
    const view = viewFor(this.scenario, this.state, viewer === 'all' ? 'all' : this.camp);
    this.cachedView = viewer === 'none' ? blindView(view) : view;
    return this.cachedView;
  }

  hash(): string { return hashState(this.state); }

  unitName(id: string): string { return this.names.get(id) ?? id; }

  /** Has the player ever seen this unit? */
  knowsUnit(id: string): boolean { return this.names.has(id); }

  /** Applies a player command. Never throws: an illegal command comes back as an error. */
  apply(command: Command): SessionResult {
    if (!this.isPlayersPhase) {
      const why = this.paused ? 'the exercise is paused' : this.viewer !== 'team' ? 'the next team has not taken over yet' : `it is not ${this.camp}'s phase`;
      return { ok: false, error: { code: 'not_your_phase', message: why } };
    }
    const before = this.view();
    const beforeState = this.state;
    const result = applyCommand(this.scenario, this.state, command);
    if (!result.ok) return result;
    this.setState(result.state);
    this.note(command, beforeState, before, result.events);
    const events = this.seen(before, result.events);
    this.lastEvents = command.type === 'end_phase' ? [...events, ...this.runOthers()] : events;
    const out = this.lastEvents;
    if (command.type === 'end_phase') this.checkHandover();
    return { ok: true, events: out };
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
  async endTurnSliced(sliceMs = SLICE_MS, pause: () => Promise<void> = nextTask): Promise<SessionResult> {
    if (!this.isPlayersPhase) return this.apply({ type: 'end_phase' });
    // The player's end of phase and each phase's bookkeeping count against the slice too.
    let sliceStart = performance.now();
    const yieldNow = async (): Promise<void> => {
      await pause();
      sliceStart = performance.now();
    };
    const due = async (): Promise<void> => {
      if (performance.now() - sliceStart >= sliceMs) await yieldNow();
    };
    const before = this.view();
    const beforeState = this.state;
    const result = applyCommand(this.scenario, this.state, { type: 'end_phase' });
    if (!result.ok) return result;
    this.setState(result.state);
    this.note({ type: 'end_phase' }, beforeState, before, result.events);
    const out = this.seen(before, result.events);
    this.aiRunning = true;
    try {
      // The click's task only ends the phase (and the UI shows it); the AI starts in the next one.
      await yieldNow();
      while (this.state.status === 'playing' && !this.isHuman(this.state.phase)) {
        const phaseBefore = this.view();
        const steps = phaseSteps(this.scenario, this.state, this.policies[this.state.phase]);
        let record: PhaseRecord | undefined;
        while (!record) {
          const r = steps.next();
          if (r.done) record = r.value;
          else await due();
        }
        this.setState(record.state);
        this.commands?.push(...record.commands);
        out.push(...this.seen(phaseBefore, record.events));
        await due();
      }
      // The caller's redraw of the round gets a task of its own, not the end of the last AI slice.
      await yieldNow();
    } finally {
      this.aiRunning = false;
    }
    this.lastEvents = out;
    this.checkHandover();
    return { ok: true, events: out };
  }

  /** Records a player command and whether it can be undone. */
  private note(command: Command, beforeState: GameState, before: GameView, events: readonly GameEvent[]): void {
    this.commands?.push(command);
    const blocker = undoBlocker(command, { state: beforeState, view: before }, { state: this.state, view: this.view() }, events);
    if (blocker) {
      this.undoable = [];
      this.undoReason = blocker;
    } else {
      this.undoable.push({ before: beforeState });
    }
  }

  private runOthers(): GameEvent[] {
    const out: GameEvent[] = [];
    while (this.state.status === 'playing' && !this.isHuman(this.state.phase)) {
      const before = this.view();
      const phase = playPhase(this.scenario, this.state, this.policies[this.state.phase]);
      this.setState(phase.state);
      this.commands?.push(...phase.commands);
      out.push(...this.seen(before, phase.events));
    }
    return out;
  }

  private setState(state: GameState): void {
    this.state = state;
    this.cachedView = undefined;
    this.remember(this.view());
  }

  private remember(view: GameView): void {
    if (this.viewer !== 'team') return; // Control's map and blind views teach a team nothing
    for (const u of view.units) this.names.set(u.id, u.name);
  }

  /** Keeps the events about units the player saw before or after them, and public ones. */
  private seen(before: GameView, events: readonly GameEvent[]): GameEvent[] {
    const ids = new Set([...before.units, ...this.view().units].map((u) => u.id));
    const seenHexes = new Set([...before.visible, ...this.view().visible]);
    const mine = (camp: Camp): boolean => camp === this.camp;
    // Fire whose author this camp only suspects (a disputed strike) is told by its incident alone:
    // the combat event would name the striker's camp.
    const disputed = new Set(events.flatMap((e) =>
      e.type === 'incident' && incidentFor(e.incident, this.camp).cause === null && e.incident.cause !== null ? [hexKey(e.incident.hex)] : []));
    return events.flatMap((e): GameEvent[] => {
      switch (e.type) {
        case 'unit_moved': {
          if (mine(e.camp)) return [e];
          // Another camp's path is cut to the hexes the player could see.
          const path = e.path.filter((h) => seenHexes.has(hexKey(h)));
          return ids.has(e.unit) ? [{ ...e, path }] : [];
        }
        case 'unit_hit': case 'unit_destroyed': case 'unit_advanced': case 'move_interrupted': case 'mine_exploded':
          return mine(e.camp) || ids.has(e.unit) ? [e] : [];
        // IS's fields are secret until one goes off; a patron's orders to its proxies are its own.
        case 'mine_laid': case 'proxy_order': return mine(e.camp) ? [e] : [];
        case 'car_bomb_detonated':
          return mine(e.camp) || ids.has(e.unit) || seenHexes.has(hexKey(e.target)) ? [e] : [];
        case 'combat': {
          if (!mine(e.camp) && e.kind !== 'assault' && disputed.has(hexKey(e.target))) return [];
          // Names of unseen attackers or defenders are dropped, never passed on to the UI.
          const attacker = e.attacker !== null && (mine(e.camp) || ids.has(e.attacker)) ? e.attacker : null;
          const defenders = e.defenders.filter((d) => ids.has(d));
          return mine(e.camp) || attacker !== null || defenders.length > 0 ? [{ ...e, attacker, defenders }] : [];
        }
        case 'incident':
          // The victim of a disputed incident never learns an author it only suspects.
          return [{ ...e, incident: incidentFor(e.incident, this.camp) }];
        case 'escalation_changed': {
          const incident = e.incident ? this.state.crisis.incidents.find((i) => i.id === e.incident) : undefined;
          return incident && incidentFor(incident, this.camp).cause === null ? [{ ...e, by: null }] : [e];
        }
        case 'inject_fired':
          // Control's notes can name hexes of units this camp cannot see.
          return [{ ...e, inject: { ...e.inject, notes: [] } }];
        case 'reinforcements_arrived': {
          const units = e.units.filter((u) => mine(e.camp) || ids.has(u));
          return units.length > 0 ? [{ ...e, units }] : [];
        }
        default:
          return [e];
      }
    });
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
  let state = newGame(scenario, seed);
  for (const c of saved.commands) {
    const r = applyCommand(scenario, state, c);
    if (!r.ok) return undefined;
    state = r.state;
  }
  return hashState(state) === hashState(saved.state) ? [...saved.commands] : undefined;
}
