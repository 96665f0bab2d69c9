// The tutorial, played through the real page as a new player would: from the menu's button, each step
// done by clicking the counters, hexes and buttons it rings, with Back and Skip on the way, and Leave
// tutorial back to the menu. A screenshot of each step is kept in test-results/screens/tutorial-*.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Hex } from '../../src/engine';
import { TUTORIAL_SETUP } from '../../src/tutorial/setup';
import { launchBrowser, openInContext, screenshot } from './browser';
import { clickUnit, hexOnScreen, nextFrame } from './game';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const panel = (page: Page) => page.locator('[data-testid="tutorial"]');
const stepId = (page: Page) => panel(page).getAttribute('data-step');
const stateText = (page: Page) => page.locator('[data-testid="tutorial-state"]').innerText();

/** Clicks a hex as a player would, where the page shows it: nothing (the tutorial's card) may be over it. */
async function clickHex(page: Page, h: Hex): Promise<void> {
  const p = await hexOnScreen(page, h);
  expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, p), `hex ${h.q},${h.r} is not under a panel`).toBe('CANVAS');
  await page.mouse.click(p.x, p.y);
  await nextFrame(page);
}

/** Waits until the current step reads Done, then keeps a screenshot of it. */
async function expectDone(page: Page, id: string, shot: string): Promise<void> {
  expect(await stepId(page)).toBe(id);
  await page.waitForFunction(() => document.querySelector('[data-testid="tutorial-state"]')?.textContent?.startsWith('✓'));
  expect(await page.locator('[data-testid="tutorial-next"]').innerText()).toBe('Next');
  await screenshot(page, shot);
}

/** Serious or critical axe violations in the tutorial's card. */
async function cardViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('#tutorial').analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

const next = async (page: Page) => { await page.locator('[data-testid="tutorial-next"]').click(); await nextFrame(page); };

it('plays the whole tutorial through the page, with Back and Skip, then leaves it for the menu', async () => {
  const { page, errors } = await openInContext(browser, `${inject('baseUrl')}?renderer=canvas&anim=off`);
  const { units, hexes } = TUTORIAL_SETUP;
  await page.locator('#start-menu').waitFor();
  await page.locator('[data-testid="start-tutorial"]').click();
  await page.waitForFunction(() => window.__deconfliction?.ready === true, undefined, { timeout: 30_000 });
  await nextFrame(page);
  expect(await page.locator('#briefing').count()).toBe(0);
  expect(await page.evaluate(() => ({ seed: window.__deconfliction!.session.seed, scenario: window.__deconfliction!.session.scenario.id })))
    .toEqual({ seed: TUTORIAL_SETUP.seed, scenario: 'tutorial-2017' });
  expect(await stepId(page)).toBe('welcome');
  expect(await page.locator('[data-testid="tutorial-live"]').innerText()).toMatch(/^Step 1 of 12, Welcome/);
  expect(await page.locator('[data-testid="tutorial-back"]').isDisabled()).toBe(true);
  await screenshot(page, 'tutorial-01-welcome');
  expect(await cardViolations(page)).toEqual([]);
  // Hide folds the card to its title and leaves the map free; Show brings it back.
  const fold = page.locator('[data-testid="tutorial-fold"]');
  await fold.click();
  expect(await fold.getAttribute('aria-expanded')).toBe('false');
  expect(await page.locator('[data-testid="tutorial-task"]').isVisible()).toBe(false);
  await fold.click();
  expect(await page.locator('[data-testid="tutorial-task"]').isVisible()).toBe(true);
  // Next by keyboard.
  await page.locator('[data-testid="tutorial-next"]').focus();
  await page.keyboard.press('Enter');
  await nextFrame(page);

  // 2. Select: the ring is on the unit; the button reads Skip until it is selected.
  expect(await stepId(page)).toBe('select');
  const infantryHex = await page.evaluate((id) => window.__deconfliction!.view().units.find((u) => u.id === id)!.hex, units.infantry);
  expect(await panel(page).getAttribute('data-spot')).toBe(`${infantryHex.q},${infantryHex.r}`);
  expect(await page.locator('[data-testid="tutorial-next"]').innerText()).toBe('Skip');
  expect(await stateText(page)).toMatch(/Waiting/);
  await screenshot(page, 'tutorial-02-select-waiting');
  expect(await clickUnit(page, units.infantry)).toBe(true);
  await expectDone(page, 'select', 'tutorial-02-select-done');
  // Back to the welcome and forward again: the done step stays done.
  await page.locator('[data-testid="tutorial-back"]').click();
  expect(await stepId(page)).toBe('welcome');
  await next(page);
  expect(await stepId(page)).toBe('select');
  expect(await stateText(page)).toMatch(/Done/);
  await next(page);

  // 3. Move: the ring moves to the hex next to the IS post.
  expect(await panel(page).getAttribute('data-spot')).toBe(`${hexes.moveTo.q},${hexes.moveTo.r}`);
  await clickHex(page, hexes.moveTo);
  await expectDone(page, 'move', 'tutorial-03-move');
  await next(page);

  // 4. Attack, from the keyboard: the side panel's target button.
  const attack = page.locator('[data-testid="target-list"] button').first();
  expect(await attack.innerText()).toMatch(/^Attack/);
  await attack.focus();
  await page.keyboard.press('Enter');
  await expectDone(page, 'attack', 'tutorial-04-attack');
  expect(await page.locator('[data-testid="tutorial-log"]').innerText()).toMatch(/Conoco/);
  await next(page);

  // 5. Artillery: skipped first, then done after going back to it.
  expect(await stepId(page)).toBe('artillery');
  expect(await page.locator('[data-testid="tutorial-next"]').innerText()).toBe('Skip');
  await next(page);
  expect(await stepId(page)).toBe('air');
  await page.locator('summary', { hasText: 'All steps' }).click();
  expect(await page.locator('[data-testid="tutorial-steps"] button').nth(4).getAttribute('aria-label')).toBe('Step 5, Artillery: skipped');
  await screenshot(page, 'tutorial-05-artillery-skipped');
  await page.locator('summary', { hasText: 'All steps' }).click();
  await page.locator('[data-testid="tutorial-back"]').click();
  expect(await stepId(page)).toBe('artillery');
  expect(await stateText(page)).toMatch(/Skipped/);
  expect(await clickUnit(page, units.guns)).toBe(true);
  expect(await panel(page).getAttribute('data-spot')).toBe(`${hexes.fireAt.q},${hexes.fireAt.r}`);
  await clickHex(page, hexes.fireAt);
  await expectDone(page, 'artillery', 'tutorial-05-artillery');
  await next(page);

  // 6. Air strike: the Air strike button is ringed, then the island; the strike warning comes up.
  const airButton = page.locator('[data-testid="air-strike"]');
  expect(await airButton.getAttribute('class')).toContain('tutorial-target');
  await airButton.click();
  await nextFrame(page);
  expect(await panel(page).getAttribute('data-spot')).toBe(`${hexes.strikeAt.q},${hexes.strikeAt.r}`);
  await clickHex(page, hexes.strikeAt);
  await page.locator('[data-testid="strike-warning"]').waitFor();
  await expectDone(page, 'air', 'tutorial-06-air-warning');
  await next(page);

  // 7. Notify first (ringed in the warning), 8. Send on the hotline.
  const notify = page.locator('[data-testid="warning-notify"]');
  expect(await notify.getAttribute('class')).toContain('tutorial-target');
  await screenshot(page, 'tutorial-07-notify-waiting');
  expect(await cardViolations(page)).toEqual([]);
  await notify.click();
  await page.locator('[data-testid="hotline-compose"]').waitFor();
  await expectDone(page, 'notify', 'tutorial-07-notify');
  await next(page);
  const send = page.locator('[data-testid="hotline-send"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="hotline-send"]')?.classList.contains('tutorial-target'));
  await screenshot(page, 'tutorial-08-hotline-waiting');
  await send.click();
  await expectDone(page, 'hotline', 'tutorial-08-hotline');
  await next(page);

  // 9. The notified strike: the warning comes back by itself (Notify first returns to its strike) and
  // now says so; Fire anyway is ringed.
  await page.locator('[data-testid="strike-warning"]').waitFor();
  expect(await page.locator('#warning-body').innerText()).toMatch(/Notified: yes/);
  const confirm = page.locator('[data-testid="warning-confirm"]');
  expect(await confirm.getAttribute('class')).toContain('tutorial-target');
  await screenshot(page, 'tutorial-09-strike-warning');
  await confirm.click();
  await expectDone(page, 'strike', 'tutorial-09-strike');
  expect(await page.locator('[data-testid="tutorial-log"]').innerText()).toMatch(/air strike/);
  await next(page);

  // 10. A move to take back, 11. Undo.
  expect(await clickUnit(page, units.mobile)).toBe(true);
  await clickHex(page, hexes.mobileTo);
  await expectDone(page, 'undo-move', 'tutorial-10-undo-move');
  await next(page);
  const undo = page.locator('[data-testid="undo"]');
  expect(await undo.getAttribute('class')).toContain('tutorial-target');
  await undo.click();
  await expectDone(page, 'undo', 'tutorial-11-undo');
  const home = await page.evaluate((id) => window.__deconfliction!.view().units.find((u) => u.id === id)!.hex, units.mobile);
  expect(home).toEqual({ q: 6, r: 16 });
  await next(page);

  // 12. The end: every step done, none skipped; Leave tutorial goes back to the menu.
  expect(await stepId(page)).toBe('done');
  expect(await page.locator('[data-testid="tutorial-next"]').isHidden()).toBe(true);
  const labels = await page.locator('[data-testid="tutorial-steps"] button').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')));
  expect(labels.filter((l) => /: (todo|skipped)$/.test(l ?? ''))).toEqual([]);
  await screenshot(page, 'tutorial-12-done');
  expect(await cardViolations(page)).toEqual([]);
  await page.locator('[data-testid="tutorial-leave"]').click();
  await page.locator('#start-menu').waitFor();
  expect(await page.locator('[data-testid="start-tutorial"]').isVisible()).toBe(true);
  // The tutorial saved nothing: the menu offers no game to continue.
  expect(await page.locator('#continue-button').count()).toBe(0);
  expect(errors).toEqual([]);
  await page.context().close();
});

it('on a portrait tablet the card leaves the ringed counter and most of the map free', async () => {
  const context = await browser.newContext({ viewport: { width: 820, height: 1180 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${inject('baseUrl')}?renderer=canvas&anim=off`);
  await page.locator('[data-testid="start-tutorial"]').click();
  await page.waitForFunction(() => window.__deconfliction?.ready === true, undefined, { timeout: 30_000 });
  await next(page);
  expect(await stepId(page)).toBe('select');
  await nextFrame(page);
  const share = await page.evaluate(() => {
    const map = document.getElementById('game-container')!.getBoundingClientRect();
    const card = document.querySelector('[data-testid="tutorial"]')!.getBoundingClientRect();
    return (card.width * card.height) / (map.width * map.height);
  });
  expect(share).toBeLessThan(0.5);
  // The ring is on the counter where the page shows it, and a click there selects it.
  const p = await page.evaluate((id) => window.__deconfliction!.screenPositionOf(id)!, TUTORIAL_SETUP.units.infantry);
  expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, p)).toBe('CANVAS');
  await page.mouse.click(p.x, p.y);
  await expectDone(page, 'select', 'tutorial-tablet-portrait');
  expect(errors).toEqual([]);
  await context.close();
});
