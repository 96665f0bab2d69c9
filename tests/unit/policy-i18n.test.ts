// The AI policies' names in every language (issue 18): the class page's Monte Carlo menus and the
// replay viewer's and review's player lines show a word, not the id ("ai:balanced", "reckless").
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { POLICY_NAMES } from '../../src/classroom/mcProtocol';
import { BASE_LOCALE, useLocale } from '../../src/i18n/messages';
import { parseReplayText } from '../../src/replay/parse';
import { buildReview } from '../../src/review/build';
import { builtinScenario } from '../../src/scenarios';
import { hasPolicyName, policyName } from '../../src/text/policyName';

const SCRIPT = { ru: /[А-Яа-яЁё]/, ar: /[\u0600-\u06FF]/ } as const;
/** A policy id left in the words: a Latin word of three letters or more. */
const LATIN = /[a-z]{3,}/i;

function players() {
  const p = parseReplayText(readFileSync('tests/golden/direct-clash.json', 'utf8'), builtinScenario);
  if (!p.ok) throw new Error(p.message);
  return buildReview(p.scenario, p.replay).players;
}

describe('AI policy names', () => {
  afterEach(() => useLocale(BASE_LOCALE));

  it('every policy the class page offers has a wording', () => {
    expect(POLICY_NAMES.filter((id) => !hasPolicyName(id))).toEqual([]);
  });

  it('English names each policy in words, each one differently', () => {
    const names = POLICY_NAMES.map(policyName);
    expect(names.filter((n, i) => n === POLICY_NAMES[i])).toEqual([]);
    expect(new Set(names).size).toBe(POLICY_NAMES.length);
    expect(policyName('ai:balanced:hard')).toBe('AI, balanced doctrine, hard');
  });

  it.each(['ru', 'ar'] as const)('%s: every policy and the review\'s players in the language, no id left', async (locale) => {
    await useLocale(locale);
    const names = POLICY_NAMES.map(policyName);
    expect(names.filter((n) => !SCRIPT[locale].test(n) || LATIN.test(n))).toEqual([]);
    expect(new Set(names).size).toBe(POLICY_NAMES.length);
    expect(Object.values(players()).filter((n) => !SCRIPT[locale].test(n) || LATIN.test(n))).toEqual([]);
  });

  it('a policy the game does not know (from a replay file) shows its id', () => {
    expect(policyName('my-bot')).toBe('AI "my-bot"');
  });
});
