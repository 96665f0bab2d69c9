// The after-action review (and its print) and the replay viewer in English, Russian and Arabic
// (?lang=), saved as PNGs in test-results/screens/i18n-*. In Russian and Arabic: <html lang dir> (Arabic
// right to left), every heading, column head, caption and button of these screens in the language's
// script, and none of the English phrases of their own messages (review_*, replay_* in messages/en.json)
// left in the page's text.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { replayFragment } from '../../src/replay/link';
import { parseReplayText } from '../../src/replay/parse';
import { builtinScenario } from '../../src/scenarios';
import { SCREENS_DIR, launchBrowser, openInContext, screenshot } from './browser';
import { inkShare } from './print';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const base = (): string => inject('baseUrl');

function goldenFragment(name: string): string {
  const p = parseReplayText(readFileSync(`tests/golden/${name}.json`, 'utf8'), builtinScenario);
  if (!p.ok) throw new Error(p.message);
  return replayFragment(p.replay);
}

/** The main scenario's own discussion questions (its data). */
const STORY_QUESTIONS = builtinScenario('deir-ez-zor-2017')!.data.story?.questions?.map((q) => q.id) ?? [];

type Messages = Record<string, unknown>;
const messages = (locale: string): Messages => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Messages;

/**
 * The English phrases of a screen's own messages (a prefix's plain messages without placeholders, of two
 * words or more, that the language translates): none may be left in that language's page.
 */
function englishPhrases(prefix: string, locale: string): string[] {
  const en = messages('en');
  const other = messages(locale);
  return Object.keys(en).filter((k) => k.startsWith(prefix)).map((k) => [en[k], other[k]] as const)
    .filter((pair): pair is readonly [string, string] => typeof pair[0] === 'string' && !pair[0].includes('{'))
    .filter(([e, o]) => e !== o && e.trim().split(/\s+/).length >= 2)
    .map(([e]) => e.trim());
}

const SCRIPT: Record<string, RegExp> = { ru: /[А-Яа-яЁё]/, ar: /[\u0600-\u06FF]/ };

/** Texts of `selector` in the page that have letters but none of the language's script. */
async function untranslated(page: Page, selector: string, locale: string): Promise<string[]> {
  const texts = await page.locator(selector).evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).innerText.trim()));
  return texts.filter((s) => /[A-Za-z]/.test(s) && !SCRIPT[locale]!.test(s));
}

/**
 * `others`: parts of the screen that other screens' code writes (translated and checked there), left out
 * of the phrase check.
 */
async function checkLanguage(page: Page, locale: string, prefix: string, own: string, others: string[] = []): Promise<void> {
  const root = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
  expect(root).toEqual({ lang: locale, dir: locale === 'ar' ? 'rtl' : 'ltr' });
  if (locale === 'en') return;
  const text = await page.evaluate((skip) => {
    let all = document.body.innerText;
    for (const node of document.querySelectorAll<HTMLElement>(skip.join(',') || ':not(*)')) all = all.replace(node.innerText, '');
    return all;
  }, others);
  const phrases = englishPhrases(prefix, locale);
  expect(phrases.length, 'phrases to look for').toBeGreaterThan(10);
  expect(phrases.filter((p) => text.includes(p)), 'English phrases of these screens left in the page').toEqual([]);
  expect(await untranslated(page, own, locale), 'headings, column heads, captions and buttons in the language').toEqual([]);
}

describe.each(['en', 'ru', 'ar'])('in %s', (locale) => {
  it('the review, its charts and its printed pages', async () => {
    const { page, errors } = await openInContext(browser, `${base()}class.html?lang=${locale}${goldenFragment('direct-clash')}`, { height: 900 });
    await page.waitForFunction(() => !!window.__classroom?.review, undefined, { timeout: 60_000 });
    await page.locator('#review-questions').waitFor();
    // The subtitle names the scenario in the language (it was the English data's title).
    expect(await page.locator('.review-header .subtitle').first().innerText()).toContain(messages(locale).menu_scenario_deir_ez_zor_2017_title as string);
    await screenshot(page, `i18n-review-${locale}-1-top`);
    await page.locator('#review-charts').scrollIntoViewIfNeeded();
    await screenshot(page, `i18n-review-${locale}-2-charts`);
    await page.locator('#review-timeline').scrollIntoViewIfNeeded();
    await screenshot(page, `i18n-review-${locale}-3-timeline`);
    await page.locator('#review-history').scrollIntoViewIfNeeded();
    await screenshot(page, `i18n-review-${locale}-4-history`);
    await checkLanguage(page, locale, 'review_', '#review h1, #review h2, #review thead th, #review caption, #review figcaption, #review button',
      [
        // The result screen's sentence on why the game ended (src/ui/resultPanel.ts, reasonText).
        '[data-testid="review-reason"]',
        // The teaching kit's and the scenario's own words are data, kept as written (docs/i18n.md):
        // the hotwash's phases and expectations, the record's facts, the objectives' questions, the
        // debrief's events, the scenario's own discussion questions.
        '[data-testid="hotwash-phases"]', '[data-testid="hotwash-expectations"]', '[data-testid="hotwash-record"]',
        '[data-testid="hotwash-comparisons"] td:first-child', '[data-testid="review-objectives"] td:first-child', '[data-testid="review-debrief"]',
        ...STORY_QUESTIONS.map((id) => `[data-question="${id}"]`),
      ]);

    const pdf = `${SCREENS_DIR}/i18n-review-${locale}.pdf`;
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const stem = `i18n-review-${locale}-print`;
    for (const f of readdirSync(SCREENS_DIR)) if (f.startsWith(`${stem}-`)) rmSync(`${SCREENS_DIR}/${f}`);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-l', '4', pdf, `${SCREENS_DIR}/${stem}`]);
    const pages = readdirSync(SCREENS_DIR).filter((f) => f.startsWith(`${stem}-`) && f.endsWith('.png'));
    expect(pages.length).toBe(4);
    for (const p of pages) expect(await inkShare(page, `${SCREENS_DIR}/${p}`), p).toBeGreaterThan(0.001);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the replay viewer', async () => {
    const { page, errors } = await openInContext(browser, `${base()}?lang=${locale}&anim=off&summary=off&renderer=canvas${goldenFragment('coalition-wins')}`);
    await page.waitForFunction(() => !!window.__deconfliction?.replay, undefined, { timeout: 60_000 });
    await page.waitForFunction(() => window.__deconfliction?.ready === true, undefined, { timeout: 60_000 });
    await page.evaluate(() => window.__deconfliction!.replay!.seek(120));
    // The game's line names the scenario in the language (it was the English data's title); "DEZ17" is the code.
    if (locale !== 'en') expect((await page.getByTestId('replay-code').innerText()).replace(/[A-Z]+\d+-[\w-]+/g, '')).not.toMatch(/[A-Za-z]{2,}/);
    await screenshot(page, `i18n-replay-${locale}-1-panel`);
    await page.locator('#hud details.help summary').click();
    await page.locator('#hud details.help summary').scrollIntoViewIfNeeded();
    await screenshot(page, `i18n-replay-${locale}-2-transcript`);
    // The panel's own parts; the ladder is the map screen's (src/ui/ladder.ts), the step buttons are arrows.
    await checkLanguage(page, locale, 'replay_', '#hud h2, #hud section:not(.ladder) > h3, #hud legend, #hud label, #hud summary, #hud button:not(.ladder *):not([data-testid$="-back"]):not([data-testid^="replay-step"]):not([data-testid="replay-turn-forward"])',
      ['.ladder']);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
