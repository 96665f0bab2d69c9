// A hot-seat class exercise on one screen. Which screen shows is the match's (GameSession.screen: a
// handover, Control's map, the pause, a team at the controls, the end); this adds what the page needs
// around it: each team's event log kept away while the other plays, Control's injects (the due ones
// fire as each handover begins), what the handover tells the next team, and the autosave. No DOM:
// ui/exercise/run.ts draws the screen it is told.
import type { GameEvent, InjectBody, Power, RulingFinding, Scenario } from '../engine';
import { exerciseCode } from '../exercise/code';
import { rulingText } from '../text/crisisText';
import { t } from '../i18n/messages';
import { type ExerciseConfig, humanTeams, sessionOptions } from '../exercise/config';
import { type ExerciseSave, writeExerciseSave } from '../exercise/save';
import type { Controller, LogLine } from './controller';
import { GameSession, type Screen } from './session';
import { refusalText } from '../text/refusalText';
import { localInject } from '../text/scenarioText';

export type { Screen };

/** What the handover screen tells the next team. */
export interface HandoverNotice { team: Power; turn: number; calls: number; injects: readonly string[] }

/** The exercise's session: the first human team in phase order holds the camp until the first handover. */
export function exerciseSession(config: ExerciseConfig, scenario: Scenario, saved?: ExerciseSave): GameSession {
  const humans = humanTeams(scenario, config);
  const phase = saved?.state.phase;
  const first = humans.find((p) => p === phase) ?? humans[0] ?? 'coalition';
  const resume = saved ? { state: saved.state, commands: saved.commands } : undefined;
  const session = new GameSession(scenario, first, config.seed, resume, sessionOptions(scenario, config));
  if (saved) session.notes.push(...saved.notes);
  return session;
}

export class HotSeat {
  /** Each team's event log, kept out of the page while the other team plays. */
  private readonly logs: Record<Power, LogLine[]> = { coalition: [], russia: [] };
  /** Titles of the injects fired this turn (`firedTurn`), for the handover. */
  private readonly fired: string[] = [];
  private firedTurn = 0;
  /** `turn:team` of the last handover prepared: each is prepared once, as it begins. */
  private prepared = '';
  /** The record last saved: a change of view alone (a handover, Control opening) writes nothing. */
  private saved: { length: number; last: unknown; notes: number } | null = null;

  /** Listens to the controller; construct it before the page's own listeners (run.ts) so it settles first. */
  constructor(readonly session: GameSession, readonly controller: Controller, private readonly config: ExerciseConfig, private readonly storage?: Pick<Storage, 'setItem'>) {
    controller.onChange(() => this.settle());
  }

  get screen(): Screen { return this.session.screen; }

  /** The team the handover waits for, the turn, its calls to answer, and Control's injects this turn. */
  handoverNotice(): HandoverNotice {
    const team = this.session.handoverTo ?? this.session.camp;
    const calls = this.session.snapshot().state.crisis.messages.filter((m) => m.to === team && m.status === 'pending').length;
    return { team, turn: this.session.view().turn, calls, injects: [...this.fired] };
  }

  /** The next team takes the controls: its own log comes back; the map draws its view. */
  takeOver(): void {
    this.session.takeOver();
    this.controller.log.push(...this.logs[this.session.camp].splice(0));
    this.controller.select(null);
  }

  /** Control's all-seeing map, between phases. Its redraw is a task of its own, after Control's panel (together they froze a slow machine). */
  openControl(): void {
    this.session.setControlView(true);
    setTimeout(() => this.controller.changed(), 0);
  }

  /** Back to the handover: the map goes blind again. */
  closeControl(): void {
    this.session.setControlView(false);
    this.controller.changed();
  }

  /** Nothing shown, no orders taken (from a team's phase or from Control); resume returns to where the match is. */
  pause(): void {
    this.session.setPaused(true);
    this.controller.changed();
  }

  resume(): void {
    this.session.setPaused(false);
    this.controller.changed();
  }

  /** Fires an inject as Control; both teams' logs get what they are told. Null, or why it was refused. */
  fire(inject: InjectBody): string | null {
    const r = this.session.control({ type: 'inject', inject });
    if (!r.ok) return refusalText(r.error);
    this.told(r.events);
    return null;
  }

  /** Control rules on an incident (an accident, or a power's doing); both teams' logs are told. Null, or why it was refused. */
  rule(incident: string, finding: RulingFinding): string | null {
    const r = this.session.control({ type: 'ruling', incident, finding });
    if (!r.ok) return refusalText(r.error);
    this.told(r.events);
    return null;
  }

  /** After every change: the autosave; a handover that has just begun is prepared; no team's log shows between phases. */
  settle(): void {
    this.save();
    if (this.session.status === 'over') return;
    const team = this.session.handoverTo;
    const key = team === null ? '' : `${this.session.view().turn}:${team}`;
    if (team !== null && key !== this.prepared) {
      this.prepared = key;
      this.beginHandover();
    } else if (this.screen === 'handover' || this.screen === 'control') {
      this.stashLog();
    }
  }

  /** The leaving team's selection, hover and log are put away; Control's injects due now fire. */
  private beginHandover(): void {
    this.controller.selectedId = null;
    this.controller.setHover(null); // "Under the cursor" names what the leaving team pointed at
    this.fireDue();
    this.stashLog(true);
  }

  /**
   * Puts the leaving team's log lines (and the announcement) away and has the panels drop them. The
   * end of a phase may be recorded after the handover began (the controller settles a tick later).
   */
  private stashLog(always = false): void {
    const c = this.controller;
    if (!always && c.log.length === 0 && c.lastRound.lines.length === 0) return;
    this.logs[this.session.camp].push(...c.log);
    c.log.splice(0);
    c.lastRound = { lines: [], moves: 0 };
    c.round++;
    c.changed();
  }

  private fireDue(): void {
    const turn = this.session.snapshot().state.turn;
    if (turn !== this.firedTurn) { this.fired.splice(0); this.firedTurn = turn; }
    const events = this.session.fireDueInjects();
    if (events.length > 0) this.told(events);
  }

  private told(events: readonly GameEvent[]): void {
    for (const e of events) {
      if (e.type === 'incident_ruled') {
        for (const p of ['coalition', 'russia'] as const) this.logs[p].push({ turn: e.turn, text: t().panel_log_ruling({ incident: e.incident, finding: rulingText(e.finding) }) });
      }
      if (e.type !== 'inject_fired') continue;
      const inject = localInject(this.session.scenario, e.inject);
      this.fired.push(inject.title);
      for (const p of ['coalition', 'russia'] as const) {
        const text = t().exercise_log_inject({ title: inject.title, text: inject.text });
        this.logs[p].push({ turn: e.inject.turn, text });
        // Each team acknowledges it on the banner in its own phase (the banner shows the camp at the controls).
        this.controller.attention.push({ id: `inject-${e.inject.id}-${p}`, kind: 'inject', camp: p, text });
      }
    }
    this.controller.changed();
  }

  private save(): void {
    const { commands } = this.session.snapshot();
    if (!this.storage || !commands) return;
    const now = { length: commands.length, last: commands[commands.length - 1], notes: this.session.notes.length };
    const was = this.saved;
    if (was && was.length === now.length && was.last === now.last && was.notes === now.notes) return;
    this.saved = now;
    writeExerciseSave(this.storage, exerciseCode(this.config), commands, this.session.notes, this.config.controlLock);
  }
}
