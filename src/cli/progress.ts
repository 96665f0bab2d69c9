// A progress bar on stderr: games done, rate and time left. Redrawn at most every 200 ms; on a
// terminal in place, elsewhere (CI logs, files) as a line every few seconds.

export function progressBar(total: number, label = 'games'): { tick(done: number): void } {
  const start = performance.now();
  const tty = process.stderr.isTTY === true;
  let last = 0;
  const draw = (done: number, final: boolean): void => {
    const now = performance.now();
    if (!final && now - last < (tty ? 200 : 5000)) return;
    last = now;
    const secs = (now - start) / 1000;
    const rate = secs > 0 ? done / secs : 0;
    const eta = rate > 0 ? (total - done) / rate : 0;
    const width = 24;
    const filled = Math.round((width * done) / total);
    const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label}  ${rate.toFixed(1)}/s  ETA ${eta.toFixed(1)} s`;
    process.stderr.write(tty ? `\r${line}${final ? '\n' : ''}` : `${line}\n`);
  };
  return { tick: (done) => draw(done, done === total) };
}
