// A canonical hash of any plain-JSON value: keys sorted, so two equal states hash the same
// whatever order their keys were written in. Used for desync checks, saves and tests.

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');

/** 64-bit FNV-1a-style hash in two 32-bit lanes, fed text piece by piece. */
class Fnv64 {
  h1 = 0x811c9dc5;
  h2 = 0x01000193 ^ 0x9e3779b9;

  add(text: string): void {
    let h1 = this.h1, h2 = this.h2;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    this.h1 = h1;
    this.h2 = h2;
  }

  digest(): string {
    return hex(this.h1) + hex(this.h2);
  }
}

/** The hash of a string, as 16 hex digits. */
export function hashString(text: string): string {
  const h = new Fnv64();
  h.add(text);
  return h.digest();
}

/**
 * The hash lanes while hashState runs (one at a time: the engine is synchronous), so that feeding a
 * piece of text is a loop over locals, not a method call on an object per key and value.
 */
let H1 = 0;
let H2 = 0;

function feed(text: string): void {
  let h1 = H1, h2 = H2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  H1 = h1;
  H2 = h2;
}

/** One UTF-16 unit, as feed would. */
function feedCode(c: number): void {
  H1 = Math.imul(H1 ^ c, 0x01000193);
  let h2 = Math.imul(H2 ^ c, 0x5bd1e995);
  h2 ^= h2 >>> 15;
  H2 = h2;
}

const QUOTE = 34;

/** Does JSON.stringify escape anything in `s` (a quote, backslash, control character or surrogate)? */
function needsEscape(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c === QUOTE || c === 92 || (c >= 0xd800 && c <= 0xdfff)) return true;
  }
  return false;
}

/** Feeds JSON.stringify(s); most strings need no escape and are fed between quotes as they are. */
function feedString(s: string): void {
  if (needsEscape(s)) {
    feed(JSON.stringify(s));
    return;
  }
  feedCode(QUOTE);
  feed(s);
  feedCode(QUOTE);
}

/** Non-negative safe integers written digit by digit, as String() would, without making the string. */
function feedNumber(n: number): void {
  if (Number.isInteger(n) && n >= 0 && n < 1e15) {
    if (n >= 10) feedNumber(Math.floor(n / 10));
    feedCode(48 + (n % 10));
  } else feed(Number.isFinite(n) ? String(n) : 'null');
}

/** Feeds canonicalJson(value) to the hash without building the whole string (a state is ~10 kB). */
function feedCanonical(value: unknown): void {
  if (value === null || typeof value !== 'object') {
    if (value === null) feed('null');
    else if (typeof value === 'number') feedNumber(value);
    else if (typeof value === 'string') feedString(value);
    else if (value === true) feed('true');
    else if (value === false) feed('false');
    else feed(JSON.stringify(value) ?? 'null');
    return;
  }
  if (Array.isArray(value)) feedArray(value, feedCanonical);
  else feedObject(value as Record<string, unknown>, feedCanonical);
}

/** An array's canonical text, each entry fed by feedEntry. */
function feedArray(value: readonly unknown[], feedEntry: (v: unknown) => void): void {
  feedCode(91); // [
  for (let i = 0; i < value.length; i++) {
    if (i > 0) feedCode(44); // ,
    feedEntry(value[i]);
  }
  feedCode(93); // ]
}

/** An object's canonical text (defined keys sorted), each value fed by feedField. */
function feedObject(obj: Record<string, unknown>, feedField: (v: unknown) => void): void {
  const keys = Object.keys(obj);
  const shape = shapeOf(keys);
  feedCode(123); // {
  if (shape !== undefined) {
    let first = true;
    for (let j = 0; j < shape.order.length; j++) {
      const v = obj[keys[shape.order[j]!]!];
      if (v === undefined) continue;
      if (first) first = false;
      else feedCode(44); // ,
      feed(shape.heads[j]!);
      feedField(v);
    }
  } else {
    const sorted = definedKeysSorted(obj, keys);
    for (let i = 0; i < sorted.length; i++) {
      if (i > 0) feedCode(44); // ,
      feedString(sorted[i]!);
      feedCode(58); // :
      feedField(obj[sorted[i]!]);
    }
  }
  feedCode(125); // }
}

/**
 * The keys of objects of one shape (the same keys in the same order, as objects made by the same code
 * have), with their sorted order and each key's text ("key":) made once: most objects hashed are units,
 * hexes, messages and agreements, and sorting and escaping their keys again for each was most of the
 * cost of walking them.
 */
interface Shape { keys: readonly string[]; order: readonly number[]; heads: readonly string[] }
/** Shapes by their first key. Maps keyed by data (control, serial counters) make a few more; capped all the same. */
const SHAPES = new Map<string, Shape[]>();
const MAX_SHAPES = 1024;
let shapeCount = 0;

/** The shape of an object with these keys (Object.keys order), made on first meeting; undefined past the cap. */
function shapeOf(keys: readonly string[]): Shape | undefined {
  const first = keys[0];
  if (first === undefined) return EMPTY_SHAPE;
  let list = SHAPES.get(first);
  if (list !== undefined) {
    for (let s = 0; s < list.length; s++) {
      const known = list[s]!.keys;
      if (known.length !== keys.length) continue;
      let same = true;
      for (let i = 1; i < keys.length; i++) if (known[i] !== keys[i]) { same = false; break; }
      if (same) return list[s];
    }
  }
  if (shapeCount >= MAX_SHAPES) return undefined;
  const order = keys.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
  const shape: Shape = { keys: keys.slice(), order, heads: order.map((i) => `${JSON.stringify(keys[i])}:`) };
  if (list === undefined) SHAPES.set(first, (list = []));
  list.push(shape);
  shapeCount++;
  return shape;
}
const EMPTY_SHAPE: Shape = { keys: [], order: [], heads: [] };

/** The object's keys without undefined fields, sorted, as .filter().sort() would give them; sorted in
 * place (insertion sort: objects have few keys) and cut to length, so no second array is made. */
function definedKeysSorted(obj: Record<string, unknown>, keys = Object.keys(obj)): string[] {
  let n = 0;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (obj[k] === undefined) continue;
    let j = n++;
    while (j > 0 && keys[j - 1]! > k) { keys[j] = keys[j - 1]!; j--; }
    keys[j] = k;
  }
  keys.length = n;
  return keys;
}

/** hashString(canonicalJson(state)), computed without the intermediate string. */
export function hashState(state: unknown): string {
  const h = new Fnv64();
  H1 = h.h1;
  H2 = h.h2;
  feedCanonical(state);
  return hex(H1) + hex(H2);
}

/** canonicalJson written for speed, as the hasher needs it: the same text (the hasher's tests hold it to hashState). */
function canonicalText(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'string') return needsEscape(value) ? JSON.stringify(value) : `"${value}"`;
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + canonicalText(value[i]);
    return `${out}]`;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  const shape = shapeOf(keys);
  let out = '{';
  if (shape !== undefined) {
    let first = true;
    for (let j = 0; j < shape.order.length; j++) {
      const v = obj[keys[shape.order[j]!]!];
      if (v === undefined) continue;
      out += first ? shape.heads[j]! : `,${shape.heads[j]!}`;
      first = false;
      out += canonicalText(v);
    }
    return `${out}}`;
  }
  const sorted = definedKeysSorted(obj, keys);
  for (let i = 0; i < sorted.length; i++) out += `${i > 0 ? ',' : ''}${canonicalText(sorted[i]!)}:${canonicalText(obj[sorted[i]!])}`;
  return `${out}}`;
}

/** What StateHasher keeps of an object it has met: the hash lanes before and after feeding it, and its text. */
interface Kept { text: string | null; in1: number; in2: number; out1: number; out2: number }

/**
 * hashState for states that are never changed once hashed, such as the states of a replay as it is
 * verified (applyCommand never changes its input, and shares what it does not change). The hash is
 * fed the state's canonical text in order, so its lanes after an object depend only on the lanes
 * before it and the object's text: an object met again with the same lanes before it (all the text
 * before it unchanged, as for the log entries a move leaves alone) is skipped, its lanes after it
 * taken as they were. Met again after other text, an object in an array is fed as its kept text.
 * Most objects met once (the units a new phase copies) are never met again, so the text is made the
 * second time. Same hashes as hashState. Do not hash a state, change it, and hash it again with the
 * same hasher.
 */
export class StateHasher {
  private readonly kept = new WeakMap<object, Kept>();

  hash(state: unknown): string {
    const h = new Fnv64();
    H1 = h.h1;
    H2 = h.h2;
    this.feedValue(state, false);
    return hex(H1) + hex(H2);
  }

  /** feedCanonical, but an object met before is skipped (same lanes before it) or fed as its kept text (in an array). */
  private feedValue(value: unknown, inArray: boolean): void {
    if (value === null || typeof value !== 'object') {
      feedCanonical(value);
      return;
    }
    const in1 = H1, in2 = H2;
    const kept = this.kept.get(value);
    if (kept !== undefined && kept.in1 === in1 && kept.in2 === in2) {
      H1 = kept.out1;
      H2 = kept.out2;
      return;
    }
    // An entry of an array (a unit, message, agreement...) holds no object met elsewhere: walked
    // plainly, not object by object. The state's own fields and the lists are walked by feedParts.
    if (kept === undefined) {
      if (inArray) feedCanonical(value);
      else this.feedParts(value);
      this.kept.set(value, { text: null, in1, in2, out1: H1, out2: H2 });
      return;
    }
    if (inArray) feed((kept.text ??= canonicalText(value)));
    else this.feedParts(value);
    kept.in1 = in1;
    kept.in2 = in2;
    kept.out1 = H1;
    kept.out2 = H2;
  }

  /** An object's canonical text, each value in it by feedValue. */
  private feedParts(value: object): void {
    if (Array.isArray(value)) feedArray(value, this.feedEntry);
    else feedObject(value as Record<string, unknown>, this.feedField);
  }

  private readonly feedEntry = (v: unknown): void => this.feedValue(v, true);
  private readonly feedField = (v: unknown): void => this.feedValue(v, false);
}
