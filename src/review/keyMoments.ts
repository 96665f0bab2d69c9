// Key moments: the entries a class should look at on the map: the biggest escalation jumps, each
// climb to a higher rung, the first incident and those with great-power losses, objective captures
// and the clash. Each opens the replay viewer at its turn.
import type { KeyMoment, TimelineEntry } from './types';
import { t } from '../i18n/messages';

const MAX_MOMENTS = 14;

/** The `ref` of the timeline's entry for a direct clash (the game's end). */
export const CLASH_REF = 'clash';

export function keyMoments(timeline: readonly TimelineEntry[]): KeyMoment[] {
  const picked = new Map<TimelineEntry, string>();
  const pick = (e: TimelineEntry | undefined, why: string): void => { if (e && !picked.has(e)) picked.set(e, why); };
  const clash = timeline.find((e) => e.kind === 'escalation' && e.ref === CLASH_REF);
  pick(clash, t().review_why_end());
  for (const e of timeline) {
    const up = e.escalation.find((c) => c.rungTo > c.rungFrom);
    if (up) pick(e, t().review_why_rung({ from: String(up.from), to: String(up.to) }));
  }
  [...timeline].filter((e) => e.delta > 0).sort((a, b) => b.delta - a.delta || a.command - b.command).slice(0, 3)
    .forEach((e) => pick(e, t().review_why_jump({ delta: String(e.delta) })));
  pick(timeline.find((e) => e.kind === 'incident'), t().review_why_first_incident());
  for (const e of timeline) if (e.kind === 'inject') pick(e, t().review_why_inject());
  for (const e of timeline) if (e.kind === 'ruling') pick(e, t().review_why_ruling());
  for (const e of timeline) if (e.kind === 'capture' && e.actor !== 'is') pick(e, t().review_why_capture());
  // Picked in order of importance: the cap drops captures before the clash.
  return [...picked.entries()]
    .slice(0, MAX_MOMENTS)
    .sort(([a], [b]) => a.command - b.command)
    .map(([e, why]) => ({ turn: e.turn, command: e.command, title: e.text, why }));
}
