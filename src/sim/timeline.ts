// A game's dated story, for checking the pace against 2017 (docs/history-comparison.md): who took
// which objective when, each power's first crossing of the Euphrates, the incidents, the meetings
// held and the hotline messages by kind. Built from the events of play, phase by phase.
import {
  type Camp, type GameEvent, type GameState, HOME_BANK, type Hex, type IncidentType, type MessageKind, type Power, type Scenario, isPower,
} from '../engine';

export interface Timeline {
  /** Every change of hands of an objective, by the scenario's objective ids. */
  captures: { turn: number; objective: string; camp: Camp }[];
  /** A power's first unit to end a move on the far bank: one entry per power, the first time. */
  crossings: { turn: number; camp: Power }[];
  /** Every incident: its kind, who caused it (null: an inject's), against whom, and whether an inject caused it. */
  incidents: { turn: number; kind: IncidentType; by: Power | null; against: Power | null; inject: boolean }[];
  /** Face-to-face meetings that took place (maps are shared there). */
  meetings: { turn: number }[];
  /** Hotline messages by kind, openings and replies. */
  messages: Partial<Record<MessageKind, number>>;
  /** Warnings sent on the line or in public, with the sender. */
  warnings: { turn: number; by: Power; public: boolean }[];
  /** Turns on which a power shared its positions over the line. */
  shares: { turn: number; by: Power }[];
}

/** Collects a Timeline from the events of one game, fed in order. */
export class TimelineRecorder {
  readonly timeline: Timeline = { captures: [], crossings: [], incidents: [], meetings: [], messages: {}, warnings: [], shares: [] };
  private turn = 1;

  constructor(private readonly scenario: Scenario) {}

  add(events: readonly GameEvent[]): void {
    const t = this.timeline;
    for (const e of events) {
      if (e.type === 'turn_started') this.turn = e.turn;
      else if (e.type === 'objective_captured') t.captures.push({ turn: this.turn, objective: e.objective, camp: e.camp });
      else if (e.type === 'unit_moved') this.arrived(e.camp, e.path[e.path.length - 1]);
      else if (e.type === 'unit_advanced') this.arrived(e.camp, e.to);
      else if (e.type === 'incident') {
        const i = e.incident;
        t.incidents.push({ turn: i.turn, kind: i.type, by: i.cause, against: i.victim, inject: i.inject !== undefined });
      } else if (e.type === 'message_sent') {
        const m = e.message;
        t.messages[m.body.kind] = (t.messages[m.body.kind] ?? 0) + 1;
        if (m.body.kind === 'warn') t.warnings.push({ turn: m.turn, by: m.from, public: m.body.public });
        if (m.body.kind === 'share_positions') t.shares.push({ turn: m.turn, by: m.from });
      }
    }
  }

  /** Meetings are read from the final state: one set for a turn the game reached took place at its start. */
  finish(state: GameState): Timeline {
    for (const a of state.crisis.agreements) {
      if (a.kind === 'meeting' && a.from <= state.turn) this.timeline.meetings.push({ turn: a.from });
    }
    return this.timeline;
  }

  private arrived(camp: Camp, at: Hex | undefined): void {
    if (!at || !isPower(camp) || this.timeline.crossings.some((c) => c.camp === camp)) return;
    const bank = this.scenario.map.bankOf(at);
    if (bank !== undefined && bank !== HOME_BANK[camp]) this.timeline.crossings.push({ turn: this.turn, camp });
  }
}
