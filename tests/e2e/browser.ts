// Pages, screenshots and waits for the e2e tests; Chromium itself is launched by src/cli/chromium.ts.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { dismissBriefing } from './game';

export { CHROMIUM, CHROMIUM_ARGS, launchBrowser } from '../../src/cli/chromium';
export const SCREENS_DIR = 'test-results/screens';

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
}

/**
 * Opens the game; animation is off (anim=off) unless the URL sets ?anim= itself, so tests run at full
 * speed, and so is the turn summary (summary=off) unless the URL sets ?summary=.
 */
export async function openPage(browser: Browser, url: string): Promise<OpenedPage> {
  if (!/[?&]anim=/.test(url)) url += `${url.includes('?') ? '&' : '?'}anim=off`;
  if (!/[?&]summary=/.test(url)) url += '&summary=off';
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(url);
  return { page, errors };
}

/** A page in a browser context of its own (axe needs one; downloads are accepted); close its context after. */
export async function openInContext(browser: Browser, url: string, opts: { height?: number } = {}): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: opts.height ?? 720 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(url);
  return { page, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  const path = `${SCREENS_DIR}/${name}.png`;
  await page.screenshot({ path });
  return path;
}

/** Waits until the map scene has drawn its first frame, then presses Begin on a new game's briefing (unless kept). */
export async function waitForScene(page: Page, opts: { keepBriefing?: boolean } = {}): Promise<void> {
  await page.waitForFunction(() => window.__deconfliction?.ready === true, undefined, { timeout: 30_000 });
  if (!opts.keepBriefing) await dismissBriefing(page);
}

/**
 * What the map canvas shows on screen now (a screenshot of it, decoded by the browser): how many
 * colours, and the share of pixels in the map's background colour. A blank map has few colours.
 */
export async function mapPixels(page: Page): Promise<{ colours: number; backgroundShare: number }> {
  const box = (await page.locator('#game-container canvas').boundingBox())!;
  const png = (await page.screenshot({ clip: box })).toString('base64');
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    const colours = new Set<number>();
    let background = 0;
    for (let i = 0; i < data.length; i += 16) {
      colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      if (data[i] === 0x1d && data[i + 1] === 0x2a && data[i + 2] === 0x33) background++;
    }
    return { colours: colours.size, backgroundShare: background / (data.length / 16) };
  }, png);
}
