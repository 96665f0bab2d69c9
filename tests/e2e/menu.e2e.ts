// The start menu's choices reach the game: the camp, the seed and the opponent's doctrine (the
// default follows the scenario and the camp); Continue restores the doctrine and skips the briefing.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, screenshot, waitForScene } from './browser';
import { nextFrame } from './game';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

it('menu choices play through, and Continue keeps the doctrine without a new briefing', async () => {
  const { page, errors } = await openPage(browser, `${inject('baseUrl')}?renderer=canvas`);
  await page.locator('#start-menu').waitFor();
  const seed = await page.locator('#seed').inputValue();
  expect(seed).toMatch(/^[0-9a-z]{5}$/);
  await page.locator('#new-seed').click();
  expect(await page.locator('#seed').inputValue()).not.toBe(seed);
  expect(await page.locator('#doctrine').inputValue()).toBe('balanced'); // the scenario's, for the other power

  await page.getByLabel('Russian-backed government side (SAA + Russia)').check();
  await page.locator('#doctrine').selectOption('cautious');
  await page.locator('#seed').fill('menu-e2e');
  await screenshot(page, 'menu-1-choices');
  await page.locator('#start-button').click();
  await waitForScene(page, { keepBriefing: true });
  await page.locator('#briefing').waitFor();
  await page.locator('[data-testid="briefing-begin"]').click();
  await nextFrame(page);
  const game = await page.evaluate(() => {
    const d = window.__deconfliction!;
    return { camp: d.session.camp, seed: d.session.seed, doctrine: d.session.scenario.data.crisis.doctrine };
  });
  expect(game).toEqual({ camp: 'russia', seed: 'menu-e2e', doctrine: { coalition: 'cautious', russia: 'balanced' } });
  expect(await page.locator('[data-testid="seed"]').innerText()).toBe('Seed: menu-e2e');
  expect(await page.locator('[data-testid="doctrine"]').innerText()).toBe('Opponent: cautious');
  const hash = await page.evaluate(() => window.__deconfliction!.hash());

  await page.reload();
  await page.locator('#continue-button').click();
  await page.waitForFunction(() => window.__deconfliction?.ready === true, undefined, { timeout: 30_000 });
  await nextFrame(page);
  expect(await page.locator('#briefing').count()).toBe(0);
  expect(await page.evaluate(() => window.__deconfliction!.hash())).toBe(hash);
  expect(await page.evaluate(() => window.__deconfliction!.session.scenario.data.crisis.doctrine.coalition)).toBe('cautious');
  expect(await page.locator('[data-testid="doctrine"]').innerText()).toBe('Opponent: cautious');
  expect(errors).toEqual([]);
  await page.close();
});
