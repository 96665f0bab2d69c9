// One game in the browser: the scenario, the true state and the player's camp. Player commands go
// through applyCommand; the other camps are played by the AI until it is the player's phase again.
// Everything the UI gets is the player's view and the events that view may see. No Phaser, no DOM.
import type { Policy } from '../ai/policy';
import { DEFAULT_POLICY } from '../ai/simple';
import {
  type Camp, type Command, type EngineError, type GameEvent, type GameState, type GameView, type Power, type Scenario,
  applyCommand, hashState, hexKey, incidentFor, newGame, viewFor,
} from '../engine';
import { makePolicies, playPhase } from '../sim/play';

/** What a saved game restores: the true state and the unit names the player had seen. */
export interface ResumeFrom { state: GameState; names?: Record<string, string> }

export type SessionResult = { ok: true; events: GameEvent[] } | { ok: false; error: EngineError };

export class GameSession {
  private state: GameState;
  private readonly policies: Record<Camp, Policy>;
  private cachedView: GameView | undefined;
  /** Names of every unit the player has seen: the log must name units after they are gone. */
  private readonly names = new Map<string, string>();
  /** Events of the last player command or AI round, filtered to what the player may see. */
  lastEvents: GameEvent[] = [];

  /** A new game, or (with `saved`) a game resumed from a checked save: see fromSave. */
  constructor(readonly scenario: Scenario, readonly camp: Power, readonly seed: string, saved?: ResumeFrom) {
    this.state = saved ? structuredClone(saved.state) : newGame(scenario, seed);
    // The player's camp gets 'pass' only to complete the record; its phases are never run by the AI.
    this.policies = makePolicies({ ...DEFAULT_POLICY, [camp]: 'pass' }, seed);
    for (const [id, name] of Object.entries(saved?.names ?? {})) this.names.set(id, name);
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
  snapshot(): { state: GameState; names: Record<string, string> } {
    return { state: this.state, names: Object.fromEntries(this.names) };
  }

  /** Runs the camps that play before the player in the first turn. Returns what the player saw. */
  start(): GameEvent[] {
    this.lastEvents = this.runOthers();
    return this.lastEvents;
  }

  get status(): GameState['status'] { return this.state.status; }
  get isPlayersPhase(): boolean { return this.state.status === 'playing' && this.state.phase === this.camp; }

  /** The player's view of the true state (cached until the state changes). */
  view(): GameView {
    this.cachedView ??= viewFor(this.scenario, this.state, this.camp);
    return this.cachedView;
  }

  hash(): string { return hashState(this.state); }

  unitName(id: string): string { return this.names.get(id) ?? id; }

  /** Has the player ever seen this unit? */
  knowsUnit(id: string): boolean { return this.names.has(id); }

  /** Applies a player command. Never throws: an illegal command comes back as an error. */
  apply(command: Command): SessionResult {
    if (!this.isPlayersPhase) {
      return { ok: false, error: { code: 'malformed_command', message: `it is not ${this.camp}'s phase` } };
    }
    const before = this.view();
    const result = applyCommand(this.scenario, this.state, command);
    if (!result.ok) return result;
    this.setState(result.state);
    const events = this.seen(before, result.events);
    this.lastEvents = command.type === 'end_phase' ? [...events, ...this.runOthers()] : events;
    return { ok: true, events: this.lastEvents };
  }

  /** Ends the player's phase; the AI then plays the others until the player's next phase. */
  endTurn(): SessionResult {
    return this.apply({ type: 'end_phase' });
  }

  private runOthers(): GameEvent[] {
    const out: GameEvent[] = [];
    while (this.state.status === 'playing' && this.state.phase !== this.camp) {
      const before = this.view();
      const phase = playPhase(this.scenario, this.state, this.policies[this.state.phase]);
      this.setState(phase.state);
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
    for (const u of view.units) this.names.set(u.id, u.name);
  }

  /** Keeps the events about units the player saw before or after them, and public ones. */
  private seen(before: GameView, events: readonly GameEvent[]): GameEvent[] {
    const ids = new Set([...before.units, ...this.view().units].map((u) => u.id));
    const seenHexes = new Set([...before.visible, ...this.view().visible]);
    const mine = (camp: Camp): boolean => camp === this.camp;
    return events.flatMap((e): GameEvent[] => {
      switch (e.type) {
        case 'unit_moved': {
          if (mine(e.camp)) return [e];
          // Another camp's path is cut to the hexes the player could see.
          const path = e.path.filter((h) => seenHexes.has(hexKey(h)));
          return ids.has(e.unit) ? [{ ...e, path }] : [];
        }
        case 'unit_hit': case 'unit_destroyed': case 'unit_advanced': case 'move_interrupted':
          return mine(e.camp) || ids.has(e.unit) ? [e] : [];
        case 'combat': {
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
