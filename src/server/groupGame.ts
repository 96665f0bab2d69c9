// One group's game on the server, apart from Colyseus: the match (seats, log, fog), the AI's answer
// to each team command, the scheduled injects, and the storage write that comes before every
// acknowledgement. Work on a group runs one operation at a time (a promise chain), so the log and the
// store never disagree.
import { type Command, type EngineError, type GameEvent, type Power, type Scenario, rungOf, victoryPoints } from '../engine';
import { type Deliveries, type Delivery, Match, SLICE_MS, type Watcher } from '../match/match';
import { replayGame } from '../match/fold';
import { dueInjects } from '../match/injects';
import type { ClassSeat, DashboardRow } from '../net/protocol';
import { replayFromCommands } from '../replay/fromCommands';
import type { Replay } from '../replay/format';
import { builtinScenario } from '../scenarios';
import { makePolicies } from '../sim/play';
import { groupSeed, humansOf, playersOf, policyNames } from './classes';
import type { ClassRecord, GroupMeta, Storage } from './storage';

/** Lets the event loop serve other rooms' messages between two slices of the AI's work. */
const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export type GroupResult =
  | { ok: true; deliveries: Deliveries; logLength: number }
  | { ok: false; error: EngineError | { code: 'server_error'; message: string } };

export class GroupGame {
  match: Match;
  meta: GroupMeta;
  readonly scenario: Scenario;
  readonly seed: string;
  /** How many commands the store holds: the match's log beyond this is not yet written. */
  private stored: number;
  private chain: Promise<unknown> = Promise.resolve();

  private constructor(readonly record: ClassRecord, readonly group: number, private readonly storage: Storage, log: Command[], meta: GroupMeta) {
    this.scenario = builtinScenario(record.settings.scenario)!;
    this.seed = groupSeed(record.settings, group);
    this.meta = meta;
    this.match = this.build(log);
    this.stored = log.length;
  }

  /** The group as stored (a new game when nothing is), with the AI's opening phases played and stored. */
  static async open(storage: Storage, record: ClassRecord, group: number): Promise<GroupGame> {
    const log = await storage.loadLog(record.id, group);
    const meta = (await storage.groupMeta(record.id, group)) ?? { paused: false, phaseSeconds: null };
    const g = new GroupGame(record, group, storage, log, meta);
    await g.serial(async () => {
      g.match.runAi();
      g.runDueInjects({});
      await g.persist();
    });
    return g;
  }

  private build(log: Command[]): Match {
    const end = replayGame(this.scenario, this.seed, log);
    if (end.refused) throw new Error(`group ${this.group} of class ${this.record.id}: stored command #${end.refused.index + 1} is refused: ${end.refused.error.message}`);
    const s = this.record.settings;
    const match = new Match({
      scenario: this.scenario, seed: this.seed, humans: humansOf(s), handovers: false,
      bots: makePolicies(policyNames(s), this.seed), injects: s.injects,
      resume: { state: end.state, log },
    });
    match.setPaused(this.meta.paused);
    return match;
  }

  /** Runs `work` after every operation queued before it. */
  serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.chain.then(work, work);
    this.chain = run.catch(() => undefined);
    return run;
  }

  get logLength(): number { return this.match.commands?.length ?? 0; }

  /**
   * Told of the AI's rounds, which come after the command that ended a team's phase: its deliveries,
   * once stored.
   */
  onAiRound: ((r: Extract<GroupResult, { ok: true }>) => void) | null = null;

  /**
   * A seat's command: the match checks the seat and the engine the rules; it is stored before this
   * resolves (then acknowledged). If it ended a team's phase, the AI's round follows as an operation of
   * its own, in slices, so the other groups' rooms are served meanwhile.
   */
  submit(seat: ClassSeat, command: unknown): Promise<GroupResult> {
    return this.serial(async () => {
      const r = this.match.submit(seat, command);
      if (!r.ok) return r;
      const out = r.deliveries;
      this.runDueInjects(out);
      const stored = await this.commit(out);
      if (stored.ok && this.aiDue()) void this.serial(() => this.aiRound());
      return stored;
    });
  }

  private aiDue(): boolean {
    return this.match.status === 'playing' && !this.match.isHuman(this.match.current.phase);
  }

  private async aiRound(): Promise<void> {
    const out = await this.match.runAiSliced(SLICE_MS, yieldToLoop);
    this.runDueInjects(out);
    const stored = await this.commit(out);
    if (stored.ok) this.onAiRound?.(stored);
  }

  /** A team takes back its last command, if the match allows it. */
  undo(team: Power): Promise<GroupResult> {
    return this.serial(async () => {
      if (!this.match.takeBack(team)) {
        return { ok: false, error: { code: 'not_your_phase', message: this.match.undoBlocked(team) ?? 'nothing to undo' } };
      }
      const out: Deliveries = {};
      for (const w of this.match.watchers) out[w] = { view: this.match.view(w), events: [] };
      return this.commit(out);
    });
  }

  setPaused(paused: boolean): Promise<void> {
    return this.serial(async () => {
      this.meta = { ...this.meta, paused };
      this.match.setPaused(paused);
      await this.storage.setGroupMeta(this.record.id, this.group, this.meta);
    });
  }

  setPhaseSeconds(seconds: number | null): Promise<void> {
    return this.serial(async () => {
      this.meta = { ...this.meta, phaseSeconds: seconds };
      await this.storage.setGroupMeta(this.record.id, this.group, this.meta);
    });
  }

  private runDueInjects(out: Deliveries): void {
    for (const id of dueInjects(this.scenario, this.record.settings.injects, this.match.current)) {
      const r = this.match.submit('control', { type: 'inject', inject: { kind: 'scenario', id } });
      if (r.ok) mergeInto(out, r.deliveries);
    }
  }

  /** Writes what the store lacks; if the write fails, the group goes back to what is stored. */
  private async commit(out: Deliveries): Promise<GroupResult> {
    try {
      await this.persist();
    } catch (e) {
      const log = await this.storage.loadLog(this.record.id, this.group).catch(() => null);
      if (log) {
        this.match = this.build(log);
        this.stored = log.length;
      }
      return { ok: false, error: { code: 'server_error', message: `the command could not be stored: ${(e as Error).message}` } };
    }
    return { ok: true, deliveries: out, logLength: this.logLength };
  }

  private async persist(): Promise<void> {
    const log = this.match.commands ?? [];
    // An undo leaves the log shorter than the store: keep only what is common.
    const keep = Math.min(this.stored, log.length);
    if (keep === this.stored && keep === log.length) return;
    await this.storage.writeLog(this.record.id, this.group, keep, log.slice(keep));
    this.stored = log.length;
  }

  /** What a watcher sees now, with no new events. */
  delivery(w: Watcher): Delivery { return { view: this.match.view(w), events: [] }; }

  replay(): Replay {
    return replayFromCommands(this.scenario, this.seed, playersOf(this.record.settings), this.match.commands ?? []);
  }

  /** The group's dashboard row; `connections` and the timer come from the room. */
  row(roomId: string, seats: DashboardRow['seats'], phaseEndsAt: string | null): DashboardRow {
    const s = this.match.current;
    const vp = victoryPoints(this.scenario, s.control);
    const phase = s.phase;
    const whoseMove = s.status !== 'playing' ? null : this.match.isHuman(phase) ? phase : 'ai';
    const r = s.result;
    return {
      group: this.group, roomId, turn: s.turn, phase, whoseMove, status: s.status,
      rung: rungOf(s.crisis.escalation.points), vp: { coalition: vp.coalition, russia: vp.russia },
      unanswered: s.crisis.messages.filter((m) => m.status === 'pending').length, injects: s.crisis.injects?.length ?? 0,
      paused: this.meta.paused, phaseEndsAt, seats,
      result: r ? { outcome: r.reason === 'direct_clash' ? 'clash' : r.winner === 'draw' || r.winner === 'none' ? 'draw' : 'win', winner: r.winner === 'coalition' || r.winner === 'russia' ? r.winner : null, maxRung: s.crisis.escalation.peak } : null,
    };
  }
}

/** Adds deliveries `d` to `into`: the latest view, the events in order. */
export function mergeInto(into: Deliveries, d: Deliveries): void {
  for (const [w, v] of Object.entries(d) as [Watcher, Delivery][]) {
    const had = into[w];
    into[w] = { view: v.view, events: had ? [...had.events, ...v.events] : [...v.events] };
  }
}

export type { GameEvent };
