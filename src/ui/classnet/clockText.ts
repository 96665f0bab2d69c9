// The class clock and phase timers in words: "The game ends at 10:45 or after turn 12", "1:23 left".
// Pure (the time comes in as a number), so the tests pin them without a clock.

import { t } from '../../i18n/messages';

/** Whole seconds left as m:ss (0:00 once run out). */
export function countdown(endsAt: string, now: number): string {
  const left = Math.max(0, Math.ceil((Date.parse(endsAt) - now) / 1000));
  return t().class_left({ time: `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}` });
}

/** The class clock's line; `time` formats the end (the teacher's locale by default). */
export function clockLine(clock: { endsAt: string | null; afterTurn: number | null }, now: number,
  time: (d: Date) => string = (d) => d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })): string {
  const at = clock.endsAt ? t().class_clock_at({ time: time(new Date(clock.endsAt)), left: countdown(clock.endsAt, now) }) : null;
  const after = clock.afterTurn !== null ? t().class_clock_after({ turn: clock.afterTurn }) : null;
  if (at && after) return t().class_clock_both({ at, after });
  const when = at ?? after;
  return when ? t().class_clock_one({ when }) : t().class_no_clock();
}
