// Hex references and signed numbers in Arabic: a leading minus is placed by its neighbours in
// right-to-left text ("-40,23" read "40,23-"), so every message isolates them left to right.
import { afterEach, describe, expect, it } from 'vitest';
import { BASE_LOCALE, t, useLocale } from '../../src/i18n/messages';
import { isolateSigned } from '../../src/i18n/bidi';
import { refuse } from '../../src/engine';
import { refusalText } from '../../src/text/refusalText';

const LRI = '\u2066';
const PDI = '\u2069';

describe('bidi isolation of hexes and signed numbers', () => {
  afterEach(() => useLocale(BASE_LOCALE));

  it('isolates a negative coordinate, a signed change and a pair with a negative second half, once', () => {
    expect(isolateSigned('الخلية -40,23 قرب')).toBe(`الخلية ${LRI}-40,23${PDI} قرب`);
    expect(isolateSigned('40,-23')).toBe(`${LRI}40,-23${PDI}`);
    expect(isolateSigned('الثقة -10')).toBe(`الثقة ${LRI}-10${PDI}`);
    expect(isolateSigned(isolateSigned('-40,23'))).toBe(`${LRI}-40,23${PDI}`);
    // A range and a positive pair read right already; thousands stay as they are.
    expect(isolateSigned('3-5 و 3,4 و 1,234')).toBe('3-5 و 3,4 و 1,234');
    // Ids keep their hyphens and digits as they are.
    expect(isolateSigned('«deir-ez-zor-2017» و «obj-1» و sdf-1a')).toBe('«deir-ez-zor-2017» و «obj-1» و sdf-1a');
  });

  it('Arabic messages isolate a hex with a negative coordinate, in a message and in a refusal', async () => {
    await useLocale('ar');
    expect(t().common_hex({ q: -40, r: 23 })).toContain(`${LRI}-40,23${PDI}`);
    expect(refusalText(refuse('not_your_phase', 'off_map', { hex: '-40,23' }))).toContain(`${LRI}-40,23${PDI}`);
  });

  it('English and Russian messages are left as they are', async () => {
    expect(t().common_hex({ q: -40, r: 23 })).not.toContain(LRI);
    await useLocale('ru');
    expect(t().common_hex({ q: -40, r: 23 })).toBe('гекс -40,23');
  });
});
