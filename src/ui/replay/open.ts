// Opening a replay from untrusted input: a file (its size checked before it is read) or a link's
// fragment. Every failure is a message for the page; a replay that parses is verified in full here,
// keeping every state for the viewer, so a desync is refused before anything is shown.
import type { GameState, Scenario } from '../../engine';
import { MAX_REPLAY_BYTES, type Replay } from '../../replay/format';
import { readFragment } from '../../replay/link';
import { type ParseResult, parseReplayText } from '../../replay/parse';
import { verifyReplay } from '../../replay/verify';
import { builtinScenario } from '../../scenarios';
import { t } from '../../i18n/messages';
import { formatNumber } from '../../i18n/format';
import { replayErrorText } from '../../text/replayErrorText';
import { fileFaultText } from '../../text/fileFaultText';
import { readChosenFile } from '../fileRead';

export interface OpenedReplay { scenario: Scenario; replay: Replay; states: GameState[]; turn?: number }
export type OpenResult = { ok: true; opened: OpenedReplay } | { ok: false; message: string };

function verified(parsed: ParseResult, turn?: number): OpenResult {
  if (!parsed.ok) return { ok: false, message: replayErrorText(parsed) };
  const v = verifyReplay(parsed.scenario, parsed.replay, { keepStates: true });
  if (!v.ok) return { ok: false, message: v.kind === 'unchecked' ? t().replay_unchecked({ error: v.message }) : t().replay_no_playback({ error: v.message }) };
  return { ok: true, opened: { scenario: parsed.scenario, replay: parsed.replay, states: v.states!, ...(turn === undefined ? {} : { turn }) } };
}

/** The replay in a location hash, or null when the hash carries none. */
export function openFromHash(hash: string): OpenResult | null {
  const r = readFragment(hash, builtinScenario);
  if (r.kind === 'none') return null;
  if (r.kind === 'bad') {
    console.warn(r.message); // the English, with any library's detail the screen leaves out
    return { ok: false, message: replayErrorText(r) };
  }
  return verified(r.parsed, r.turn);
}

/** A file chosen or dropped: refused unread when it is over the limit. */
export async function openFromFile(file: File): Promise<OpenResult> {
  if (file.size > MAX_REPLAY_BYTES) {
    return { ok: false, message: t().replay_too_large({ name: file.name, size: formatNumber(file.size / 1024 / 1024, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) }) };
  }
  const read = await readChosenFile(file);
  if (!read.ok) return { ok: false, message: t().replay_unreadable({ name: file.name, error: fileFaultText(read.fault) }) };
  return verified(parseReplayText(read.text, builtinScenario));
}

/** Opens a replay from text (the tests and the verifier's own input). */
export function openFromText(text: string): OpenResult {
  return verified(parseReplayText(text, builtinScenario));
}
