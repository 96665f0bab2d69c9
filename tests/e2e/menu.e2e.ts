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

it('keyboard alone: the menu, the briefing and End turn, with focus kept on End turn', async () => {
  const { page, errors } = await openPage(browser, `${inject('baseUrl')}?renderer=canvas&seed=keys-menu`);
  await page.locator('#start-menu').waitFor();
  await page.locator('#scenario').focus();
  // Tab to the camp radios, arrow to Russia, then Enter in the seed field submits the form.
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  expect(await page.locator('input[name="camp"][value="russia"]').isChecked()).toBe(true);
  await page.locator('#seed').focus();
  await page.keyboard.press('Enter');
  await waitForScene(page, { keepBriefing: true });
  await page.locator('#briefing').waitFor();
  await page.keyboard.press('Tab'); // from the dialog's title to Begin
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Begin');
  await page.keyboard.press('Enter');
  await page.locator('#briefing').waitFor({ state: 'detached' });
  expect(await page.evaluate(() => window.__deconfliction!.session.camp)).toBe('russia');

  await page.locator('[data-testid="end-turn"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => {
    const d = window.__deconfliction!;
    return d.view().turn === 2 && d.session.isPlayersPhase;
  }, undefined, { timeout: 60_000 });
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'end-turn', undefined, { timeout: 5_000 });
  expect(await page.locator('[data-testid="announce"]').innerText()).toMatch(/Turn 2 begins/);
  expect(errors).toEqual([]);
  await page.close();
});

it('the menu\'s title names the scenario chosen, not always Deir ez-Zor', async () => {
  const { page, errors } = await openPage(browser, `${inject('baseUrl')}?renderer=canvas`);
  await page.locator('#start-menu').waitFor();
  const title = page.locator('#menu-title');
  expect(await title.innerText()).toBe('Deconfliction — The race for Deir ez-Zor, 9 September 2017');
  await page.locator('#scenario').selectOption('khasham-2018');
  expect(await title.innerText()).toBe('Deconfliction — Khasham, 7 February 2018');
  await page.locator('#scenario').selectOption('al-bukamal-2017');
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Deconfliction — The race for Al-Bukamal, 4 November 2017');
  await screenshot(page, 'menu-2-title-al-bukamal');
  expect(errors).toEqual([]);
  await page.close();
  // In the other languages too, with the scenario's own translated title.
  const ru = await openPage(browser, `${inject('baseUrl')}?lang=ru&renderer=canvas`);
  await ru.page.locator('#start-menu').waitFor();
  await ru.page.locator('#scenario').selectOption('khasham-2018');
  expect(await ru.page.locator('#menu-title').innerText()).toBe('Деконфликтинг — Хшам, 7 февраля 2018 года');
  const ar = await openPage(browser, `${inject('baseUrl')}?lang=ar&renderer=canvas`);
  await ar.page.locator('#start-menu').waitFor();
  await ar.page.locator('#scenario').selectOption('the-crossing-2017');
  expect(await ar.page.locator('#menu-title').innerText()).toBe('فض الاشتباك — العبور، 14 أيلول/سبتمبر 2017');
  await screenshot(ar.page, 'menu-3-title-ar');
  expect([...ru.errors, ...ar.errors]).toEqual([]);
  await ru.page.close();
  await ar.page.close();
});
