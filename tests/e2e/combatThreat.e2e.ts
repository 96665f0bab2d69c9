// Issue 17 items 1, 2 and 7 in a real browser: the combat preview in the odds tag and the side panel,
// the threat ranges toggled by key and button, and the difficulty chosen in the menu (kept in the save).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { saveKey } from '../../src/game/saves';
import { launchBrowser, openPage, screenshot, waitForScene } from './browser';
import { clickUnit, nextFrame, overlay, viewUnits } from './game';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** Selects the first government unit with IS in reach (on turn 1 the SDF start out of IS's reach). */
async function selectAttacker(page: Page): Promise<string> {
  for (const u of (await viewUnits(page)).filter((x) => x.camp === 'russia')) {
    if (!(await clickUnit(page, u.id))) continue;
    if ((await overlay(page)).targets.length > 0) return u.id;
  }
  throw new Error('no government unit has IS in reach on turn 1');
}

const canvasShot = async (page: Page): Promise<Buffer> => page.locator('#game-container canvas').first().screenshot();

describe('combat preview, threat ranges, difficulty', () => {
  it('the odds tag and the target list give both sides\' losses, the hex and retreat', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?camp=russia&seed=readme&renderer=canvas`);
    await waitForScene(page);
    await selectAttacker(page);
    await nextFrame(page);
    const tags = (await page.evaluate(() => window.__deconfliction!.labelBoxes())).filter((b) => b.kind === 'odds').map((b) => b.text);
    expect(tags.length).toBeGreaterThan(0);
    for (const t of tags) expect(t).toMatch(/^(⚠ )?\d:\d · hit \d+%( · risk \d+%)?( · take \d+%)?$/);
    // An assault at these odds risks the attacker: the tag says so.
    expect(tags.some((t) => / · risk \d+%/.test(t)), tags.join(' | ')).toBe(true);
    const preview = page.locator('[data-testid="combat-preview"]').first();
    await preview.scrollIntoViewIfNeeded();
    const text = await preview.innerText();
    for (const row of ['Defender loses', 'You lose', 'Take the hex', 'Retreat']) expect(text).toContain(row);
    expect(text).toMatch(/expected \d\.\d\d steps/);
    await screenshot(page, 'uxcombat-preview');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('T and the Threats button show and hide where the seen enemy could move and attack', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?camp=coalition&seed=threats&renderer=canvas`);
    await waitForScene(page);
    const city = await page.evaluate(() => window.__deconfliction!.session.scenario.objectives.find((o) => o.id === 'deir-ez-zor')!.hex);
    await page.evaluate((h) => window.__deconfliction!.centreOn(h), city);
    await nextFrame(page);
    expect(await page.evaluate(() => window.__deconfliction!.threatsDrawn())).toEqual([]);
    const before = await canvasShot(page);
    await page.locator('#game-container canvas').focus();
    await page.keyboard.press('t');
    await nextFrame(page);
    const drawn = await page.evaluate(() => window.__deconfliction!.threatsDrawn());
    // Only camps the coalition sees a unit of are drawn, and IS is in sight on turn 1.
    const seenCamps = new Set((await viewUnits(page)).filter((u) => u.camp !== 'coalition').map((u) => u.camp));
    expect(drawn.map((d) => d.camp).every((c) => seenCamps.has(c))).toBe(true);
    expect(drawn.find((d) => d.camp === 'is')?.move ?? 0).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="threats"]').getAttribute('aria-pressed')).toBe('true');
    const on = await canvasShot(page);
    expect(on.equals(before), 'the map changes when the threats show').toBe(false);
    await screenshot(page, 'uxcombat-threats');
    await page.locator('[data-testid="threats"]').click();
    await nextFrame(page);
    expect(await page.evaluate(() => window.__deconfliction!.threatsDrawn())).toEqual([]);
    expect(await page.locator('[data-testid="threats"]').getAttribute('aria-pressed')).toBe('false');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the menu offers the difficulty beside the doctrine; the AI plays it and the save keeps it', async () => {
    const base = inject('baseUrl');
    const { page, errors } = await openPage(browser, `${base}?renderer=canvas`);
    await page.locator('#difficulty').selectOption('hard');
    expect(await page.locator('#difficulty-hint').innerText()).toContain('Hard: fires its guns and air before it assaults');
    await screenshot(page, 'uxcombat-menu');
    await page.getByRole('button', { name: 'Start' }).click();
    await waitForScene(page);
    const players = await page.evaluate(() => window.__deconfliction!.session.players());
    expect(players.russia).toEqual({ kind: 'ai', policy: 'ai:balanced:hard' });
    // The autosave after the first AI round carries the level; a game continued from it plays at it again.
    await page.waitForFunction((k) => localStorage.getItem(k) !== null, saveKey('deir-ez-zor-2017'));
    const saved = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), saveKey('deir-ez-zor-2017')))!);
    expect(saved.opponentDifficulty).toBe('hard');
    await page.goto(`${base}?renderer=canvas&anim=off`);
    await page.locator('[data-testid="continue"]').click();
    await waitForScene(page);
    expect((await page.evaluate(() => window.__deconfliction!.session.players())).russia).toEqual({ kind: 'ai', policy: 'ai:balanced:hard' });
    expect(errors).toEqual([]);
    await page.close();
  });
});
