// Where a JSON text fails to parse, read from the parser's English message, so the UI can word it in
// the player's language. Chromium and Node give "at position N" (or "line L column C"), Firefox "at line L
// column C", and all say "end of JSON input"/"unexpected end" for a text cut short.

/** Where the text went wrong: a place (1-based), its end, an unexpected token, or nowhere named. */
export type JsonFault =
  | { kind: 'at'; line: number; column: number }
  | { kind: 'end' }
  | { kind: 'token'; token: string }
  | { kind: 'other' };

function lineColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) { line++; start = i + 1; }
  }
  return { line, column: position - start + 1 };
}

/** The fault of `text`, given the error JSON.parse threw on it. */
export function jsonFault(text: string, error: unknown): JsonFault {
  const message = error instanceof Error ? error.message : String(error);
  if (/unexpected end|end of (JSON )?(input|data)/i.test(message)) return { kind: 'end' };
  const lc = /line (\d+) column (\d+)/i.exec(message);
  if (lc) return { kind: 'at', line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /at position (\d+)/i.exec(message);
  if (pos) return { kind: 'at', ...lineColumn(text, Number(pos[1])) };
  const token = /Unexpected token '?(.)'?/.exec(message);
  if (token) return { kind: 'token', token: JSON.stringify(token[1]) };
  return { kind: 'other' };
}
