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

/** A learning objective of the kit, answered from the game. */
export interface LearningCheck {
  id: string;
  objective: string;
  /** "Did the group …?" */
  question: string;
  answer: 'yes' | 'no' | 'not tested';
  evidence: string;
}

/** A fact of the 2017 record beside the game: `distance` is the turns between them (never happened: at least the turns since). */
export interface RecordComparison {
  id: string; topic: string; history: string; game: string;
  recordTurn: number; gameTurn: number | null; distance: number;
}

export interface Hotwash {
  phases: { title: string; minutes: number; prompts: string[] }[];
  /** All the phases' minutes. */
  minutes: number;
  expectations: { coalition: string[]; russia: string[] };
  comparisons: RecordComparison[];
  /** Ids of the comparisons closest to 2017 (of what happened in the game) and furthest (what never happened first); null when there are none, or one. */
  closest: string | null;
  furthest: string | null;
}

/** One moment a class compares across its groups. */
export interface DecisionPoint { id: string; title: string; historical: string; game: string }

/** What the scenario's teaching kit adds to the review. */
export interface ReviewKit {
  objectives: LearningCheck[];
  hotwash: Hotwash;
  decisions: DecisionPoint[];
  /** The history held back from the briefing packs. */
  debrief: { events: { date: string; text: string }[]; sources: string };
}

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
  /** Every source the history lines draw on, named once. */
  historySources: string;
  questions: Question[];
  /** Null for a scenario without a teaching kit. */
  kit: ReviewKit | null;
}
