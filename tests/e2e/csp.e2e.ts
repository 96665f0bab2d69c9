// The Content-Security-Policy of index.html and class.html in Chromium: the built pages carry it (no
// inline or eval'd script), and nothing the game does breaks it: a whole game with its panels and
// downloads, the replay viewer (from the result screen and from a file), the after-action review
// (exports, print, a key moment), the whole class (files, the Monte Carlo's worker) and a class
// exercise to its end. Every `securitypolicyviolation` event and every console message about the
// policy is collected; a page that injects an inline script shows the check can fail. Also the dev
// server (npm start) under its relaxed style-src.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../src/cli/measure';
import { launchBrowser, screenshot, waitForScene } from './browser';
import { dismissBriefing, endTurn, moveAUnit, nextFrame, pressEndTurn } from './game';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });
const base = (): string => inject('baseUrl');
const golden = (name: string): string => readFileSync(`tests/golden/${name}.json`, 'utf8');
const CSP_META = 'meta[http-equiv="Content-Security-Policy"]';

interface Watched { context: BrowserContext; page: Page; reports: string[] }

/**
 * A context whose every page records policy violations from its first script on: the init script
 * keeps them in window.__cspViolations and hands each to Node, so a reload or a closed tab loses none.
 * Console messages about the policy and uncaught page errors join the same list.
 */
async function watchedPage(url: string, height = 720): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height }, acceptDownloads: true });
  const reports: string[] = [];
  await context.exposeBinding('__reportCsp', (_source, line: string) => { reports.push(line); });
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[]; __reportCsp?: (line: string) => void };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      const line = `${e.effectiveDirective} blocked ${e.blockedURI || '?'} at ${e.sourceFile}:${e.lineNumber}`;
      w.__cspViolations.push(line);
      w.__reportCsp?.(line);
    });
  });
  const listen = (p: Page): void => {
    p.on('console', (m) => { if (/content.security.policy/i.test(m.text())) reports.push(`console: ${m.text()}`); });
    p.on('pageerror', (e) => reports.push(`pageerror: ${e.message}`));
  };
  context.on('page', listen);
  const page = await context.newPage();
  await page.goto(url);
  return { context, page, reports };
}

/** The policy the page was served with: present, and the same as the built index.html's. */
async function expectPolicy(page: Page): Promise<void> {
  const content = await page.locator(CSP_META).getAttribute('content');
  expect(content).toBe(await builtPolicy('index.html'));
}

async function builtPolicy(file: string): Promise<string> {
  const html = await (await fetch(`${base()}${file}`)).text();
  return /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '(none)';
}

const directive = (policy: string, name: string): string[] =>
  policy.split(';').map((d) => d.trim().split(/\s+/)).find((d) => d[0] === name)?.slice(1) ?? [];

describe('Content-Security-Policy', () => {
  it('the built pages carry a strict policy: no inline or eval for scripts, no plugins, no base, no forms', async () => {
    const policy = await builtPolicy('index.html');
    expect(await builtPolicy('class.html')).toBe(policy);
    expect(directive(policy, 'default-src')).toEqual(["'self'"]);
    expect(directive(policy, 'script-src')).toEqual(["'self'"]);
    expect(directive(policy, 'worker-src')).toEqual(["'self'"]);
    expect(directive(policy, 'object-src')).toEqual(["'none'"]);
    expect(directive(policy, 'base-uri')).toEqual(["'none'"]);
    expect(directive(policy, 'form-action')).toEqual(["'none'"]);
    expect(policy).not.toContain('unsafe');
  });

  it('an inline script and eval are blocked and reported (the check can fail)', async () => {
    const { context, page, reports } = await watchedPage(`${base()}?renderer=canvas&anim=off`);
    await page.locator('#start-menu').waitFor();
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true;';
      document.head.append(s);
      // A string timer is eval; DevTools' own evaluate is exempt, the page's timer is not.
      window.setTimeout('window.__evalRan = true;', 0);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran, 'the inline script ran').toBe(false);
    await page.waitForFunction(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.length >= 2);
    expect(await page.evaluate(() => (window as unknown as { __evalRan?: boolean }).__evalRan), 'the string timer ran').toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([
      expect.stringMatching(/^script-src-elem blocked inline/),
      expect.stringMatching(/^script-src blocked eval/),
    ]);
    expect(reports.filter((r) => r.startsWith('script-src')).length).toBe(2);
    expect(reports.some((r) => /^console: .*Content Security Policy/.test(r))).toBe(true);
    await context.close();
  });

  it('a whole game, its panels and downloads, the replay viewer and the review report no violation', async () => {
    const { context, page, reports } = await watchedPage(`${base()}?anim=off`);
    await expectPolicy(page);
    // The menu and How to play; then the menu's form starts a game (default renderer).
    await page.locator('#how-to-play-button').click();
    await page.locator('#how-to-play').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('input[name="camp"][value="coalition"]').check();
    await page.locator('#seed').fill('csp-game-3');
    await page.locator('#start-button').click();
    await waitForScene(page, { keepBriefing: true });
    await screenshot(page, 'csp-1-briefing');
    await dismissBriefing(page);
    expect(await moveAUnit(page, 'coalition')).toBe(true);
    await page.getByTestId('hotline-toggle').click();
    await page.getByTestId('hotline-panel').waitFor();
    await page.getByTestId('hl-kind').selectOption('request_meeting');
    await page.getByTestId('hotline-send').click();
    await screenshot(page, 'csp-2-game-hotline');
    await Promise.all([page.waitForEvent('download'), page.getByTestId('download-replay').click()]);
    await page.getByTestId('copy-replay-link').click();
    const turns = await page.evaluate(() => window.__deconfliction!.session.scenario.data.turns);
    for (let t = 1; t <= turns && !(await page.locator('#result-panel').count()); t++) await endTurn(page);
    await page.locator('#result-panel').waitFor();
    await screenshot(page, 'csp-3-result');
    await Promise.all([page.waitForEvent('download'), page.getByTestId('result-download-replay').click()]);

    // The review in a new tab: charts, exports, print, and a key moment opening the viewer.
    const [review] = await Promise.all([context.waitForEvent('page'), page.getByTestId('result-review').click()]);
    await review.waitForFunction(() => !!window.__classroom?.review, undefined, { timeout: 60_000 });
    await expectPolicy(review);
    expect(await review.locator('[data-testid="escalation-chart"] canvas').count()).toBeGreaterThan(0);
    await screenshot(review, 'csp-4-review');
    await Promise.all([review.waitForEvent('download'), review.getByTestId('review-download-json').click()]);
    await Promise.all([review.waitForEvent('download'), review.getByTestId('review-download-html').click()]);
    await review.emulateMedia({ media: 'print' });
    expect((await review.pdf({ format: 'A4' })).length).toBeGreaterThan(0);
    await review.emulateMedia({ media: 'screen' });
    const moment = review.getByTestId('key-moments').locator('a[data-turn]').first();
    const [viewer] = await Promise.all([context.waitForEvent('page'), moment.click()]);
    await viewer.waitForFunction(() => window.__deconfliction?.replay && window.__deconfliction.ready, undefined, { timeout: 60_000 });
    await expectPolicy(viewer);
    await viewer.close();
    await review.close();

    // Watch the replay: the page reloads into the viewer; play, step and change the viewpoint.
    await Promise.all([page.waitForEvent('load'), page.getByTestId('result-watch-replay').click()]);
    await page.waitForFunction(() => window.__deconfliction?.replay && window.__deconfliction.ready, undefined, { timeout: 60_000 });
    await expectPolicy(page);
    await page.getByTestId('replay-step').click();
    await page.getByTestId('replay-turn-forward').click();
    await page.getByTestId('viewpoint-coalition').check();
    await page.getByTestId('replay-speed').selectOption('60');
    await page.getByTestId('replay-play').click();
    await page.waitForFunction(() => window.__deconfliction!.replay!.position() > 40, undefined, { timeout: 60_000 });
    await page.getByTestId('replay-play').click();
    await nextFrame(page);
    await screenshot(page, 'csp-5-viewer');
    expect(reports).toEqual([]);
    await context.close();
  }, 600_000);

  it('a replay file opened from the menu, and the whole class with its Monte Carlo, report no violation', async () => {
    const { context, page, reports } = await watchedPage(`${base()}?renderer=canvas&anim=off`);
    await page.getByTestId('replay-file').setInputFiles({ name: 'clash.json', mimeType: 'application/json', buffer: Buffer.from(golden('direct-clash')) });
    await page.waitForFunction(() => window.__deconfliction?.replay && window.__deconfliction.ready, undefined, { timeout: 60_000 });
    await page.evaluate(() => window.__deconfliction!.replay!.seek(1e9));
    await nextFrame(page);
    await screenshot(page, 'csp-6-viewer-from-file');

    await page.goto(`${base()}class.html`);
    await expectPolicy(page);
    await page.getByTestId('class-files').setInputFiles(['coalition-wins', 'russia-wins'].map((g) => (
      { name: `${g}.json`, mimeType: 'application/json', buffer: Buffer.from(golden(g)) })));
    await page.waitForFunction(() => window.__classroom!.groups() === 2, undefined, { timeout: 60_000 });
    await page.locator('#mc-games').fill('2');
    await page.getByTestId('mc-run').click();
    await page.waitForFunction(() => !!window.__classroom!.mc.summary, undefined, { timeout: 120_000 });
    await screenshot(page, 'csp-7-class');
    expect(reports).toEqual([]);
    await context.close();
  }, 300_000);

  it('a class exercise: setup, briefing pack printed, hot-seat turns, Control, its end and review report no violation', async () => {
    const { context, page, reports } = await watchedPage(`${base()}?renderer=canvas&anim=off`, 900);
    await page.getByTestId('run-exercise').click();
    await page.getByTestId('exercise-setup').waitFor();
    await page.locator('#ex-seed').fill('csp-exercise');
    await page.getByTestId('ex-pack-coalition').click();
    await page.locator('#briefing-pack').waitFor();
    await page.evaluate(() => { window.print = () => {}; });
    await page.getByTestId('print-pack').click();
    await page.emulateMedia({ media: 'print' });
    expect((await page.pdf({ format: 'A4' })).length).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'screen' });
    await screenshot(page, 'csp-8-briefing-pack');
    await page.getByTestId('pack-close').click();
    await page.getByTestId('ex-start').click();
    await page.waitForFunction(() => window.__deconfliction?.ready === true, undefined, { timeout: 30_000 });
    await expectPolicy(page);
    const handover = page.getByTestId('handover');
    const phaseOver = () => page.waitForFunction(() => {
      const s = window.__deconfliction!.session;
      return s.handoverTo !== null || s.status === 'over';
    }, undefined, { timeout: 60_000 });
    for (const team of ['russia', 'coalition']) {
      await handover.waitFor({ state: 'visible' });
      await page.getByTestId('handover-continue').click();
      await nextFrame(page);
      expect(await moveAUnit(page, team)).toBe(true);
      await pressEndTurn(page);
      await phaseOver();
    }
    // Control ends it with escalation injects, as a facilitator may.
    await page.getByTestId('handover-control').click();
    await page.getByTestId('control-panel').waitFor();
    await screenshot(page, 'csp-9-control');
    for (let i = 0; i < 8 && (await page.evaluate(() => window.__deconfliction!.session.status)) !== 'over'; i++) {
      await page.getByTestId('ci-title').fill(`Escalation ${i + 1}`);
      await page.getByTestId('ci-text').fill('Reports of a strike on Russian advisers.');
      await page.getByTestId('ci-escalation').fill('20');
      await page.getByTestId('ci-fire').click();
    }
    const [review] = await Promise.all([context.waitForEvent('page'), page.getByTestId('result-review').click()]);
    await review.waitForFunction(() => !!window.__classroom?.review, undefined, { timeout: 60_000 });
    await screenshot(review, 'csp-10-exercise-review');
    expect(reports).toEqual([]);
    await context.close();
  }, 480_000);
});

describe('the dev server (npm start)', () => {
  let server: ChildProcess | undefined;
  afterAll(async () => {
    if (server?.exitCode !== null) return;
    const exited = new Promise((r) => server!.once('exit', r));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    if (server.exitCode === null) server.kill('SIGKILL');
  });

  it('serves the game and the class page under the policy, style-src relaxed for its injected styles', async () => {
    const port = await freePort('127.0.0.1');
    server = spawn('./node_modules/.bin/vite', ['--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: ['ignore', 'pipe', 'inherit'] });
    server.stdout?.resume();
    const url = `http://127.0.0.1:${port}/`;
    // Vite's first start bundles the dependencies: minutes on a loaded machine. Wait until it answers.
    const until = Date.now() + 240_000;
    let up = false;
    while (!up && Date.now() < until && server.exitCode === null) {
      up = await fetch(url).then((r) => r.ok, () => false);
      if (!up) await new Promise((r) => setTimeout(r, 250));
    }
    expect(up, `the dev server answered at ${url} (exit code ${server.exitCode})`).toBe(true);
    const { context, page, reports } = await watchedPage(`${url}?camp=russia&seed=csp-dev&renderer=canvas&anim=off`);
    await waitForScene(page);
    await endTurn(page);
    await screenshot(page, 'csp-11-dev-server');
    const policy = (await page.locator(CSP_META).getAttribute('content')) ?? '';
    await page.goto(`${url}class.html`);
    await page.getByRole('heading', { level: 1, name: 'The whole class' }).waitFor({ timeout: 60_000 });
    expect(reports).toEqual([]);
    expect(directive(policy, 'script-src')).toEqual(["'self'"]);
    expect(directive(policy, 'style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    await context.close();
  }, 480_000);
});

