// The teaching kit in Chromium: both teams' briefing packs (no date after turn 1, no inject, the
// roles, each team's private information and not the other's), Control's handbook printed to PDF
// pages, the review's learning objectives and hotwash printed to PDF, and the class page's
// comparison of the groups by decision point. Screenshots and PDF pages go to test-results/screens.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { turnDate } from '../../src/engine';
import { kitFor } from '../../src/exercise/kits';
import { replayFromCommands } from '../../src/replay/fromCommands';
import { replayFragment } from '../../src/replay/link';
import { parseReplayText } from '../../src/replay/parse';
import { buildReview } from '../../src/review/build';
import { builtinScenario } from '../../src/scenarios';
import { datesIn } from '../unit/spoilers';
import { SCREENS_DIR, launchBrowser, openInContext, screenshot } from './browser';
import { inkShare } from './print';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });
const base = (): string => inject('baseUrl');
const scenario = builtinScenario('deir-ez-zor-2017')!;
const kit = kitFor(scenario)!;

function golden(name: string) {
  const text = readFileSync(`tests/golden/${name}.json`, 'utf8');
  const p = parseReplayText(text, builtinScenario);
  if (!p.ok) throw new Error(p.message);
  return { text, replay: p.replay, review: buildReview(p.scenario, p.replay) };
}

/** Prints the page to A4 PDF (Chromium's printToPDF), turns it into PNG pages with pdftoppm; returns their paths. */
async function printPages(page: Page, name: string): Promise<string[]> {
  const pdf = `${SCREENS_DIR}/${name}.pdf`;
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  for (const f of readdirSync(SCREENS_DIR)) if (f.startsWith(`${name}-page-`)) rmSync(`${SCREENS_DIR}/${f}`);
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, `${SCREENS_DIR}/${name}-page`]);
  return readdirSync(SCREENS_DIR).filter((f) => new RegExp(`^${name}-page-\\d+\\.png$`).test(f)).sort().map((f) => `${SCREENS_DIR}/${f}`);
}

async function openSetup(): Promise<{ page: Page; errors: string[] }> {
  const opened = await openInContext(browser, `${base()}?anim=off`, { height: 900 });
  await opened.page.getByTestId('run-exercise').click();
  await opened.page.getByTestId('exercise-setup').waitFor();
  return opened;
}

describe('briefing packs and the handbook', () => {
  it('each pack tells nothing of what is to come, and holds its team\'s roles and private information only', async () => {
    const { page, errors } = await openSetup();
    const turn2 = turnDate(scenario, 2).slice(0, 10);
    for (const [camp, other] of [['coalition', 'russia'], ['russia', 'coalition']] as const) {
      await page.getByTestId(`ex-pack-${camp}`).click();
      const pack = page.locator('#briefing-pack [data-testid="briefing-pack"]');
      await pack.waitFor();
      const text = (await pack.innerText()).replace(/\s+/g, ' ');
      // The lede and the forces table give the game's calendar (its last day, a reinforcement's turn): not events.
      const prose = await pack.evaluate((n) => {
        const c = n.cloneNode(true) as HTMLElement;
        c.querySelectorAll('table, p.lede').forEach((x) => x.remove());
        return c.textContent ?? '';
      });
      expect(datesIn(prose).filter((d) => d >= turn2), `${camp}: dates after turn 1`).toEqual([]);
      for (const j of scenario.injects) expect(text, j.title).not.toContain(j.title);
      expect(text).not.toMatch(/Khasham|Historical background|Konashenkov/);
      expect(await page.getByTestId('pack-roles').locator('dt').allInnerTexts()).toEqual(['Commander', 'Hotline officer', 'Intelligence officer']);
      for (const p of kit.teams[camp].private) expect(text).toContain(p);
      for (const p of kit.teams[other].private) expect(text).not.toContain(p);
      for (const r of kit.teams[camp].redLines) expect(text).toContain(r);
      expect(await page.getByTestId('pack-objectives').locator('li').count()).toBe(kit.objectives.length);
      await page.getByText('For your team only').scrollIntoViewIfNeeded();
      await screenshot(page, `kit-pack-${camp}`);
      await page.getByTestId('pack-close').click();
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Control\'s handbook: timetables for 50 and 90 minutes, injects, disputes, the hotwash; printed to A4 pages', async () => {
    const { page, errors } = await openSetup();
    await page.getByTestId('ex-handbook').click();
    const book = page.locator('#handbook-dialog [data-testid="handbook"]');
    await book.waitFor();
    for (const m of [50, 90]) expect(await page.getByTestId(`handbook-timetable-${m}`).locator('caption').innerText()).toContain(`${m}-minute class`);
    const injects = await page.getByTestId('handbook-injects').locator('tbody tr').allInnerTexts();
    expect(injects.length).toBe(scenario.injects.length);
    for (const [i, j] of scenario.injects.entries()) expect(injects[i]).toContain(j.title);
    const text = (await book.textContent()) ?? '';
    for (const part of ['Ruling on disputes', 'Running the hotwash', 'what really happened', 'Khasham']) expect(text).toContain(part);
    await screenshot(page, 'kit-handbook');
    // The print stylesheet prints the handbook alone.
    await page.evaluate(() => { window.print = () => {}; });
    await page.getByTestId('print-handbook').click();
    await page.emulateMedia({ media: 'print' });
    const pages = await printPages(page, 'kit-handbook');
    await page.emulateMedia({ media: 'screen' });
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(6);
    for (const p of pages) expect(await inkShare(page, p), p).toBeGreaterThan(0.001);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the review and the class', () => {
  it('the review answers the learning objectives and runs a structured hotwash; printed to A4 pages', async () => {
    const g = golden('coalition-wins');
    const { page, errors } = await openInContext(browser, `${base()}class.html${replayFragment(g.replay)}`, { height: 900 });
    await page.waitForFunction(() => !!window.__classroom?.review, undefined, { timeout: 60_000 });
    const k = g.review.kit!;
    const rows = page.getByTestId('review-objectives').locator('tbody tr');
    expect(await rows.count()).toBe(k.objectives.length);
    for (const [i, o] of k.objectives.entries()) expect((await rows.nth(i).innerText()).replace(/\s+/g, ' ')).toContain(`${o.question} ${o.answer}`);
    expect(await page.getByTestId('hotwash-phases').locator(':scope > li').count()).toBe(k.hotwash.phases.length);
    expect(await page.getByTestId('hotwash-expectations').locator('li').count()).toBe(k.hotwash.expectations.coalition.length + k.hotwash.expectations.russia.length);
    const closest = k.hotwash.comparisons.find((c) => c.id === k.hotwash.closest)!;
    expect(await page.getByTestId('hotwash-closest').innerText()).toContain(closest.topic);
    expect(await page.getByTestId('review-debrief').innerText()).toContain('Khasham');
    await page.getByRole('heading', { level: 2, name: /^Hotwash/ }).scrollIntoViewIfNeeded();
    await screenshot(page, 'kit-review-hotwash');
    await page.emulateMedia({ media: 'print' });
    const pages = await printPages(page, 'kit-review');
    await page.emulateMedia({ media: 'screen' });
    expect(pages.length).toBeGreaterThanOrEqual(6);
    for (const p of pages) expect(await inkShare(page, p), p).toBeGreaterThan(0.001);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the class page compares the groups at the same moments, beside 2017', async () => {
    const names = ['coalition-wins', 'russia-wins', 'direct-clash'];
    const games = names.map(golden);
    const { page, errors } = await openInContext(browser, `${base()}class.html`, { height: 900 });
    await page.getByTestId('class-files').setInputFiles(names.map((n, i) => ({ name: `${n}.json`, mimeType: 'application/json', buffer: Buffer.from(games[i]!.text) })));
    await page.waitForFunction((n) => window.__classroom!.groups() === n, names.length, { timeout: 60_000 });
    for (const d of kit.decisionPoints) {
      const table = page.getByTestId(`decision-${d.id}`);
      expect(await table.locator('caption').innerText()).toBe(d.title);
      const cells = await table.locator('tbody tr td').allInnerTexts();
      expect(cells).toEqual([...games.map((g) => g.review.kit!.decisions.find((x) => x.id === d.id)!.game), d.historical]);
    }
    await page.getByTestId('class-decisions').scrollIntoViewIfNeeded();
    await screenshot(page, 'kit-class-decisions');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('groups of different scenarios are each compared with their own kit\'s moments and history', async () => {
    const g = golden('coalition-wins');
    // Two groups that played other scenarios (only begun: their moments have not come yet).
    const other = (id: string) => {
      const s = builtinScenario(id)!;
      const replay = replayFromCommands(s, 'kit-e2e', g.replay.players, [{ type: 'end_phase' }]);
      return { id, text: JSON.stringify(replay), review: buildReview(s, replay), title: s.data.title };
    };
    const groups = [{ id: 'deir-ez-zor-2017', text: g.text, review: g.review, title: scenario.data.title }, other('khasham-2018'), other('al-bukamal-2017')];
    const { page, errors } = await openInContext(browser, `${base()}class.html`, { height: 900 });
    await page.getByTestId('class-files').setInputFiles(groups.map((x) => ({ name: `${x.id}.json`, mimeType: 'application/json', buffer: Buffer.from(x.text) })));
    await page.waitForFunction((n) => window.__classroom!.groups() === n, groups.length, { timeout: 60_000 });
    const ids = [...new Set(groups.flatMap((x) => x.review.kit!.decisions.map((d) => d.id)))];
    expect(await page.locator('[data-decision]').evaluateAll((ts) => ts.map((x) => x.getAttribute('data-decision')))).toEqual(ids);
    for (const id of ids) {
      const table = page.getByTestId(`decision-${id}`);
      const own = groups.map((x) => x.review.kit!.decisions.find((d) => d.id === id));
      expect(await table.locator('tbody tr td').allInnerTexts()).toEqual([
        ...own.map((d) => d?.game ?? 'This group\'s scenario has no such moment.'),
        ...own.flatMap((d) => (d ? [d.historical] : [])),
      ]);
      expect(await table.locator('tbody tr.historical th').allInnerTexts()).toEqual(groups.filter((_, i) => own[i]).map((x) => `In history: ${x.title}`));
    }
    await page.getByTestId('decision-first_crossing').scrollIntoViewIfNeeded();
    await screenshot(page, 'kit-class-decisions-mixed');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
