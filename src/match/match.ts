// A match: a scenario, a seed, its seats and the command log. Every command goes through submit(),
// which checks that the seat may act, applies it through the engine, logs it and returns what each
// seat receives (its view, and the events it may see). Undo, injects, pause, notes, the hot-seat
// handover and the AI's turns are its operations. No DOM, no Phaser: the same code runs in Node,
// the browser, a worker or a server room.
import {
  type Camp, type Command, type EngineError, type GameEvent, type GameState, type GameView, type Power, type Scenario, type Viewer,
  hashState, newGame, sharedView, viewFor,
} from '../engine/core';
import { type Bot, phaseSteps } from './aiPhase';
import { applyCommand, parseCommand } from './rules';
import { eventsSeenBy } from './eventFog';
import { dueInjects } from './injects';
import type { FoldStep } from './fold';
import { type Seat, type SeatSetup, type Watcher, seatProblem } from './seats';
import { undoBlocker } from './undo';

export type { Seat, SeatSetup, Watcher };

/** Control's note on a turn, carried in the replay. */
export interface Note { turn: number; text: string }

/** What one watcher receives: its view now, and the events it may see since the last delivery. */
export interface Delivery { view: GameView; events: GameEvent[] }
export type Deliveries = Partial<Record<Watcher, Delivery>>;

export type SubmitResult = { ok: true; events: GameEvent[]; deliveries: Deliveries } | { ok: false; error: EngineError };

export interface MatchSetup extends SeatSetup {
  scenario: Scenario;
  seed: string;
  /** The AI's player for each camp no team plays (IS always). */
  bots: Partial<Record<Camp, Bot>>;
  /** A match resumed: its state, and its log (null when the save lacked a complete one). */
  resume?: { state: GameState; log: Command[] | null };
  /** Control's scheduled injects that are on (scenario ids): fireDueInjects fires them once due. */
  injects?: readonly string[];
  /** The unit names each team had seen before the match was saved. */
  names?: Partial<Record<Power, Record<string, string>>>;
}

/** A slice of AI work between two yields: well under one 60 Hz frame, so a page keeps drawing. */
export const SLICE_MS = 8;

/** Yields to the event loop (a macrotask, so rendering and input get their turn). */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class Match {
  readonly scenario: Scenario;
  readonly seed: string;
  readonly humans: readonly Power[];
  readonly handovers: boolean;
  /** Control's notes on turns. */
  readonly notes: Note[] = [];
  /** The team a hot-seat handover waits for: it may act once it has taken over. */
  handoverTo: Power | null = null;
  private state: GameState;
  /** Every command applied since the start, the AI's too. Null when a save lacked it. */
  private log: Command[] | null;
  private readonly bots: Partial<Record<Camp, Bot>>;
  private readonly injects: readonly string[];
  private paused = false;
  private aiRunning = false;
  /** Per team: the states before its commands this phase that can still be taken back, and why not when none can. */
  private readonly undo: Record<Power, { before: GameState[]; reason: string }>;
  /** Names of every unit each team has seen: its log must name units after they are gone. */
  private readonly names: Record<Power, Map<string, string>> = { coalition: new Map(), russia: new Map() };
  /** Each watcher's view of the state now, copied: what callers get (they may keep or change it). */
  private readonly views = new Map<Watcher, GameView>();
  /**
   * Each watcher's view of the state now, sharing the state's objects (sharedView): what the match itself
   * reads (the events a team sees, the names it learns, undo). An AI step copies no view: the copies are
   * made only when a caller asks (Delivery.view), which a round does once, not once a command.
   */
  private readonly seenNow = new Map<Watcher, GameView>();
  /** `turn:phase` of the last team phase handed over, so a phase is handed over once. */
  private handedOver = '';

  constructor(setup: MatchSetup) {
    this.scenario = setup.scenario;
    this.seed = setup.seed;
    this.humans = setup.humans;
    this.handovers = setup.handovers;
    this.bots = setup.bots;
    this.injects = setup.injects ?? [];
    this.state = setup.resume ? structuredClone(setup.resume.state) : newGame(setup.scenario, setup.seed);
    this.log = setup.resume ? setup.resume.log && [...setup.resume.log] : [];
    const fresh = (): { before: GameState[]; reason: string } => ({ before: [], reason: 'Nothing to undo yet.' });
    this.undo = { coalition: fresh(), russia: fresh() };
    for (const p of this.humans) {
      for (const [id, name] of Object.entries(setup.names?.[p] ?? {})) this.names[p].set(id, name);
      this.remember(p);
    }
    // A hot-seat match opens on a handover: to the team in phase, or to the first team.
    if (this.handovers && this.humans.length > 0) {
      this.handoverTo = this.isHuman(this.state.phase) ? this.state.phase as Power : this.humans[0]!;
      this.handedOver = this.phaseKey();
    }
  }

  get current(): GameState { return this.state; }
  get status(): GameState['status'] { return this.state.status; }
  get isPaused(): boolean { return this.paused; }
  get isAiRunning(): boolean { return this.aiRunning; }
  /** The command log, or null for a match resumed from a save without a complete one (do not mutate). */
  get commands(): readonly Command[] | null { return this.log; }
  hash(): string { return hashState(this.state); }

  isHuman(camp: Camp): camp is Power { return camp !== 'is' && this.humans.includes(camp); }

  /** Who may watch: each team, and Control. */
  get watchers(): Watcher[] { return [...this.humans, 'control']; }

  /** The watcher's view of the state now (cached until the state changes). */
  view(watcher: Watcher): GameView {
    let v = this.views.get(watcher);
    if (!v) this.views.set(watcher, (v = viewFor(this.scenario, this.state, viewerOf(watcher))));
    return v;
  }

  /** The unit names `team` has seen, by id. */
  knownNames(team: Power): ReadonlyMap<string, string> { return this.names[team]; }

  /** Why `seat` may not give `command` now, or null when it may. */
  refusal(seat: Seat, command: Command): EngineError | null {
    return seatProblem(seat, command, {
      phase: this.state.phase, status: this.state.status, humans: this.humans, paused: this.paused,
      handoverTo: this.handoverTo, aiRunning: this.aiRunning,
    });
  }

  /** A seat's command: checked for the seat, applied, logged; each watcher gets what it may see. */
  submit(seat: Seat, raw: unknown): SubmitResult {
    const parsed = parseCommand(raw);
    if (!parsed.ok) return parsed;
    const command = parsed.command;
    const refused = this.refusal(seat, command);
    if (refused) return { ok: false, error: refused };
    const before = this.state;
    const beforeSeen = this.snapshotSeen();
    const result = applyCommand(this.scenario, this.state, command);
    if (!result.ok) return result;
    this.setState(result.state);
    this.log?.push(command);
    if (seat === 'control') {
      for (const p of this.humans) this.undo[p] = { before: [], reason: 'Control fired an inject since.' };
    } else if (seat !== 'ai') {
      this.noteUndo(seat, command, before, beforeSeen.get(seat)!, result.events);
    }
    return { ok: true, events: result.events, deliveries: this.deliver(beforeSeen, result.events) };
  }

  /** Null when `team`'s last command can be undone now, else why not. */
  undoBlocked(team: Power): string | null {
    const u = this.undo[team];
    if (u.before.length === 0) return u.reason;
    return this.refusal(team, { type: 'end_phase' })?.message ?? null;
  }

  /** Takes back `team`'s last command if undoBlocked allows it; returns whether it did. */
  takeBack(team: Power): boolean {
    if (this.undoBlocked(team) !== null) return false;
    const u = this.undo[team];
    this.setState(u.before.pop()!);
    this.log?.pop();
    if (u.before.length === 0) u.reason = 'Nothing left to undo this phase.';
    return true;
  }

  /** The team the handover waits for takes over: from now on it may act. */
  takeOver(): Power | null {
    const team = this.handoverTo;
    if (team === null) return null;
    this.handoverTo = null;
    this.undo[team] = { before: [], reason: 'Nothing to undo yet.' };
    return team;
  }

  /** Fires, as Control, the scheduled injects due now (in the scenario's order); returns their events. */
  fireDueInjects(): GameEvent[] {
    const out: GameEvent[] = [];
    for (const id of dueInjects(this.scenario, this.injects, this.state)) {
      const r = this.submit('control', { type: 'inject', inject: { kind: 'scenario', id } });
      if (r.ok) out.push(...r.events);
    }
    return out;
  }

  /** Paused, no team may act (Control may still fire injects). */
  setPaused(paused: boolean): void { this.paused = paused; }

  /** Control's note on the current turn (plain text; the caller keeps it within the replay's limits). */
  addNote(text: string): void { this.notes.push({ turn: this.state.turn, text }); }

  /**
   * The AI plays every phase up to the next team phase (or the end), one command per step; each step
   * yields what each watcher receives of that command.
   */
  *aiSteps(): Generator<Deliveries, void, void> {
    while (this.state.status === 'playing' && !this.isHuman(this.state.phase)) {
      const bot = this.bots[this.state.phase];
      if (!bot) throw new Error(`no bot plays ${this.state.phase}`);
      const steps = phaseSteps(this.scenario, this.state, bot);
      for (;;) {
        const r = steps.next();
        if (r.done) break;
        yield this.recordAi(r.value);
      }
    }
  }

  /** The AI's turns at once; returns what each watcher receives of all of them. */
  runAi(): Deliveries {
    const out: Deliveries = {};
    for (const d of this.aiSteps()) merge(out, d);
    return out;
  }

  /**
   * The AI's turns in slices of at most `sliceMs`, awaiting `pause` between them (a page keeps
   * drawing meanwhile, and no team may act). The same commands in the same order as runAi: the same game.
   */
  async runAiSliced(sliceMs = SLICE_MS, pause: () => Promise<void> = nextTask, now: () => number = () => performance.now()): Promise<Deliveries> {
    const out: Deliveries = {};
    this.aiRunning = true;
    try {
      await pause(); // the command before ends its task (a page shows it); the AI starts in the next one
      let sliceStart = now();
      for (const d of this.aiSteps()) {
        merge(out, d);
        if (now() - sliceStart >= sliceMs) {
          await pause();
          sliceStart = now();
        }
      }
      await pause(); // what follows the round gets a task of its own
    } finally {
      this.aiRunning = false;
    }
    return out;
  }

  private recordAi(step: Omit<FoldStep, 'index'>): Deliveries {
    const beforeSeen = this.snapshotSeen();
    this.setState(step.state);
    this.log?.push(step.command);
    return this.deliver(beforeSeen, step.events);
  }

  private phaseKey(): string { return `${this.state.turn}:${this.state.phase}`; }

  /** The watcher's view now, sharing the state's objects: read it, never change or hand it out. */
  private seen(watcher: Watcher): GameView {
    let v = this.seenNow.get(watcher);
    if (!v) this.seenNow.set(watcher, (v = sharedView(this.scenario, this.state, viewerOf(watcher))));
    return v;
  }

  /** The teams' views before a command (Control sees every event: it needs none). */
  private snapshotSeen(): Map<Power, GameView> {
    return new Map(this.humans.map((p) => [p, this.seen(p)]));
  }

  private deliver(before: Map<Power, GameView>, events: readonly GameEvent[]): Deliveries {
    const out: Deliveries = {};
    for (const w of this.watchers) {
      const seen = w === 'control' ? [...events] : eventsSeenBy(w, before.get(w)!, this.seen(w), this.state.crisis.incidents, events);
      out[w] = this.delivery(w, seen);
    }
    return out;
  }

  /** A delivery whose view (a copy) is made when first read: of the state now, even if read later. */
  private delivery(watcher: Watcher, events: GameEvent[]): Delivery {
    const state = this.state;
    let view: GameView | undefined;
    const viewOf = (): GameView => (view ??= state === this.state ? this.view(watcher) : viewFor(this.scenario, state, viewerOf(watcher)));
    return { events, get view() { return viewOf(); } };
  }

  private noteUndo(team: Power, command: Command, before: GameState, beforeView: GameView, events: readonly GameEvent[]): void {
    const blocker = undoBlocker(command, { state: before, view: beforeView }, { state: this.state, view: this.seen(team) }, events);
    const u = this.undo[team];
    if (blocker) this.undo[team] = { before: [], reason: blocker };
    else u.before.push(before);
  }

  private setState(state: GameState): void {
    this.state = state;
    this.views.clear();
    this.seenNow.clear();
    for (const p of this.humans) this.remember(p);
    // A hot-seat team phase begins with a handover, once.
    if (this.handovers && state.status === 'playing' && this.isHuman(state.phase) && this.phaseKey() !== this.handedOver) {
      this.handoverTo = state.phase as Power;
      this.handedOver = this.phaseKey();
    }
  }

  private remember(team: Power): void {
    for (const u of this.seen(team).units) this.names[team].set(u.id, u.name);
  }
}

const viewerOf = (w: Watcher): Viewer => (w === 'control' ? 'all' : w);

/** Adds one delivery to another: the latest view, the events in order. */
function merge(into: Deliveries, d: Deliveries): void {
  for (const [w, v] of Object.entries(d) as [Watcher, Delivery][]) {
    const had = into[w];
    if (had) had.events.push(...v.events);
    // The latest view, still unmade until read (see Match.delivery).
    into[w] = { events: had ? had.events : [...v.events], get view() { return v.view; } };
  }
}
