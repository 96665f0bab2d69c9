// hashState streams the canonical JSON into the hash: it must equal hashing the canonical string, for
// any JSON value, so saves and replays written before keep their hashes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, hashState, hashString } from '../../src/engine/hash';
import { builtinScenario } from '../../src/scenarios';
import { newGame } from '../../src/engine';

describe('hashState', () => {
  it('equals hashString(canonicalJson(x)) for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => hashState(v) === hashString(canonicalJson(v))), { numRuns: 2000 });
  });

  it('skips undefined fields, writes undefined in arrays as null, and ignores key order', () => {
    expect(hashState({ b: 1, a: [undefined, -0, 1.5e300, 'x\u2028"'], c: undefined })).toBe(hashString('{"a":[null,0,1.5e+300,"x\u2028\\""],"b":1}'));
    expect(hashState({ a: 1, b: 2 })).toBe(hashState({ b: 2, a: 1 }));
  });

  it('hashes a new game as the canonical string does (the golden replays pin recorded hashes too)', () => {
    const state = newGame(builtinScenario('deir-ez-zor-2017')!, 'pinned');
    expect(hashState(state)).toBe(hashString(canonicalJson(state)));
  });
});
