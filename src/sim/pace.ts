// The pace of many games beside 2017: the dates of the campaign's events (issue 13's targets), and
// how often the source report's story (incidents, the mid-September strike, warnings, the meeting)
// comes out of play. Reads GameResult timelines only; used by `npm run history` and the tests.
import { type Scenario, turnDate } from '../engine';
import type { GameResult } from './record';
import type { Timeline } from './timeline';

/** Days from `a` to `b` (ISO dates). */
const daysBetween = (a: string, b: string): number => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

export interface PaceEvent {
  id: string;
  label: string;
  /** The real date, ISO. */
  real: string;
  /** The turn it happened in a game, or undefined if it never did. */
  turnOf: (t: Timeline) => number | undefined;
  /** The target, in words, and its check over the games' day offsets from the real date (null: never). */
  target: string;
  met: (offsets: readonly (number | null)[]) => boolean;
}

const firstCapture = (objective: string, camp: string) => (t: Timeline): number | undefined =>
  t.captures.find((c) => c.objective === objective && c.camp === camp)?.turn;

/** The median of the offsets, never-happened counting as after everything; null if the median game never saw it. */
export function medianOffset(offsets: readonly (number | null)[]): number | null {
  const sorted = offsets.map((o) => (o === null ? Infinity : o)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const m = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return Number.isFinite(m) ? m : null;
}

const share = (offsets: readonly (number | null)[], ok: (o: number | null) => boolean): number =>
  offsets.filter(ok).length / Math.max(1, offsets.length);
const medianWithin = (days: number) => (o: readonly (number | null)[]): boolean => {
  const m = medianOffset(o);
  return m !== null && Math.abs(m) <= days;
};

/** Issue 13's pace targets for ai:balanced v ai:balanced. */
export const PACE_EVENTS: readonly PaceEvent[] = [
  {
    id: 'crossing', label: "Government's first crossing to the east bank", real: '2017-09-18',
    turnOf: (t) => t.crossings.find((c) => c.camp === 'russia')?.turn,
    target: 'in ≥ 70% of games; median within 4 days',
    met: (o) => share(o, (x) => x !== null) >= 0.7 && medianWithin(4)(o),
  },
  { id: 'conoco', label: 'Conoco to the coalition', real: '2017-09-23', turnOf: firstCapture('conoco', 'coalition'), target: 'median within 4 days', met: medianWithin(4) },
  { id: 'mayadin', label: 'Al-Mayadin to the government', real: '2017-10-14', turnOf: firstCapture('mayadin', 'russia'), target: 'median within 6 days', met: medianWithin(6) },
  {
    id: 'al-omar', label: 'Al-Omar to the coalition', real: '2017-10-22', turnOf: firstCapture('al-omar', 'coalition'),
    target: 'not before 15 Oct in ≥ 75% of games', met: (o) => share(o, (x) => x === null || x >= -7) >= 0.75,
  },
  {
    id: 'city', label: 'Deir ez-Zor city wholly taken (government)', real: '2017-11-03', turnOf: firstCapture('deir-ez-zor', 'russia'),
    target: 'not before 20 Oct in ≥ 75% of games', met: (o) => share(o, (x) => x === null || x >= -14) >= 0.75,
  },
  { id: 'bukamal', label: 'Al-Bukamal to the government', real: '2017-11-19', turnOf: firstCapture('bukamal', 'russia'), target: '(no target)', met: () => true },
];

export interface PaceRow {
  id: string;
  label: string;
  real: string;
  /** Share of games in which it happened. */
  happened: number;
  /** Median date (null: after the end of the median game), and the 25th and 75th percentile dates. */
  median: string | null;
  p25: string | null;
  p75: string | null;
  /** Median offset from the real date in days (null as for median). */
  medianDays: number | null;
  target: string;
  met: boolean;
}

function percentileDate(scenario: Scenario, turns: readonly (number | undefined)[], p: number): string | null {
  const sorted = turns.map((t) => t ?? Infinity).sort((a, b) => a - b);
  const t = sorted[Math.floor((sorted.length - 1) * p)];
  return t === undefined || !Number.isFinite(t) ? null : turnDate(scenario, t);
}

/** Per pace event: how often, when (a turn's date is its first day), and whether the target is met. */
export function paceRows(scenario: Scenario, games: readonly Pick<GameResult, 'timeline'>[]): PaceRow[] {
  return PACE_EVENTS.map((e) => {
    const turns = games.map((g) => e.turnOf(g.timeline));
    const offsets = turns.map((t) => (t === undefined ? null : daysBetween(e.real, turnDate(scenario, t))));
    return {
      id: e.id, label: e.label, real: e.real,
      happened: share(offsets, (x) => x !== null),
      median: percentileDate(scenario, turns, 0.5), p25: percentileDate(scenario, turns, 0.25), p75: percentileDate(scenario, turns, 0.75),
      medianDays: medianOffset(offsets), target: e.target, met: e.met(offsets),
    };
  });
}

/** The airbase held by the government throughout: it never changed hands. */
export const airbaseHeld = (t: Timeline): boolean => !t.captures.some((c) => c.objective === 'airbase' && c.camp !== 'russia');

/** Incident kinds that are not fire on the other power's forces (talk, lines, warnings, denials). */
const NOT_FIRE = new Set(['provocation', 'line_crossed', 'agreement_broken', 'warning_ignored', 'public_warning', 'false_denial']);

export interface StoryRow { id: string; label: string; share: number; target: string; met: boolean }

/** Issue 13 item 5: the source report's story, as shares of games. `from`..`to` are the turns of 13-20 Sep. */
export function storyRows(scenario: Scenario, games: readonly Pick<GameResult, 'timeline' | 'maxRung' | 'outcome'>[]): StoryRow[] {
  const n = Math.max(1, games.length);
  const frac = (ok: (g: (typeof games)[number]) => boolean): number => games.filter(ok).length / n;
  const inWindow = (turn: number): boolean => {
    const d = turnDate(scenario, turn);
    // A two-day turn counts if either of its days falls in 13-20 Sep.
    return daysBetween('2017-09-13', d) >= -1 && daysBetween(d, '2017-09-20') >= 0;
  };
  const teams = (t: Timeline) => t.incidents.filter((i) => !i.inject && i.by !== null);
  const rows: [string, string, number, string, (s: number) => boolean][] = [
    ['incident', 'at least one incident between the camps', frac((g) => teams(g.timeline).length > 0), '≥ 60%', (s) => s >= 0.6],
    ['strike', 'a strike or fire on the other power’s forces, 13–20 Sep', frac((g) => teams(g.timeline).some((i) => !NOT_FIRE.has(i.kind) && inWindow(i.turn))), '≥ 25%', (s) => s >= 0.25],
    ['warning', 'a warning, public or on the line, after an incident', frac((g) => {
      const first = teams(g.timeline)[0];
      return first !== undefined && (g.timeline.warnings.some((w) => w.turn >= first.turn) || g.timeline.incidents.some((i) => i.kind === 'public_warning' && !i.inject));
    }), '≥ 40%', (s) => s >= 0.4],
    ['meeting', 'a face-to-face meeting (maps shared there)', frac((g) => g.timeline.meetings.length > 0), '≥ 25%', (s) => s >= 0.25],
    ['share-turn-1', 'positions shared over the line on turn 1', frac((g) => g.timeline.shares.some((s) => s.turn === 1)), 'not from turn 1 (0%)', (s) => s === 0],
    ['rung', 'highest rung at least Incident', frac((g) => !['Routine', 'Friction'].includes(g.maxRung)), '30–70%', (s) => s >= 0.3 && s <= 0.7],
    ['clash', 'a direct clash', frac((g) => g.outcome === 'clash'), '≤ 5%', (s) => s <= 0.05],
    ['airbase', 'the airbase held by the government throughout', frac((g) => airbaseHeld(g.timeline)), '≥ 95%', (s) => s >= 0.95],
  ];
  return rows.map(([id, label, s, target, ok]) => ({ id, label, share: s, target, met: ok(s) }));
}
