// Saves in a real browser: the autosave survives a reload and Continue resumes the same state hash;
// a damaged save is named in the start menu, kept until a new game replaces it, and other
// localStorage keys are never touched. Screenshots go to test-results/screens.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, screenshot, waitForScene } from './browser';
import { clickUnit, hexOnScreen, nextFrame, overlay, viewUnits, endTurn } from './game';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const KEY = 'deconfliction.save.deir-ez-zor-2017';
const OTHER = 'someone-else.settings';

const readKey = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);


/** Moves the first own unit that can move to the farthest hex it can reach. */
async function moveSomeUnit(page: Page): Promise<string> {
  const own = (await viewUnits(page)).filter((u) => u.camp === 'coalition' && u.mp > 0);
  for (const u of own) {
    if (!(await clickUnit(page, u.id))) continue;
    const range = (await overlay(page)).range.filter((d) => d.steps > 0);
    if (range.length === 0) continue;
    const to = range.sort((a, b) => b.steps - a.steps)[0]!.hex;
    const p = await hexOnScreen(page, to);
    await page.mouse.click(p.x, p.y);
    await nextFrame(page);
    const moved = (await viewUnits(page)).find((x) => x.id === u.id)!;
    if (moved.hex.q === to.q && moved.hex.r === to.r) return u.id;
  }
  throw new Error('no coalition unit could move');
}

describe('saves', () => {
  it('autosaves, continues after a reload with the same hash, and reports a damaged save', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?seed=saves-e2e&renderer=canvas`);
    await page.evaluate((k) => localStorage.setItem(k, 'unrelated value'), OTHER);
    await page.locator('#start-menu').waitFor();
    expect(await page.locator('[data-testid="save-notice"]').count(), 'no save yet').toBe(0);
    await page.locator('input[name="camp"][value="coalition"]').check();
    await page.locator('#start-button').click();
    await waitForScene(page);
    expect(JSON.parse((await readKey(page, KEY))!)).toMatchObject({ format: 'deconfliction-save', version: 1, camp: 'coalition', seed: 'saves-e2e' });

    // Play: move a unit (saved after the command), end the turn (saved at the next turn start).
    await moveSomeUnit(page);
    const afterMove = await page.evaluate(() => window.__deconfliction!.hash());
    expect(JSON.parse((await readKey(page, KEY))!).hash).toBe(afterMove);
    await endTurn(page);
    await moveSomeUnit(page);
    const before = await page.evaluate(() => window.__deconfliction!.hash());
    const turn = await page.evaluate(() => window.__deconfliction!.view().turn);
    expect(turn).toBe(2);
    await screenshot(page, 'saves-1-before-reload');

    // Reload: the menu offers Continue with the camp, turn and date.
    await page.reload();
    await page.locator('#start-menu').waitFor();
    const cont = page.locator('[data-testid="continue"]');
    expect(await cont.innerText()).toMatch(/Continue\s+Coalition · turn 2 · 11 Sep 2017/);
    expect(await page.locator('#start-button').innerText()).toBe('Start a new game');
    await screenshot(page, 'saves-2-continue-menu');
    await cont.click();
    await waitForScene(page);
    await nextFrame(page);
    expect(await page.evaluate(() => window.__deconfliction!.hash())).toBe(before);
    expect(await page.evaluate(() => window.__deconfliction!.session.isPlayersPhase)).toBe(true);
    expect(await page.evaluate(() => window.__deconfliction!.view().turn)).toBe(2);
    await screenshot(page, 'saves-3-continued');
    // The page works: the game goes on.
    await endTurn(page);
    expect(await page.evaluate(() => window.__deconfliction!.view().turn)).toBe(3);
    expect(errors).toEqual([]);

    // Damage the save: a unit loses its hex.
    const damaged = await page.evaluate((k) => {
      const save = JSON.parse(localStorage.getItem(k)!);
      delete save.state.units[3].hex;
      const text = JSON.stringify(save);
      localStorage.setItem(k, text);
      return text;
    }, KEY);
    await page.reload();
    await page.locator('#start-menu').waitFor();
    expect(await page.locator('[data-testid="save-error"]').innerText()).toBe('Saved game is damaged: state.units[3].hex is missing.');
    expect(await page.locator('[data-testid="continue"]').count()).toBe(0);
    expect(await page.locator('#start-button').innerText()).toBe('Start a new game');
    await screenshot(page, 'saves-4-damaged');
    expect(await readKey(page, KEY), 'the bad save is kept').toBe(damaged);
    expect(await readKey(page, OTHER)).toBe('unrelated value');

    // Not JSON at all: a message too, never an exception.
    await page.evaluate((k) => localStorage.setItem(k, '{"format":'), KEY);
    await page.reload();
    await page.locator('#start-menu').waitFor();
    expect(await page.locator('[data-testid="save-error"]').innerText()).toMatch(/^Saved game is damaged: it is not valid JSON/);

    // A new game replaces only that slot.
    await page.locator('input[name="camp"][value="russia"]').check();
    await page.locator('#start-button').click();
    await waitForScene(page);
    expect(await page.evaluate(() => window.__deconfliction!.session.camp)).toBe('russia');
    const fresh = JSON.parse((await readKey(page, KEY))!);
    expect(fresh).toMatchObject({ format: 'deconfliction-save', camp: 'russia' });
    expect(fresh.hash).toBe(await page.evaluate(() => window.__deconfliction!.hash()));
    expect(await readKey(page, OTHER)).toBe('unrelated value');
    expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual([KEY, OTHER].sort());
    await screenshot(page, 'saves-5-new-game');
    expect(errors).toEqual([]);
    await page.close();
  });
});
