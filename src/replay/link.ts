// Replays in links: the replay's JSON, deflated and base64url-encoded into the URL fragment
// (#replay=…&turn=N), so a shared link carries the whole game and no server sees it. Also the short
// game code of a scenario and a seed ("DEZ17-k3x9q"): the same code gives the same start and dice.
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import type { Scenario } from '../engine';
import { MAX_REPLAY_BYTES, type Replay } from './format';
import { type ParseResult, parseReplayText } from './parse';
import { type ReplayProblem, type ReplayRefusal, replayRefusal } from './parseErrors';

const INFLATE_CHUNK = 1024;

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Inflates at most MAX_REPLAY_BYTES, so a small link cannot unpack into a huge one. */
function inflateBounded(data: Uint8Array): { ok: true; text: string } | ReplayRefusal {
  const parts: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  const inflate = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > MAX_REPLAY_BYTES) throw new RangeError('too large');
    parts.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let i = 0; i < data.length; i += INFLATE_CHUNK) inflate.push(data.subarray(i, i + INFLATE_CHUNK), i + INFLATE_CHUNK >= data.length);
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof RangeError) return replayRefusal('link_too_big', {});
    // fflate's code 0 is "unexpected EOF": the data stops mid-stream, a link cut short.
    if ((e as { code?: unknown }).code === 0) return replayRefusal('link_cut', {});
    return replayRefusal('link_damaged', { detail: (e as Error).message });
  }
  if (!ended) return replayRefusal('link_cut', {});
  const all = new Uint8Array(size);
  let at = 0;
  for (const p of parts) { all.set(p, at); at += p.length; }
  return { ok: true, text: strFromU8(all) };
}

export function encodeReplay(replay: Replay): string {
  return toBase64Url(deflateSync(strToU8(JSON.stringify(replay)), { level: 9 }));
}

export function replayFragment(replay: Replay, turn?: number): string {
  return packedFragment(encodeReplay(replay), turn);
}

/** The fragment of a replay packed already (encodeReplay): packing a whole game is long, so do it once. */
export function packedFragment(packed: string, turn?: number): string {
  return `#replay=${packed}${turn === undefined ? '' : `&turn=${turn}`}`;
}

export type FragmentResult =
  | { kind: 'none' }
  | { kind: 'replay'; parsed: ParseResult; turn?: number }
  | { kind: 'bad'; message: string; problem: ReplayProblem };

const bad = (r: ReplayRefusal): FragmentResult => ({ kind: 'bad', message: r.message, problem: r.problem });

/** Reads a location hash. Anything but a replay fragment is 'none'; a damaged one says why. */
export function readFragment(hash: string, findScenario: (id: string) => Scenario | undefined): FragmentResult {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const data = params.get('replay');
  if (data === null) return { kind: 'none' };
  const turnText = params.get('turn');
  let turn: number | undefined;
  if (turnText !== null) {
    if (!/^\d{1,4}$/.test(turnText)) return bad(replayRefusal('link_turn', { turn: turnText.slice(0, 20) }));
    turn = Number(turnText);
  }
  if (data.length > MAX_REPLAY_BYTES) return bad(replayRefusal('link_long', {}));
  const bytes = fromBase64Url(data);
  if (!bytes) return bad(replayRefusal('link_base64', {}));
  const text = inflateBounded(bytes);
  if (!text.ok) return bad(text);
  return { kind: 'replay', parsed: parseReplayText(text.text, findScenario), ...(turn === undefined ? {} : { turn }) };
}

// Game codes (no compression, no parsing) live apart, so pages that show one load neither.
export { SCENARIO_CODES, gameCode, parseGameCode } from './gameCode';
