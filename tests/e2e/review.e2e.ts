// The class page in Chromium: a golden game's after-action review (sections by heading, the same
// Review as Node's, a key moment that opens the replay viewer at its turn, JSON and HTML export, the
// printed PDF turned into PNG pages that are not blank), and the whole class (two golden replays and
// a broken file named and skipped; a Monte Carlo of 4 games equal to Node's simulate()). Axe on both.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hashState } from '../../src/engine';
import { replayFragment } from '../../src/replay/link';
import { parseReplayText } from '../../src/replay/parse';
import { verifyReplay } from '../../src/replay/verify';
import { buildReview } from '../../src/review/build';
import { builtinScenario } from '../../src/scenarios';
import { simulate } from '../../src/sim/simulate';
import { SCREENS_DIR, launchBrowser, openPage, screenshot, waitForScene, openInContext } from './browser';
import { pressEndTurn } from './game';
import { inkShare } from './print';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const base = (): string => inject('baseUrl');

function golden(name: string) {
  const text = readFileSync(`tests/golden/${name}.json`, 'utf8');
  const p = parseReplayText(text, builtinScenario);
  if (!p.ok) throw new Error(p.message);
  const v = verifyReplay(p.scenario, p.replay, { keepStates: true });
  if (!v.ok) throw new Error(v.message);
  return { text, replay: p.replay, review: buildReview(p.scenario, p.replay), finalHash: hashState(v.state), incidents: v.state.crisis.incidents.length, messages: v.state.crisis.messages.length, turnStart: (t: number) => v.states!.findIndex((s) => s.turn >= t) };
}

/** The class page is tall, and it downloads exports. */
const openClassPage = (url: string) => openInContext(browser, url, { height: 900 });

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`));
}


describe('after-action review', () => {
  it('shows every section of a golden game, opens the replay at a key moment, exports, and prints to non-blank A4 pages', async () => {
    const g = golden('direct-clash');
    const { page, errors } = await openClassPage(`${base()}class.html${replayFragment(g.replay)}`);
    await page.waitForFunction(() => !!window.__classroom?.review, undefined, { timeout: 60_000 });
    expect(await page.evaluate(() => window.__classroom!.review), 'the page builds the same review as Node').toEqual(g.review);

    await expect(page.getByRole('heading', { level: 1, name: 'After-action review' }).isVisible()).resolves.toBe(true);
    for (const name of ['Outcome', 'Escalation and victory points', 'Key moments', 'Timeline', 'Hotline transcript', 'What really happened', 'Discussion questions']) {
      expect(await page.getByRole('heading', { level: 2, name }).count(), name).toBe(1);
    }
    expect(await page.getByTestId('review-headline').innerText()).toBe('Direct clash, set off by Russia: both camps lose');
    expect(await page.getByTestId('review-hash').innerText()).toBe(g.finalHash);
    expect(await page.locator('[data-testid="escalation-chart"] canvas').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="points-chart"] canvas').count()).toBeGreaterThan(0);
    const timeline = await page.getByTestId('timeline').innerText();
    expect(g.incidents).toBeGreaterThan(1);
    for (let i = 1; i <= g.incidents; i++) expect(timeline).toContain(`Incident I${i}:`);
    expect(await page.getByTestId('questions').locator('[data-question="clash-turning-point"]').count()).toBe(1);
    expect(await page.getByText('The SDF took the Conoco gas plant on 23 Sep 2017 (turn 8).').count()).toBe(1);
    // The filter keeps incidents and what changed escalation; print shows every row again.
    await page.getByLabel('Only incidents and entries that changed escalation').check();
    const kept = g.review.timeline.filter((e) => e.delta !== 0 || e.kind === 'incident').length;
    expect(await page.getByTestId('timeline').locator('tbody tr[class^="kind-"]:visible').count()).toBe(kept);
    expect(await page.getByTestId('timeline').locator('tbody:visible').count()).toBe(new Set(g.review.timeline.filter((e) => e.delta !== 0 || e.kind === 'incident').map((e) => e.turn)).size);
    expect(kept).toBeLessThan(g.review.timeline.length);
    await screenshot(page, 'review-1-top');
    await page.getByRole('heading', { name: 'Key moments' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'review-2-moments');

    expect(await seriousViolations(page)).toEqual([]);

    // A key moment opens the replay viewer at its turn, in a new tab.
    const moment = g.review.keyMoments.find((k) => k.turn > 1)!;
    const link = page.getByTestId('key-moments').locator(`a[data-turn="${moment.turn}"]`).first();
    const [viewer] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await viewer.waitForFunction(() => !!window.__deconfliction?.replay, undefined, { timeout: 60_000 });
    expect(await viewer.evaluate(() => window.__deconfliction!.replay!.position())).toBe(g.turnStart(moment.turn));
    expect(await viewer.evaluate(() => window.__deconfliction!.view().turn)).toBe(moment.turn);
    await viewer.waitForFunction(() => window.__deconfliction?.ready === true, undefined, { timeout: 60_000 });
    await screenshot(viewer, 'review-3-viewer-at-key-moment');
    await viewer.close();

    // Exports: the Review as JSON, and one self-contained HTML file with the charts as images.
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('review-download-json').click()]);
    expect(JSON.parse(readFileSync((await json.path())!, 'utf8'))).toEqual(g.review);
    const [html] = await Promise.all([page.waitForEvent('download'), page.getByTestId('review-download-html').click()]);
    const doc = readFileSync((await html.path())!, 'utf8');
    mkdirSync(SCREENS_DIR, { recursive: true });
    writeFileSync(`${SCREENS_DIR}/review-export.html`, doc);
    expect(doc).toMatch(/<style>[^]*\.review-section/);
    expect(doc).toContain('src="data:image/png;base64,');
    expect(doc).not.toMatch(/<script|<button/);
    expect(doc).toContain('What really happened');

    // Print: A4 pages with the print stylesheet, turned into PNGs and looked at.
    const pdf = `${SCREENS_DIR}/review.pdf`;
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('review-print').isVisible(), 'no buttons in print').toBe(false);
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    for (const f of readdirSync(SCREENS_DIR)) if (f.startsWith('review-page-')) rmSync(`${SCREENS_DIR}/${f}`);
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, `${SCREENS_DIR}/review-page`]);
    const pages = readdirSync(SCREENS_DIR).filter((f) => /^review-page-\d+\.png$/.test(f)).sort();
    expect(pages.length, 'a page per long section at least').toBeGreaterThanOrEqual(6);
    await page.emulateMedia({ media: 'screen' });
    for (const p of pages) expect(await inkShare(page, `${SCREENS_DIR}/${p}`), p).toBeGreaterThan(0.001);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('review of a game with hotline traffic', () => {
  it('prints the transcript of a coalition win in its formal text', async () => {
    const g = golden('coalition-wins');
    const { page, errors } = await openClassPage(`${base()}class.html${replayFragment(g.replay)}`);
    await page.waitForFunction(() => !!window.__classroom?.review, undefined, { timeout: 60_000 });
    const items = page.getByTestId('review-transcript').locator('li');
    expect(g.review.transcript.length).toBeGreaterThan(1);
    expect(await items.count()).toBe(g.review.transcript.length);
    const t = g.review.transcript[0]!;
    expect((await items.first().innerText()).split(/\n+/)).toEqual([t.header, t.title, t.body, `Status: ${t.status}.`]);
    expect(await page.getByTestId('questions').locator('[data-question="quiet-race"]').count()).toBe(1);
    await page.getByRole('heading', { name: 'Hotline transcript' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'review-4-transcript');
    const pdf = `${SCREENS_DIR}/review-coalition.pdf`;
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    for (const f of readdirSync(SCREENS_DIR)) if (f.startsWith('review-coalition-page-')) rmSync(`${SCREENS_DIR}/${f}`);
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, `${SCREENS_DIR}/review-coalition-page`]);
    const pages = readdirSync(SCREENS_DIR).filter((f) => /^review-coalition-page-\d+\.png$/.test(f));
    expect(pages.length).toBeGreaterThanOrEqual(7);
    for (const p of pages) expect(await inkShare(page, `${SCREENS_DIR}/${p}`), p).toBeGreaterThan(0.001);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('from the result screen', () => {
  it('After-action review opens the review of the game just played, on its final hash', async () => {
    const { page, errors } = await openPage(browser, `${base()}?camp=coalition&seed=review-e2e&renderer=canvas&briefing=off`);
    await waitForScene(page);
    // uPlot and the review code stay out of the game's bundle: nothing the game page loaded holds them.
    // (The review's words are in the language's messages chunk, which every page loads: its code is not.)
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));
    expect(scripts.length).toBeGreaterThan(0);
    for (const url of scripts) {
      const text = await (await fetch(url)).text();
      expect(text.includes('u-legend') || text.includes('review-hotwash'), url).toBe(false);
    }
    const turns = await page.evaluate(() => window.__deconfliction!.session.scenario.data.turns);
    for (let turn = 1; turn <= turns; turn++) {
      if (await page.locator('#result-panel').count()) break;
      await pressEndTurn(page);
      await page.waitForFunction((t) => {
        const d = window.__deconfliction!;
        return d.view().status === 'over' || (d.view().turn === t + 1 && d.session.isPlayersPhase);
      }, turn, { timeout: 60_000 });
    }
    await page.locator('#result-panel').waitFor();
    const hash = await page.evaluate(() => window.__deconfliction!.hash());
    const [tab] = await Promise.all([page.context().waitForEvent('page'), page.getByTestId('result-review').click()]);
    await tab.waitForFunction(() => !!window.__classroom?.review, undefined, { timeout: 60_000 });
    expect(await tab.getByTestId('review-hash').innerText()).toBe(hash);
    expect(await tab.getByRole('heading', { level: 1 }).innerText()).toBe('After-action review');
    await screenshot(tab, 'review-5-from-result-screen');
    expect(errors).toEqual([]);
    await page.close();
    await tab.close();
  });
});

describe('the whole class', () => {
  it('compares the groups (two picked, one dropped), names and skips a broken file, and runs a Monte Carlo equal to npm run sim', async () => {
    const a = golden('coalition-wins');
    const b = golden('russia-wins');
    const c = golden('direct-clash');
    const mean = (k: 'incidents' | 'messages'): string => ((a[k] + b[k] + c[k]) / 3).toFixed(1);
    const { page, errors } = await openClassPage(`${base()}class.html#replay=not*base64`);
    expect(await page.getByTestId('review-error').innerText()).toBe('The link\'s replay is damaged: it is not base64url text.');
    await page.goto(`${base()}class.html`);
    await page.getByRole('heading', { level: 1, name: 'The whole class' }).waitFor();
    await page.getByTestId('class-files').setInputFiles([
      { name: 'group-a.json', mimeType: 'application/json', buffer: Buffer.from(a.text) },
      { name: 'group-broken.json', mimeType: 'application/json', buffer: Buffer.from(a.text.slice(0, 400)) },
      { name: 'group-b.json', mimeType: 'application/json', buffer: Buffer.from(b.text) },
    ]);
    await page.waitForFunction(() => window.__classroom!.groups() === 2);
    // A file dropped on the page joins the table too.
    await page.evaluate((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], 'group-c.json', { type: 'application/json' }));
      document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, c.text);
    await page.waitForFunction(() => window.__classroom!.groups() === 3);
    const alert = await page.getByTestId('class-alert').innerText();
    expect(alert).toContain('group-broken.json');
    expect(alert).toContain('not valid JSON (the file looks cut short)');
    const rows = page.getByTestId('class-table').locator('tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(2).innerText()).toContain('group-c.json');
    expect(await rows.nth(2).innerText()).toContain('direct clash, set off by Russia');
    expect(await rows.nth(2).innerText()).toContain(c.finalHash);
    expect(await page.getByTestId('class-summary').innerText()).toBe(`3 groups: 1 coalition win, 1 government win, 1 direct clash. Mean incidents ${mean('incidents')}, mean hotline messages ${mean('messages')}.`);
    expect(await rows.nth(0).innerText()).toContain('group-a.json');
    expect(await rows.nth(0).innerText()).toContain(a.finalHash);
    expect(await rows.nth(1).innerText()).toContain('government side wins');
    expect(await rows.nth(1).innerText()).toContain(b.finalHash);
    expect(await rows.nth(0).getByRole('link', { name: 'Review of group-a.json' }).getAttribute('href')).toMatch(/class\.html#replay=/);

    // Monte Carlo, 4 games, in the page's worker: the same summary as Node's pool.
    const policies = { coalition: 'ai:balanced', russia: 'greedy', is: 'ai:balanced' };
    await page.locator('#mc-games').fill('4');
    await page.locator('#mc-seed').fill('11');
    await page.locator('#mc-russia').selectOption(policies.russia);
    await page.getByTestId('mc-run').click();
    await page.waitForFunction(() => !!window.__classroom!.mc.summary, undefined, { timeout: 90_000 });
    const progress = page.getByRole('progressbar');
    expect(await progress.getAttribute('aria-valuenow')).toBe('4');
    expect(await progress.getAttribute('aria-valuemax')).toBe('4');
    const node = await simulate({ scenario: 'deir-ez-zor-2017', games: 4, seed: 11, policies, workers: 1 });
    expect(await page.evaluate(() => window.__classroom!.mc.summary)).toEqual(node.summary);
    expect(await page.getByTestId('mc-clash-rate').innerText()).toContain(node.summary.clashRate.toFixed(3));
    expect(await page.getByTestId('mc-outcomes').getAttribute('aria-label')).toContain(`Direct clashes ${node.summary.results.clash} of 4`);
    await screenshot(page, 'class-1-groups-and-monte-carlo');
    await page.getByTestId('mc-results').scrollIntoViewIfNeeded();
    await screenshot(page, 'class-2-monte-carlo-results');

    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
