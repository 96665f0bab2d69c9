// The exercise and class screens in English, Russian and Arabic (?lang=): a briefing pack, the
// hot-seat handover, Control's panel and the class page. In Russian and Arabic the fixed words of
// those screens (headings, table heads, buttons, labels) hold no English; Arabic is laid out right to
// left; the exercise link carries the language it was made in, and offers the others. Scenario and kit
// prose is English data (docs/i18n.md), so the checks read the screens' own words, not the data.
// Screenshots go to test-results/screens/i18n-*.png.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openInContext, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });
const base = (): string => inject('baseUrl');

const LANGS = ['en', 'ru', 'ar'] as const;
type Lang = (typeof LANGS)[number];

/** The texts of `selector` under `root` that still hold an English word (two Latin letters or more). */
async function english(page: Page, root: string, selector: string): Promise<string[]> {
  const texts = await page.locator(root).locator(selector).allInnerTexts();
  return texts.map((s) => s.trim()).filter((s) => /[A-Za-z]{2,}/.test(s));
}

/** Fixed words of a screen: its headings, table heads and captions, labels, legends and buttons. */
const FIXED = 'h1, h2, h3, h4, th[scope="col"], caption, label, legend, button';

async function expectDirection(page: Page, lang: Lang): Promise<void> {
  expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, lang === 'ar' ? 'rtl' : 'ltr']);
}

describe.each(LANGS)('the exercise and class screens in %s', (lang) => {
  it('briefing pack, exercise link, handover and Control', async () => {
    const { page, errors } = await openInContext(browser, `${base()}?anim=off&lang=${lang}`, { height: 900 });
    await page.getByTestId('run-exercise').click();
    await page.getByTestId('exercise-setup').waitFor();
    await expectDirection(page, lang);
    // The link carries the setup's language; the same exercise is offered in each of the others.
    expect(new URL(await page.getByTestId('ex-link').inputValue()).searchParams.get('lang')).toBe(lang);
    for (const other of LANGS) expect(new URL((await page.getByTestId(`ex-link-${other}`).getAttribute('href'))!).searchParams.get('lang')).toBe(other);
    if (lang !== 'en') expect(await english(page, '#exercise-setup', 'h1, h2, legend, button, a.menu-link')).toEqual([]);
    // The scenario list names each scenario in the language (its title was the English data's).
    if (lang !== 'en') expect((await page.locator('#ex-scenario option').allInnerTexts()).filter((o) => /[A-Za-z]{2,}/.test(o.replace(/Deir ez-Zor|Mu Hasan|Conoco/g, '')))).toEqual([]);
    await screenshot(page, `i18n-setup-${lang}`);

    await page.getByTestId('ex-pack-coalition').click();
    const pack = page.locator('#briefing-pack');
    await pack.waitFor();
    if (lang !== 'en') expect(await english(page, '#briefing-pack', FIXED)).toEqual([]);
    else expect(await pack.locator('h3').first().textContent()).toBe('1. Situation');
    await screenshot(page, `i18n-pack-${lang}`);
    await page.getByTestId('pack-close').click();

    await page.getByTestId('ex-control').check();
    await page.getByTestId('ex-start').click();
    await page.getByTestId('handover').waitFor();
    if (lang !== 'en') expect(await english(page, '#handover', FIXED)).toEqual([]);
    else expect(await page.locator('#handover-title').innerText()).toMatch(/^Pass to the /);
    await screenshot(page, `i18n-handover-${lang}`);

    await page.getByTestId('handover-control').click();
    await page.getByTestId('control-panel').waitFor();
    await page.locator('[data-testid="control-ladder"]:not([aria-busy])').waitFor({ timeout: 60_000 });
    if (lang !== 'en') expect(await english(page, '#control-panel', 'h2, h3, h4, th[scope="col"], caption, label, button')).toEqual([]);
    await screenshot(page, `i18n-control-${lang}`);
    // The map fills the room beside Control's panel in every direction of writing (in Arabic the panel
    // once covered the map and left a dark band where the map should be).
    const boxes = await page.evaluate(() => {
      const r = (s: string) => { const b = document.querySelector(s)!.getBoundingClientRect(); return { left: Math.round(b.left), right: Math.round(b.right) }; };
      return { map: r('#game-container'), panel: r('[data-testid="control-panel"]'), width: innerWidth };
    });
    const [first, second] = lang === 'ar' ? [boxes.panel, boxes.map] : [boxes.map, boxes.panel];
    expect({ start: first.left, seam: Math.abs(first.right - second.left) <= 1, end: second.right }).toEqual({ start: 0, seam: true, end: boxes.width });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('class page', async () => {
    const { page, errors } = await openInContext(browser, `${base()}class.html?lang=${lang}`, { height: 900 });
    await page.locator('#class-games-h').waitFor();
    await page.locator('#monte-carlo-h').waitFor();
    await expectDirection(page, lang);
    if (lang !== 'en') {
      expect(await english(page, '#class-root', 'h1, h2, h3, label, button, nav a, caption')).toEqual([]);
      expect((await page.locator('#mc-scenario option').allInnerTexts()).filter((o) => /[A-Za-z]{2,}/.test(o.replace(/Deir ez-Zor|Mu Hasan|Conoco/g, '')))).toEqual([]);
      expect(await page.title()).not.toMatch(/[A-Za-z]{2,}/);
      // The browser's own file widget ("Choose Files", "No file chosen": the browser's language) is not shown.
      expect(await page.locator('#class-root input[type=file]').evaluateAll((ns) => ns.filter((n) => n.getBoundingClientRect().width > 1).length)).toBe(0);
      // The AI policies are words, not ids ("ai:balanced", "reckless").
      expect((await page.locator('#mc-coalition option, #mc-russia option, #mc-is option').allInnerTexts()).filter((o) => /[A-Za-z]{2,}/.test(o))).toEqual([]);
    }
    // The page's links to the game keep the language.
    expect(new URL((await page.locator('nav a').first().getAttribute('href'))!, page.url()).searchParams.get('lang')).toBe(lang);
    await screenshot(page, `i18n-class-${lang}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
