// Accessibility: axe-core scans every DOM screen (start menu, How to play, briefing, HUD, hotline
// panel and form, strike warning, result) for serious or critical violations; and the layout at
// desktop and tablet sizes keeps End turn and the map in view. Screenshots go to test-results/screens.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot, waitForScene } from './browser';
import { hexOnScreen, nextFrame } from './game';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const CITY = { q: 1, r: 20 };

/** Serious and critical violations on the page now, as "rule: target" lines (empty when clean). */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`));
}

async function newPage(url: string, width = 1280, height = 720): Promise<{ page: Page; errors: string[] }> {
  // axe needs a page from an explicit context.
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  return { page, errors };
}

describe('accessibility', () => {
  it('every DOM screen has no serious or critical axe violations', async () => {
    const { page, errors } = await newPage(`${inject('baseUrl')}?renderer=canvas&seed=hotline-co-0&anim=off`);
    const found: Record<string, string[]> = {};

    await page.locator('#start-menu').waitFor();
    found.menu = await violations(page);
    await screenshot(page, 'a11y-1-menu');

    // How to play: a modal dialog that takes focus, closes on Esc and gives focus back.
    const how = page.locator('#how-to-play-button');
    await how.click();
    await page.locator('#how-to-play').waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('dialog')?.id)).toBe('how-to-play');
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab'); // focus stays in the modal
      expect(await page.evaluate(() => document.activeElement?.closest('dialog')?.id)).toBe('how-to-play');
    }
    found.howToPlay = await violations(page);
    await screenshot(page, 'a11y-2-how-to-play');
    await page.keyboard.press('Escape');
    await page.locator('#how-to-play').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('how-to-play-button');

    // The doctrine picked in the menu is the one the AI plays, and the HUD says so.
    await page.locator('#doctrine').selectOption('assertive');
    await page.locator('#start-button').click();
    await waitForScene(page, { keepBriefing: true });
    expect(await page.evaluate(() => window.__deconfliction!.session.scenario.data.crisis.doctrine.russia)).toBe('assertive');
    expect(await page.locator('[data-testid="doctrine"]').innerText()).toBe('Opponent: assertive');
    await page.locator('#briefing').waitFor();
    const brief = await page.locator('#briefing').innerText();
    expect(brief).toContain('Jazeera Storm');
    expect(brief).toMatch(/Industrial zone your aim\s+10/);
    expect(brief).toContain('You may send 6 hotline messages a turn');
    found.briefing = await violations(page);
    await screenshot(page, 'a11y-3-briefing');
    await page.locator('[data-testid="briefing-begin"]').click();
    await page.locator('#briefing').waitFor({ state: 'detached' });
    await nextFrame(page);

    found.hud = await violations(page);
    expect(await page.locator('[role="status"][data-testid="announce"]').count()).toBe(1);
    await screenshot(page, 'a11y-4-hud');

    await page.locator('[data-testid="hotline-toggle"]').click();
    await page.locator('[data-testid="hl-kind"]').selectOption('notify');
    await nextFrame(page);
    found.hotline = await violations(page);
    await screenshot(page, 'a11y-5-hotline');
    await page.locator('[data-testid="hotline-toggle"]').click();

    // A strike on the city, next to government troops, asks first.
    await page.locator('[data-testid="air-strike"]').click();
    const p = await hexOnScreen(page, CITY);
    await page.mouse.click(p.x, p.y);
    const warning = page.locator('[data-testid="strike-warning"]');
    await warning.waitFor();
    found.strikeWarning = await violations(page);
    await screenshot(page, 'a11y-6-strike-warning');
    await page.keyboard.press('Escape');
    await warning.waitFor({ state: 'detached' });

    // The announcement speaks for the round: after End turn it names what the other camps did.
    const turns = await page.evaluate(() => window.__deconfliction!.session.scenario.data.turns);
    for (let turn = 1; turn <= turns; turn++) {
      await page.getByRole('button', { name: 'End turn' }).click();
      // Calls left unanswered: End turn asks first (a modal dialog).
      const anyway = page.getByTestId('unanswered-end');
      if (await anyway.isVisible()) {
        if (!found.unanswered) {
          found.unanswered = await violations(page);
          await screenshot(page, 'a11y-6b-unanswered-calls');
        }
        await anyway.click();
      }
      await page.waitForFunction((t) => {
        const d = window.__deconfliction!;
        return d.view().status === 'over' || (d.view().turn === t + 1 && d.session.isPlayersPhase);
      }, turn, { timeout: 60_000 });
      if (turn === 1) {
        expect(await page.locator('[data-testid="announce"]').innerText()).toMatch(/Turn 2 begins/);
        // The turn summary over the map, with the attention banner above it when a call came.
        await page.getByTestId('turn-summary').waitFor();
        found.summary = await violations(page);
        await screenshot(page, 'a11y-6c-turn-summary');
      }
      if (await page.evaluate(() => window.__deconfliction!.view().status === 'over')) break;
    }
    await page.locator('#result-panel').waitFor();
    found.result = await violations(page);
    await screenshot(page, 'a11y-7-result');
    const report = await page.locator('#result-panel').innerText();
    expect(report).toMatch(/Highest rung reached: \w+/);
    expect(report).toMatch(/Incidents between the powers: \d+/);
    expect(report).toMatch(/Hotline messages: \d+/);
    // Closed to look at the map, it comes back from the panel's Result button.
    await page.getByRole('button', { name: 'Look at the map' }).click();
    await page.locator('#result-panel').waitFor({ state: 'detached' });
    await page.locator('[data-testid="show-result"]').click();
    await page.locator('#result-panel').waitFor();

    expect(found).toEqual({
      menu: [], howToPlay: [], briefing: [], hud: [], hotline: [], strikeWarning: [], summary: [], result: [],
      ...(found.unanswered ? { unanswered: [] } : {}),
    });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

it('the start menu with a saved game, and with a damaged one, has no serious violations', async () => {
  const { page, errors } = await newPage(`${inject('baseUrl')}?camp=coalition&seed=a11y-save&renderer=canvas&anim=off&briefing=off`);
  await page.waitForFunction(() => window.__deconfliction?.ready === true, undefined, { timeout: 30_000 });
  await page.goto(`${inject('baseUrl')}?renderer=canvas&anim=off`);
  await page.locator('#continue-button').waitFor();
  const withSave = await violations(page);
  await screenshot(page, 'a11y-8-menu-saved');
  await page.evaluate(() => localStorage.setItem('deconfliction.save.deir-ez-zor-2017', '{"format":"deconfliction-save","version":1'));
  await page.reload();
  await page.locator('[data-testid="save-error"]').waitFor();
  const damaged = await violations(page);
  await screenshot(page, 'a11y-9-menu-damaged');
  expect({ withSave, damaged }).toEqual({ withSave: [], damaged: [] });
  expect(errors).toEqual([]);
  await page.context().close();
});

it('the briefing is written for the camp played, and the HUD opens it again', async () => {
  const { page, errors } = await newPage(`${inject('baseUrl')}?camp=russia&seed=brief-ru&renderer=canvas&anim=off`);
  await waitForScene(page, { keepBriefing: true });
  const brief = await page.locator('#briefing').innerText();
  expect(brief).toContain('Briefing: Russian-backed government side');
  expect(brief).toContain('broke the three-year siege');
  expect(brief).toMatch(/Deir ez-Zor your aim\s+20/);
  // The first turn waits for Begin: Russia moves first, so nothing has happened yet.
  expect(await page.evaluate(() => window.__deconfliction!.controller.log.length)).toBe(0);
  expect(await page.locator('[data-testid="phase"]').innerText()).toBe('Read the briefing, then press Begin.');
  await page.locator('[data-testid="briefing-begin"]').click();
  await page.locator('#briefing').waitFor({ state: 'detached' });
  await page.locator('[data-testid="open-briefing"]').click();
  await page.locator('#briefing').waitFor();
  expect(await page.locator('[data-testid="briefing-begin"]').innerText()).toBe('Close');
  await page.keyboard.press('Escape');
  await page.locator('#briefing').waitFor({ state: 'detached' });
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('open-briefing');
  expect(errors).toEqual([]);
  await page.context().close();
});

const SIZES = [
  { name: 'desktop-1280x720', width: 1280, height: 720 },
  { name: 'desktop-1920x1080', width: 1920, height: 1080 },
  { name: 'tablet-portrait-820x1180', width: 820, height: 1180 },
  { name: 'tablet-landscape-1180x820', width: 1180, height: 820 },
];

describe('viewports', () => {
  for (const size of SIZES) {
    it(`${size.name}: End turn and the map are in view, nothing overflows`, async () => {
      const { page, errors } = await newPage(`${inject('baseUrl')}?camp=coalition&seed=viewport&renderer=canvas&anim=off`, size.width, size.height);
      await waitForScene(page, { keepBriefing: true });
      await screenshot(page, `viewport-${size.name}-0-briefing`);
      await page.locator('[data-testid="briefing-begin"]').click();
      await nextFrame(page);
      await screenshot(page, `viewport-${size.name}-1-hud`);
      const inView = async () => page.evaluate(() => {
        const within = (r: DOMRect) => r.left >= 0 && r.top >= 0 && r.right <= innerWidth + 0.5 && r.bottom <= innerHeight + 0.5 && r.width > 0 && r.height > 0;
        const end = document.querySelector('[data-testid="end-turn"]')!.getBoundingClientRect();
        const map = document.getElementById('game-container')!.getBoundingClientRect();
        const hud = document.getElementById('hud')!.getBoundingClientRect();
        return {
          end: within(end), map: within(map), hud: within(hud),
          mapSize: { w: Math.round(map.width), h: Math.round(map.height) },
          overflowX: document.documentElement.scrollWidth > innerWidth, overflowY: document.documentElement.scrollHeight > innerHeight,
          hudScrolls: ['auto', 'scroll'].includes(getComputedStyle(document.getElementById('hud')!).overflowY),
        };
      });
      const r = await inView();
      expect(r).toMatchObject({ end: true, map: true, hud: true, overflowX: false, overflowY: false, hudScrolls: true });
      expect(r.mapSize.w).toBeGreaterThanOrEqual(Math.min(600, size.width * 0.5));
      expect(r.mapSize.h).toBeGreaterThanOrEqual(size.height * 0.5);

      // With the hotline open the map keeps a usable size (on portrait the hotline covers the panel instead).
      await page.locator('[data-testid="hotline-toggle"]').click();
      await nextFrame(page);
      await screenshot(page, `viewport-${size.name}-2-hotline`);
      const open = await page.evaluate(() => {
        const map = document.getElementById('game-container')!.getBoundingClientRect();
        const panel = document.getElementById('hotline')!.getBoundingClientRect();
        return { w: map.width, h: map.height, panelFits: panel.right <= innerWidth + 0.5 && panel.bottom <= innerHeight + 0.5, overflowX: document.documentElement.scrollWidth > innerWidth };
      });
      expect(open).toMatchObject({ panelFits: true, overflowX: false });
      expect(open.w).toBeGreaterThanOrEqual(400);
      expect(open.h).toBeGreaterThanOrEqual(size.height * 0.5);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
