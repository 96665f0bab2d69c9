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
  private h1 = 0x811c9dc5;
  private h2 = 0x01000193 ^ 0x9e3779b9;

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

/** Feeds canonicalJson(value) to the hash without building the whole string (a state is ~10 kB). */
function feedCanonical(h: Fnv64, value: unknown): void {
  if (value === null || typeof value !== 'object') {
    h.add(typeof value === 'number' && Number.isFinite(value) ? String(value) : JSON.stringify(value) ?? 'null');
    return;
  }
  if (Array.isArray(value)) {
    h.add('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) h.add(',');
      feedCanonical(h, value[i]);
    }
    h.add(']');
    return;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  h.add('{');
  for (let i = 0; i < keys.length; i++) {
    if (i > 0) h.add(',');
    h.add(JSON.stringify(keys[i]));
    h.add(':');
    feedCanonical(h, obj[keys[i]!]);
  }
  h.add('}');
}

/** hashString(canonicalJson(state)), computed without the intermediate string. */
export function hashState(state: unknown): string {
  const h = new Fnv64();
  feedCanonical(h, state);
  return h.digest();
}
