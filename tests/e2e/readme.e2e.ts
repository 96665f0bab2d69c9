// The README's screenshots, taken from the real game: the menu, the map mid-game with a unit's
// targets, the hotline, the replay viewer and the after-action review. They go to test-results/screens
// on every run; with UPDATE_SCREENSHOTS=1 (npm run screenshots) they also replace docs/screenshots.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeReplay } from '../../src/replay/link';
import { parseReplayText } from '../../src/replay/parse';
import { builtinScenario } from '../../src/scenarios';
import { SCREENS_DIR, launchBrowser, openPage, waitForScene } from './browser';
import { clickUnit, nextFrame, overlay, viewUnits } from './game';

const DOCS = 'docs/screenshots';
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** A JPEG of the page; returns its size in bytes. */
async function shot(page: Page, name: string): Promise<number> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  const path = `${SCREENS_DIR}/readme-${name}.jpg`;
  await page.screenshot({ path, type: 'jpeg', quality: 80 });
  if (process.env.UPDATE_SCREENSHOTS) {
    mkdirSync(DOCS, { recursive: true });
    copyFileSync(path, `${DOCS}/${name}.jpg`);
  }
  return readFileSync(path).length;
}

const golden = readFileSync('tests/golden/direct-clash.json', 'utf8');

describe('README screenshots', () => {
  it('the menu, the map with targets, the hotline, the replay viewer and the review', async () => {
    const base = inject('baseUrl');
    const { page, errors } = await openPage(browser, `${base}?renderer=canvas`);
    await page.getByRole('button', { name: 'Start' }).waitFor();
    expect(await shot(page, 'menu')).toBeGreaterThan(20_000);

    await page.goto(`${base}?camp=russia&seed=readme&renderer=canvas&anim=off`);
    await waitForScene(page);
    // A unit with IS in reach, its targets and odds drawn (the government side: the SDF start out of IS's reach).
    let shown = false;
    for (const u of (await viewUnits(page)).filter((x) => x.camp === 'russia')) {
      if (!(await clickUnit(page, u.id))) continue;
      if ((await overlay(page)).targets.length > 0) { shown = true; break; }
    }
    expect(shown, 'some government unit has IS in reach on turn 1').toBe(true);
    await nextFrame(page);
    expect(await shot(page, 'map-targets')).toBeGreaterThan(50_000);

    await page.locator('[data-testid="hotline-toggle"]').click();
    await page.locator('[data-testid="hl-kind"]').selectOption('propose_line');
    await page.locator('[data-testid="hl-line-river"]').check();
    await page.locator('[data-testid="hl-preview"]').waitFor();
    await nextFrame(page);
    expect(await shot(page, 'hotline')).toBeGreaterThan(50_000);

    const parsed = parseReplayText(golden, builtinScenario);
    if (!parsed.ok) throw new Error(parsed.message);
    const fragment = `#replay=${encodeReplay(parsed.replay)}&turn=12`;
    await page.goto(`${base}?renderer=canvas&anim=off${fragment}`);
    await page.waitForFunction(() => !!window.__deconfliction?.replay && window.__deconfliction.ready, undefined, { timeout: 60_000 });
    await nextFrame(page);
    expect(await shot(page, 'replay-viewer')).toBeGreaterThan(50_000);

    await page.goto(`${base}class.html${fragment}`);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await page.waitForTimeout(300); // uPlot draws on the next frame
    expect(await shot(page, 'review')).toBeGreaterThan(20_000);
    expect(errors).toEqual([]);
    await page.close();
  });
});
