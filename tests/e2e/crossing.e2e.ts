// "The crossing" (14-25 Sep 2017) as a whole hot-seat class exercise in Chromium: set up from the
// menu with both teams human, Control and the three injects on; the briefing packs carry no future
// event; six turns, each team moving and ending its phase, a meeting asked and accepted on the line,
// the injects firing on their turns; the game ends after turn 6 and the review gives this scenario's
// history and questions.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { endTeamTurn as endTurn, moveAUnit, nextFrame } from './game';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const handover = (page: Page) => page.getByTestId('handover');

async function continueAs(page: Page, team: 'coalition' | 'russia'): Promise<void> {
  await handover(page).waitFor({ state: 'visible' });
  await page.getByTestId('handover-continue').click({ timeout: 120_000 });
  await nextFrame(page);
  expect(await page.evaluate(() => window.__deconfliction!.session.camp)).toBe(team);
}

describe('the crossing as a class exercise', () => {
  it('runs six hot-seat turns from setup to the review, with packs that tell no future event', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
    await page.goto(`${inject('baseUrl')}?anim=off`);
    await page.getByTestId('run-exercise').click();
    await page.getByTestId('exercise-setup').waitFor();
    await page.locator('#ex-scenario').selectOption('the-crossing-2017');
    await page.locator('#ex-seed').fill('crossing-e2e');
    for (const id of ['strike-16-sep', 'public-warning-21-sep', 'mortars-24-sep']) await page.getByTestId(`ex-inject-${id}`).check();
    expect(await page.getByTestId('ex-team-russia').inputValue()).toBe('human');
    expect(await page.getByTestId('ex-team-coalition').inputValue()).toBe('human');

    for (const camp of ['russia', 'coalition'] as const) {
      await page.getByTestId(`ex-pack-${camp}`).click();
      const pack = page.locator('#briefing-pack');
      await pack.waitFor();
      const text = (await pack.textContent()) ?? '';
      expect(text).toContain('14 Sep 2017 to 24 Sep 2017: 6 turns of 2 days');
      expect(text).toContain(camp === 'russia' ? 'pontoons and ferries' : 'industrial zone on the east bank');
      expect(text).toContain('10 Sep 2017: The SDF reaches the industrial zone');
      // What happened from the start on is the debrief's: the strike, the crossing, the warning, Conoco, Asapov, Khasham.
      const background = text.search(/\d+\. Background/);
      expect(background).toBeGreaterThan(0);
      const told = text.slice(text.indexOf('1. Situation'), text.indexOf('2. Mission')) + text.slice(background);
      expect(told).toContain('17 Sep 2016');
      for (const future of ['16 Sep', '18 Sep', '21 Sep', '23 Sep', '24 Sep', 'Oct 2017', '2018', 'killed', 'Wagner', 'Battle of Khasham']) expect(told, `${camp} pack`).not.toContain(future);
      await screenshot(page, `crossing-pack-${camp}`);
      await page.getByTestId('pack-close').click();
    }

    await page.getByTestId('ex-start').click();
    await page.waitForFunction(() => window.__deconfliction?.ready === true, undefined, { timeout: 60_000 });
    for (let turn = 1; turn <= 6; turn++) {
      await continueAs(page, 'russia');
      expect(await page.evaluate(() => window.__deconfliction!.session.snapshot().state.turn)).toBe(turn);
      await moveAUnit(page, 'russia');
      if (turn === 1) {
        await page.getByTestId('hotline-toggle').click();
        await page.getByTestId('hl-kind').selectOption('request_meeting');
        await page.getByTestId('hotline-send').click();
        await page.waitForFunction(() => !window.__deconfliction!.animating(), undefined, { timeout: 60_000 });
        await screenshot(page, 'crossing-russia-turn1');
      }
      await endTurn(page);
      await continueAs(page, 'coalition');
      if (turn === 1) {
        await page.getByTestId('hotline-incoming').locator('button[data-answer="accept"]').click();
        await page.waitForFunction(() => !window.__deconfliction!.animating(), undefined, { timeout: 60_000 });
        await screenshot(page, 'crossing-coalition-turn1');
      }
      await moveAUnit(page, 'coalition');
      await endTurn(page);
    }

    expect(await page.evaluate(() => window.__deconfliction!.session.status)).toBe('over');
    const replay = await page.evaluate(() => window.__deconfliction!.session.replay()!);
    expect(replay.scenario.id).toBe('the-crossing-2017');
    const fired = replay.commands.flatMap((c) => (c.type === 'inject' && c.inject.kind === 'scenario' ? [c.inject.id] : []));
    expect(fired).toEqual(['strike-16-sep', 'public-warning-21-sep', 'mortars-24-sep']);
    const review = page.getByTestId('result-review');
    await review.waitFor();
    await screenshot(page, 'crossing-result');

    const [aar] = await Promise.all([context.waitForEvent('page'), review.click()]);
    await aar.waitForFunction(() => !!(window as unknown as { __classroom?: { review?: unknown } }).__classroom?.review, undefined, { timeout: 60_000 });
    await aar.setViewportSize({ width: 1280, height: 900 });
    const history = (await aar.locator('#review-history').textContent()) ?? '';
    for (const topic of ['The 16 September strike', 'The crossing', 'Konashenkov\'s warning and the face-to-face talks', 'The race for Conoco', 'A Russian general killed', 'Inject: IS mortars on the Russian advisers']) expect(history).toContain(topic);
    expect(history).toContain('On the game\'s calendar: 18 Sep 2017 (turn 3).');
    expect(history).not.toContain('The west bank in September'); // the main scenario's own line
    const questions = await aar.getByTestId('questions').locator('li').evaluateAll((li) => li.map((l) => l.getAttribute('data-question')));
    expect(questions).toEqual(expect.arrayContaining(['crossing-expectation', 'crossing-strike-16', 'crossing-closest']));
    await aar.locator('#review-history').scrollIntoViewIfNeeded();
    await screenshot(aar, 'crossing-review-history');
    expect(errors).toEqual([]);
    await context.close();
  }, 900_000);
});
