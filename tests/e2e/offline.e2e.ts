// The installable, offline game (vite-plugin-pwa's service worker, src/pages/pwa.ts). Each test
// serves the test build with a `vite preview` of its own, so the network can really go: the server is
// closed and the context set offline. After one visit, with no network: a game plays a turn, a hot-seat
// exercise hands over, the class page compares a group, a replay link plays to Node's hash and the
// review builds; join.html (the class server's) is not answered. An update: build B (a changed page
// module) replaces build A on the same address; the open game keeps running A and shows "A new version
// is ready"; Reload brings B and the autosave is still there. Screenshots in test-results/screens.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type PreviewServer, build, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hashState } from '../../src/engine';
import { freePort } from '../../src/cli/measure';
import { replayFragment } from '../../src/replay/link';
import { parseReplayText } from '../../src/replay/parse';
import { verifyReplay } from '../../src/replay/verify';
import { builtinScenario } from '../../src/scenarios';
import { launchBrowser, screenshot, waitForScene } from './browser';
import { endTeamTurn, endTurn, moveAUnit } from './game';

const HOST = '127.0.0.1';
const SAVE_KEY = 'deconfliction.save.deir-ez-zor-2017';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** `vite preview` of a built folder on a fixed port (the same address for build A and build B). */
function serve(outDir: string, port: number): Promise<PreviewServer> {
  return preview({ configFile: false, logLevel: 'silent', base: './', build: { outDir }, preview: { host: HOST, port, strictPort: true } });
}

interface Watched { context: BrowserContext; page: Page; errors: string[] }

async function openContext(): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  context.on('page', (p) => {
    p.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
    p.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  });
  return { context, page: await context.newPage(), errors };
}

/** Until the service worker controls the page (it claims the page that installed it) and holds the precache. */
async function waitForWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 180_000 });
}

function golden(name: string) {
  const text = readFileSync(`tests/golden/${name}.json`, 'utf8');
  const p = parseReplayText(text, builtinScenario);
  if (!p.ok) throw new Error(p.message);
  const v = verifyReplay(p.scenario, p.replay);
  if (!v.ok) throw new Error(v.message);
  return { text, replay: p.replay, finalHash: hashState(v.state) };
}

describe('offline', () => {
  it("the worker's precache holds the game and the class page, not the class server's pages, and Workbox's production build", () => {
    const dist = inject('distDir');
    const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
    const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]!);
    expect(urls).toEqual(expect.arrayContaining(['index.html', 'class.html', 'manifest.webmanifest', 'icons/icon-192.png']));
    expect(urls.filter((u) => /join|teacher|bench/i.test(u))).toEqual([]);
    expect(urls.some((u) => /^assets\/phaser-.*\.js$/.test(u))).toBe(true);
    // Built under vitest's NODE_ENV=test: without workbox's mode 'production' its runtime is the debug one.
    const runtime = /define\(\["\.\/(workbox-[\w-]+)"\]/.exec(sw)?.[1];
    expect(readFileSync(join(dist, `${runtime}.js`), 'utf8')).not.toMatch(/%cworkbox|groupCollapsed/);
  });

  it('after one visit, with no network: a game plays a turn, and an exercise, the class page, a replay and a review open', async () => {
    const port = await freePort(HOST);
    const url = `http://${HOST}:${port}/`;
    const server = await serve(inject('distDir'), port);
    const { context, page, errors } = await openContext();
    try {
      await page.goto(`${url}?camp=coalition&seed=offline-e2e&anim=off&summary=off&renderer=canvas`);
      await waitForScene(page);
      await waitForWorker(page);

      // No network: the server is gone and the browser is offline.
      await server.close();
      await context.setOffline(true);
      // The class server's page is never the worker's: it fails as any page does offline.
      const join = await context.newPage();
      await expect(join.goto(`${url}join.html`)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED|ERR_FAILED/);
      await join.close();

      await page.reload();
      await waitForScene(page);
      expect(await page.evaluate(() => window.__deconfliction!.view().turn)).toBe(1);
      expect(await moveAUnit(page, 'coalition')).toBe(true);
      await endTurn(page);
      expect(await page.evaluate(() => window.__deconfliction!.view().turn)).toBe(2);
      expect(await page.evaluate(() => window.__deconfliction!.session.isPlayersPhase)).toBe(true);
      await screenshot(page, 'offline-1-game-turn-2');

      // A hot-seat exercise: set up, handed to the first team, who moves and ends their turn.
      await page.goto(`${url}?anim=off&summary=off&renderer=canvas`);
      await page.getByTestId('run-exercise').click();
      await page.getByTestId('exercise-setup').waitFor();
      await page.locator('#ex-seed').fill('offline-e2e');
      await page.getByTestId('ex-start').click();
      await page.waitForFunction(() => window.__deconfliction?.ready === true, undefined, { timeout: 60_000 });
      await page.getByTestId('handover').waitFor({ state: 'visible' });
      await page.getByTestId('handover-continue').click({ timeout: 120_000 });
      const team = await page.evaluate(() => window.__deconfliction!.session.camp);
      expect(await moveAUnit(page, team)).toBe(true);
      await endTeamTurn(page);
      await page.getByTestId('handover').waitFor({ state: 'visible' });
      await screenshot(page, 'offline-2-exercise-handover');

      // The class page compares a group's replay file.
      const a = golden('coalition-wins');
      await page.goto(`${url}class.html`);
      await page.getByRole('heading', { level: 1, name: 'The whole class' }).waitFor();
      await page.getByTestId('class-files').setInputFiles([{ name: 'group-a.json', mimeType: 'application/json', buffer: Buffer.from(a.text) }]);
      await page.waitForFunction(() => window.__classroom!.groups() === 1);
      await screenshot(page, 'offline-3-class');

      // A replay link plays to Node's final hash.
      const b = golden('direct-clash');
      await page.goto(`${url}?anim=off&renderer=canvas${replayFragment(b.replay)}`);
      await page.waitForFunction(() => !!window.__deconfliction?.replay, undefined, { timeout: 60_000 });
      expect(await page.evaluate(() => window.__deconfliction!.replay!.finalHash)).toBe(b.finalHash);
      await waitForScene(page, { keepBriefing: true }); // the map is drawn too (Phaser's chunk from the precache)
      await screenshot(page, 'offline-4-replay');

      // The review of the same game (its worker comes from the precache too).
      await page.goto(`${url}class.html${replayFragment(b.replay)}`);
      await page.waitForFunction(() => !!window.__classroom?.review, undefined, { timeout: 60_000 });
      expect(await page.getByTestId('review-error').count()).toBe(0);
      await screenshot(page, 'offline-5-review');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  }, 300_000); // 14 s here: precaching the build, then five pages, on a machine five times slower
});

describe('update', () => {
  const buildB = mkdtempSync(join(tmpdir(), 'deconfliction-build-b-'));
  afterAll(() => rmSync(buildB, { recursive: true, force: true }));

  it('a new build shows "A new version is ready"; the old one runs until Reload, which brings the new build and keeps the autosave', async () => {
    // Build B: the test build with one page module changed (so its chunk, index.html and sw.js change).
    await build({
      configFile: 'vite.config.ts', mode: 'test', logLevel: 'warn',
      build: { outDir: buildB, emptyOutDir: true },
      plugins: [{
        name: 'build-b',
        transform: (code, id) => (id.endsWith('src/pages/game/main.ts') ? `${code}\nglobalThis['__build'] = 'B';\n` : undefined),
      }],
    });
    const port = await freePort(HOST);
    const url = `http://${HOST}:${port}/`;
    let server = await serve(inject('distDir'), port);
    const { context, page, errors } = await openContext();
    const running = () => page.evaluate(() => (globalThis as { __build?: string }).__build ?? 'A');
    try {
      await page.goto(`${url}?seed=update-e2e&anim=off&summary=off&renderer=canvas`);
      await page.locator('input[name="camp"][value="coalition"]').check();
      await page.locator('#start-button').click();
      await waitForScene(page);
      await waitForWorker(page);
      await endTurn(page);
      expect(await running()).toBe('A');

      // Build B is deployed at the same address; the tab comes back to the front and asks for it.
      await server.close();
      server = await serve(buildB, port);
      await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      const banner = page.getByTestId('update-banner');
      await banner.waitFor({ state: 'visible', timeout: 180_000 });
      expect(await banner.innerText()).toContain('A new version is ready.');
      await screenshot(page, 'offline-6-update-banner');

      // Build A goes on until the player says so: another turn, and the page is still A.
      expect(await moveAUnit(page, 'coalition')).toBe(true);
      await endTurn(page);
      const before = await page.evaluate(() => window.__deconfliction!.hash());
      expect(await page.evaluate(() => window.__deconfliction!.view().turn)).toBe(3);
      expect(await running()).toBe('A');
      const saved = await page.evaluate((k) => localStorage.getItem(k), SAVE_KEY);
      expect(JSON.parse(saved!).hash).toBe(before);

      // Reload: build B, with the game saved and continued where it was.
      await Promise.all([page.waitForEvent('load', { timeout: 180_000 }), page.getByTestId('update-reload').click()]);
      await page.locator('#start-menu').waitFor();
      expect(await running()).toBe('B');
      const cont = page.getByTestId('continue');
      expect(await cont.innerText()).toMatch(/Coalition · turn 3/);
      await screenshot(page, 'offline-7-after-update');
      await cont.click();
      await waitForScene(page);
      expect(await page.evaluate(() => window.__deconfliction!.hash())).toBe(before);
      // Every later load is B too, from the new worker's precache.
      await page.reload();
      await page.locator('#start-menu').waitFor();
      expect(await running()).toBe('B');
      expect(await page.getByTestId('update-banner').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  }, 600_000); // 87 s here at load 15 (a second build, two precaches): room for a machine five times slower
});
