// Dates named in a text, for the checks that a briefing pack tells nothing of what is to come.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Every day-and-month date in a text ("16 Sep", "5–9 Sep 2017", "14 October"), as ISO days; a bare year after 2017 as its 1 Jan. */
export function datesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b(\d{1,2})(?:[–-](\d{1,2}))?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+(\d{4}))?/g)) {
    const day = Number(m[2] ?? m[1]);
    out.push(`${m[4] ?? '2017'}-${String(MONTHS.indexOf(m[3]!) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  }
  for (const m of text.matchAll(/\b(20[12]\d)\b/g)) if (Number(m[1]) > 2017) out.push(`${m[1]}-01-01`);
  return out;
}

