// Game dates by integer calendar arithmetic (no Date: the engine has no clock).

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLength = (y: number, m: number): number => (m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m - 1]!);
const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO date `days` after an ISO date. */
export function addDays(iso: string, days: number): string {
  // Pure and asked with few distinct arguments (every hotline message is dated): remembered.
  const key = `${iso}+${days}`;
  let out = DATES.get(key);
  if (out === undefined) {
    if (DATES.size >= 4096) DATES.clear();
    DATES.set(key, (out = countDays(iso, days)));
  }
  return out;
}
const DATES = new Map<string, string>();

function countDays(iso: string, days: number): string {
  let [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  d += days;
  while (d > monthLength(y, m)) {
    d -= monthLength(y, m);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The date on which `turn` (1-based) begins. */
export const dateOfTurn = (startDate: string, daysPerTurn: number, turn: number): string =>
  addDays(startDate, (turn - 1) * daysPerTurn);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "9 Sep 2017" */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}
