// The after-action review of one game: plain JSON, built from a replay by buildReview (pure, no DOM),
// rendered by src/ui/review and exported as JSON as it is.
import type { Camp, Power, VictoryReport } from '../engine';

/** Who did something: a camp, the exercise's facilitator (an inject), or nobody (the turn's own rules). */
export type Actor = Camp | 'control' | null;

export type EntryKind = 'decision' | 'capture' | 'incident' | 'message' | 'inject' | 'ruling' | 'escalation' | 'note';

/** One escalation_changed event, as the engine gave it. */
export interface EscalationChange {
  delta: number;
  from: number;
  to: number;
  rungFrom: number;
  rungTo: number;
  cause: string;
  by: Power | null;
  /** The inject whose effect it was (then `by` is null): Control's, never a team's. */
  inject?: string;
}

export interface TimelineEntry {
  /** How many commands had been applied after it (the replay viewer's position). */
  command: number;
  turn: number;
  kind: EntryKind;
  actor: Actor;
  text: string;
  /** The incident, message or inject id it stands for, if any. */
  ref: string | null;
  /** The escalation changes this entry caused (an incident carries its own; a decision those without one). */
  escalation: EscalationChange[];
  /** Their sum. */
  delta: number;
  /** The change in trust between the powers it caused (a message answered, denied or left unanswered). */
  trust: number;
}

/** Per turn, at the turn's end (the last state of that turn). Index i is turn turns[i]. */
export interface ReviewSeries {
  turns: number[];
  escalation: number[];
  /** The highest escalation seen during the turn. */
  peak: number[];
  points: Record<Camp, number[]>;
}

export interface TranscriptLine {
  id: string; turn: number; header: string; title: string; body: string; status: string;
  /** The sender's free-text remark, as typed (rendered as text only). */
  remark?: string;
}

export interface KeyMoment { turn: number; command: number; title: string; why: string }

export interface HistoryLine {
  topic: string;
  /** What happened in 2017, with its date and turn. */
  history: string;
  /** What happened in this game. */
  game: string;
  sources: string;
}

export interface Question { id: string; text: string }

export interface ReviewOutcome {
  /** "Coalition wins", "Direct clash, set off by Russia", "In progress (turn 7)". */
  headline: string;
  report: VictoryReport | null;
  maxRung: string;
  finalEscalation: number;
  incidents: number;
  messages: number;
  unanswered: number;
  injects: number;
  finalHash: string;
}

export interface Review {
  scenario: { id: string; title: string };
  seed: string;
  players: Record<Camp, string>;
  turns: number;
  commands: number;
  outcome: ReviewOutcome;
  timeline: TimelineEntry[];
  series: ReviewSeries;
  transcript: TranscriptLine[];
  keyMoments: KeyMoment[];
  history: HistoryLine[];
  questions: Question[];
}
