// The review's sentences in the page's language: the review's worker loads the page's language and
// builds the review in it. Russian and Arabic: the headline, the timeline's own sentences, the key
// moments' reasons and the discussion questions are in the language's script; English is unchanged.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { BASE_LOCALE, type Locale, useLocale } from '../../src/i18n/messages';
import { parseReplayText } from '../../src/replay/parse';
import { buildReview } from '../../src/review/build';
import { builtinScenario } from '../../src/scenarios';

function review(name: string) {
  const p = parseReplayText(readFileSync(`tests/golden/${name}.json`, 'utf8'), builtinScenario);
  if (!p.ok) throw new Error(p.message);
  return buildReview(p.scenario, p.replay);
}

/** The scenario's own questions are its data, in the scenario's words (docs/i18n.md). */
const storyQuestions = new Set(builtinScenario('deir-ez-zor-2017')!.data.story?.questions?.map((q) => q.id) ?? []);

const SCRIPT: Record<Exclude<Locale, 'en'>, RegExp> = { ru: /[А-Яа-яЁё]/, ar: /[\u0600-\u06FF]/ };

describe('the review in the page\'s language', () => {
  afterEach(() => useLocale(BASE_LOCALE));

  it.each(['ru', 'ar'] as const)('%s: headline, timeline, key moments, questions, objectives, hotwash, history and decision points', async (locale) => {
    const english = review('direct-clash');
    await useLocale(locale);
    const r = review('direct-clash');
    const script = SCRIPT[locale];
    expect(r.outcome.headline).toMatch(script);
    expect(r.outcome.headline).not.toBe(english.outcome.headline);
    // Every entry of the timeline is a sentence of the review's own (the names in it may stay Latin).
    expect(r.timeline.filter((e) => !script.test(e.text)).map((e) => e.text)).toEqual([]);
    expect(r.keyMoments.filter((k) => !script.test(k.why)).map((k) => k.why)).toEqual([]);
    expect(r.questions.filter((q) => !storyQuestions.has(q.id) && !script.test(q.text)).map((q) => q.id)).toEqual([]);
    // The kit's objectives answered, and the hotwash's game against the record.
    expect(r.kit!.objectives.filter((o) => !script.test(o.evidence)).map((o) => o.evidence)).toEqual([]);
    expect(r.kit!.hotwash.comparisons.filter((c) => !script.test(c.game)).map((c) => c.game)).toEqual([]);
    // What really happened: the record and the game beside it (an inject's own history is scenario data).
    expect(r.history.filter((h) => !script.test(h.topic) || !script.test(h.game)).map((h) => h.topic)).toEqual([]);
    expect(r.history.filter((h) => !h.topic.includes(':') && !script.test(h.history)).map((h) => h.topic)).toEqual([]);
    // The class's decision points, as this game answers them.
    expect(r.kit!.decisions.filter((d) => !script.test(d.game)).map((d) => d.id)).toEqual([]);
    // The same game: the same moments and questions, only the words differ.
    expect(r.keyMoments.map((k) => k.command)).toEqual(english.keyMoments.map((k) => k.command));
    expect(r.questions.map((q) => q.id)).toEqual(english.questions.map((q) => q.id));
  });

  // Issue 18: the timeline's combat results were engine codes ("(2:1, DL)"); the odds stay numeric.
  it.each(['en', 'ru', 'ar'] as const)('%s: the timeline words its combat results and keeps the odds', async (locale) => {
    await useLocale(locale);
    const combats = review('direct-clash').timeline.filter((e) => /\d+:\d+/.test(e.text));
    expect(combats.length).toBeGreaterThan(5);
    expect(combats.filter((e) => /\b(AL2?|NE|EX|DL2?)\b/.test(e.text)).map((e) => e.text)).toEqual([]);
    await useLocale(BASE_LOCALE);
    expect(review('direct-clash').timeline.find((e) => e.text.startsWith('Air strike'))?.text).toMatch(/\((no effect|defender loses)/);
  });

  // Issue 18: the source lines' annotations were English ("(denial)", "(the source report)", "statement of");
  // the citations themselves (outlets, dates, titles) stay as published.
  it.each(['ru', 'ar'] as const)('%s: the source lines word their annotations and keep the citations', async (locale) => {
    await useLocale(locale);
    const sources = review('direct-clash').history.map((h) => h.sources);
    const annotated = sources.filter((s) => s.includes('CJTF-OIR') && s.includes('16 Sep 2017') || s.includes('DW, AP and Reuters, 22 Sep 2017'));
    expect(annotated.length).toBeGreaterThan(0);
    expect(annotated.filter((s) => !SCRIPT[locale].test(s))).toEqual([]);
    expect(sources.filter((s) => /\(denial\)|\(the source report\)|statement of/.test(s))).toEqual([]);
  });

  it('English is as before', () => {
    const sources = review('direct-clash').history.map((h) => h.sources);
    expect(sources).toContain('CJTF-OIR statement of 16 Sep 2017; Russian MoD (denial); Reuters; DW, AP and Reuters, 22 Sep 2017 (the source report)');
    expect(review('direct-clash').outcome.headline).toBe('Direct clash, set off by Russia: both camps lose');
  });
});
