// Issue 12's layout findings, at a small laptop's 1280x720 and 1366x768: the saved exercise's Resume
// is above the fold of the exercise setup, and the event log keeps room for six lines (it shrank to its
// one or two lines at the start of a game and after every hot-seat handover) with End turn in sight.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { defaultConfig } from '../../src/exercise/config';
import { exerciseCode } from '../../src/exercise/code';
import { EXERCISE_SAVE_KEY } from '../../src/exercise/save';
import { builtinScenario } from '../../src/scenarios';
import { launchBrowser, screenshot, waitForScene } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });
const base = (): string => inject('baseUrl');
const SIZES = [{ width: 1280, height: 720 }, { width: 1366, height: 768 }];

async function pageAt(size: { width: number; height: number }, url: string, init?: [string, string]): Promise<Page> {
  const page = await (await browser.newContext({ viewport: size })).newPage();
  if (init) await page.addInitScript(([k, v]) => localStorage.setItem(k, v), init);
  await page.goto(url);
  return page;
}

/** The element's box lies wholly inside the window, as first shown (nothing scrolled). */
const inWindow = (page: Page, testid: string) => page.getByTestId(testid).evaluate((e) => {
  const r = e.getBoundingClientRect();
  return { top: Math.round(r.top), bottom: Math.round(r.bottom), height: innerHeight, inside: r.top >= 0 && r.bottom <= innerHeight && r.height > 0 };
});

describe.each(SIZES)('at $width x $height', (size) => {
  it('the exercise setup shows Resume the saved exercise above the fold', async () => {
    const scenario = builtinScenario('deir-ez-zor-2017')!;
    const save = JSON.stringify({ code: exerciseCode(defaultConfig(scenario, 'fold')), commands: [], notes: [] });
    const page = await pageAt(size, `${base()}?anim=off`, [EXERCISE_SAVE_KEY, save]);
    await page.getByTestId('run-exercise').click();
    await page.getByTestId('ex-resume').waitFor();
    await screenshot(page, `layout-resume-${size.width}x${size.height}`);
    const box = await inWindow(page, 'ex-resume');
    expect(box.inside, JSON.stringify(box)).toBe(true);
    await page.context().close();
  });

  /** Six lines of log (a one-line entry's height), and End turn wholly in the window. */
  async function expectLogRoom(page: Page, name: string): Promise<void> {
    await page.getByTestId('log').scrollIntoViewIfNeeded();
    await screenshot(page, `layout-log-${size.width}x${size.height}-${name}`);
    const log = await page.getByTestId('log').evaluate((e) => {
      const line = parseFloat(getComputedStyle(e).lineHeight) || 17;
      return { height: Math.round(e.getBoundingClientRect().height), line, entries: e.children.length };
    });
    expect(log.height, `${name}: ${JSON.stringify(log)}`).toBeGreaterThanOrEqual(6 * log.line);
    const end = await inWindow(page, 'end-turn');
    expect(end.inside, `${name}: ${JSON.stringify(end)}`).toBe(true);
  }

  it('the event log keeps six lines of room in a new game, with the hotline open, and after a handover', async () => {
    const page = await pageAt(size, `${base()}?camp=coalition&seed=layout&renderer=canvas&anim=off&briefing=off`);
    await waitForScene(page);
    await expectLogRoom(page, 'new-game');
    await page.getByTestId('hotline-toggle').click();
    await expectLogRoom(page, 'hotline');
    await page.context().close();
    // A hot-seat team's log starts empty at its first takeover: that is where it shrank to a line or two.
    const scenario = builtinScenario('deir-ez-zor-2017')!;
    const save = JSON.stringify({ code: exerciseCode(defaultConfig(scenario, 'log')), commands: [], notes: [] });
    const ex = await pageAt(size, `${base()}?anim=off&renderer=canvas`, [EXERCISE_SAVE_KEY, save]);
    await ex.getByTestId('run-exercise').click();
    await ex.getByTestId('ex-resume').click();
    await ex.getByTestId('handover-continue').click();
    await ex.getByTestId('handover').waitFor({ state: 'hidden' });
    await expectLogRoom(ex, 'handover');
    await ex.context().close();
  });
});
