// 10,000 random mutations of a valid replay file and of its link: each must come back as a typed
// refusal or a replay that verifies (or desyncs) cleanly: never an uncaught exception.
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { builtinScenario } from '../../src/scenarios';
import { encodeReplay, readFragment } from '../../src/replay/link';
import { parseReplay, parseReplayText } from '../../src/replay/parse';
import { verifyReplay } from '../../src/replay/verify';
import { opening } from './replayFixtures';

const MUTATIONS = 10_000;
const JUNK = ['null', '-1', '1e309', '"x"', '[]', '{}', '0.5', 'true', '"' + 'z'.repeat(300) + '"', '9007199254740993'];

type Outcome = 'refused' | 'valid' | 'desync' | 'illegal' | 'unchecked';

function mutateText(t: string, rng: () => number): string {
  const at = Math.floor(rng() * t.length);
  const char = String.fromCharCode(32 + Math.floor(rng() * 95));
  switch (Math.floor(rng() * 6)) {
    case 0: return t.slice(0, at) + t.slice(at + 1);
    case 1: return t.slice(0, at) + char + t.slice(at);
    case 2: return t.slice(0, at) + char + t.slice(at + 1);
    case 3: return t.slice(0, at);
    case 4: { const end = Math.min(t.length, at + 1 + Math.floor(rng() * 40)); return t.slice(0, end) + t.slice(at, end) + t.slice(end); }
    default: { // a digit changed: the most likely hand edit that still parses
      const digits = [...t.matchAll(/\d/g)];
      const d = digits[Math.floor(rng() * digits.length)]!;
      return t.slice(0, d.index) + String(Math.floor(rng() * 10)) + t.slice(d.index + 1);
    }
  }
}

/** Replaces one value anywhere in the JSON tree with junk. */
function mutateTree(value: unknown, rng: () => number): unknown {
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(value, []);
  const path = paths[Math.floor(rng() * paths.length)]!;
  const junk: unknown = JSON.parse(JUNK[Math.floor(rng() * JUNK.length)]!);
  if (path.length === 0) return junk;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const p of path.slice(0, -1)) node = node[p] as Record<string | number, unknown>;
  node[path.at(-1)!] = junk;
  return copy;
}

function outcomeOf(parsed: ReturnType<typeof parseReplay>): Outcome {
  if (!parsed.ok) {
    expect(parsed.message.length).toBeGreaterThan(10);
    return 'refused';
  }
  const r = verifyReplay(parsed.scenario, parsed.replay);
  return r.ok ? 'valid' : r.kind;
}

describe('replay fuzz', () => {
  it(`${MUTATIONS} mutations of a file and a link give typed results only`, () => {
    const replay = opening('fuzz', 1);
    const text = JSON.stringify(replay);
    const link = encodeReplay(replay);
    const rng = seedrandom('replay-fuzz');
    const tally: Record<string, number> = {};
    for (let i = 0; i < MUTATIONS; i++) {
      let outcome: Outcome;
      const kind = i % 3;
      if (kind === 0) outcome = outcomeOf(parseReplayText(mutateText(text, rng), builtinScenario));
      else if (kind === 1) outcome = outcomeOf(parseReplay(mutateTree(replay, rng), builtinScenario));
      else {
        const r = readFragment(`#replay=${mutateText(link, rng)}${rng() < 0.2 ? '&turn=' + mutateText('12', rng) : ''}`, builtinScenario);
        outcome = r.kind === 'replay' ? outcomeOf(r.parsed) : 'refused';
      }
      const key = `${['text', 'tree', 'link'][kind]}:${outcome}`;
      tally[key] = (tally[key] ?? 0) + 1;
    }
    console.log('replay fuzz outcomes', tally);
    const total = Object.values(tally).reduce((a, b) => a + b, 0);
    expect(total).toBe(MUTATIONS);
    // The mutations reach past the parser too: some still parse and are then caught by verification.
    expect((tally['text:desync'] ?? 0) + (tally['text:illegal'] ?? 0) + (tally['tree:desync'] ?? 0) + (tally['tree:illegal'] ?? 0)).toBeGreaterThan(0);
    expect(tally['text:refused']).toBeGreaterThan(0);
    expect(tally['link:refused']).toBeGreaterThan(0);
  }, 120_000);
});
