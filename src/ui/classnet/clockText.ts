// The class clock and phase timers in words: "The game ends at 10:45 or after turn 12", "1:23 left".
// Pure (the time comes in as a number), so the tests pin them without a clock.

/** Whole seconds left as m:ss (0:00 once run out). */
export function countdown(endsAt: string, now: number): string {
  const left = Math.max(0, Math.ceil((Date.parse(endsAt) - now) / 1000));
  return `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')} left`;
}

/** The class clock's line; `time` formats the end (the teacher's locale by default). */
export function clockLine(clock: { endsAt: string | null; afterTurn: number | null }, now: number,
  time: (d: Date) => string = (d) => d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })): string {
  const parts: string[] = [];
  if (clock.endsAt) parts.push(`at ${time(new Date(clock.endsAt))} (${countdown(clock.endsAt, now)})`);
  if (clock.afterTurn !== null) parts.push(`after turn ${clock.afterTurn}`);
  return parts.length === 0 ? 'No class clock: the games run to their last turn.' : `The game ends ${parts.join(' or ')}${parts.length > 1 ? ', whichever comes first' : ''}.`;
}
