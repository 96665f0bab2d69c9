// The ARIA live region's words for one command or AI round: the canvas cannot be read, so a screen
// reader hears what happened in a few short sentences, and the event log holds the rest.
const MAX_SENTENCES = 6;

export function announcement(round: { lines: readonly string[]; moves: number }): string {
  const out = round.lines.slice(0, MAX_SENTENCES);
  const more = round.lines.length - out.length;
  if (round.moves > 0) out.push(round.moves === 1 ? 'One unit of another camp moved.' : `${round.moves} units of other camps moved.`);
  if (more > 0) out.push(`${more} more in the event log.`);
  return out.join(' ');
}
