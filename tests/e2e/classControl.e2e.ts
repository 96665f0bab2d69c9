// A student Control seat on the class server, in Russian: it fires an inject (its log line and incident
// line in Russian, place names Latin by decision) and rules the incident it
// made from its panel, and a refused ruling shows in the panel's message line in Russian. The teacher's
// inject that the group refuses (fired twice) comes back to the dashboard naming the group, under the line
// that said it was sent; in Russian and Arabic the dashboard says a custom inject was sent, then fired.
// Screenshots of the Control seat and the dashboard are taken to be looked at.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ClassCreated } from '../../src/net/protocol';
import { launchBrowser, screenshot } from './browser';
import { type ClassServer, startClassServer } from './classServer';

/** The gazetteer's place names, Latin in every language by decision (docs/i18n.md, "Place names"). */
const PLACES = (JSON.parse(readFileSync('assets/maps/middle-euphrates.json', 'utf8')) as { places: { name: string }[] }).places
  .map((p) => p.name).sort((a, b) => b.length - a.length);

let browser: Browser;
let server: ClassServer;
let cls: ClassCreated;
const errors: string[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startClassServer(inject('distDir'));
  const res = await fetch(`${server.base}/api/classes`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Control class', scenario: 'deir-ez-zor-2017', seedMode: 'per_group', seed: 'ctl', groups: 1, teams: { coalition: 'human', russia: 'human' }, control: true, injects: [] }),
  });
  expect(res.status).toBe(201);
  cls = (await res.json()) as ClassCreated;
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function device(url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  await page.goto(url);
  return page;
}

describe('a student Control seat', () => {
  let control: Page;
  let incident = '';

  it('rules the incident its inject made, in Russian, and a second ruling is refused in Russian', async () => {
    const code = cls.codes.find((c) => c.group === 1 && c.seat === 'control')!.code;
    control = await device(`${server.base}/join.html?renderer=canvas&anim=off&lang=ru&code=${code}`);
    await control.getByTestId('join-submit').click();
    await control.waitForFunction(() => window.__deconfliction?.ready === true, undefined, { timeout: 60_000 });
    await control.getByTestId('control-incidents').waitFor({ timeout: 30_000 });
    await control.getByTestId('control-fire-strike-16-sep').click();
    await control.waitForFunction(() => (window.__deconfliction!.view().crisis.incidents.length ?? 0) > 0, undefined, { timeout: 30_000 });
    incident = await control.evaluate(() => window.__deconfliction!.view().crisis.incidents[0]!.id);
    // The inject's log line and the incident's line read in Russian (the scenario's overlay, as in
    // hot-seat Control): no English words but the Latin place names kept by decision (docs/i18n.md).
    await control.waitForFunction(() => /вводн|Вводн/.test(document.querySelector('.log')?.textContent ?? ''), undefined, { timeout: 30_000 });
    const shown = [...await control.locator('.log li').allInnerTexts(), ...await control.getByTestId('control-incidents').locator('li').allInnerTexts()];
    expect(shown.filter((s) => /[A-Za-z]{2,}/.test(PLACES.reduce((x, p) => x.replaceAll(p, ''), s)))).toEqual([]);
    expect(shown.join('\n')).toContain('Удар неустановленной стороны по позициям СДС');
    await control.getByTestId(`ruling-choice-${incident}`).selectOption('accident');
    await control.getByTestId(`rule-${incident}`).click();
    await control.getByTestId(`ruling-${incident}`).waitFor({ timeout: 30_000 });
    expect(await control.evaluate((id) => window.__deconfliction!.view().crisis.incidents.find((i) => i.id === id)?.ruling?.finding, incident)).toBe('accident');
    expect(await control.getByTestId(`rule-${incident}`).count()).toBe(0);
    await screenshot(control, 'class-control-seat-ruled');
    // The page offers no second ruling; one sent anyway comes back refused, worded in Russian.
    await control.evaluate((id) => window.__deconfliction!.controller.command({ type: 'ruling', incident: id, finding: 'russia' }), incident);
    const message = control.getByTestId('message');
    await control.waitForFunction(() => (document.querySelector('[data-testid="message"]')?.textContent ?? '').length > 0, undefined, { timeout: 30_000 });
    const text = (await message.textContent())!;
    expect(text).toContain(incident);
    expect(text).not.toMatch(/[A-Za-z]{3,}/);
    await screenshot(control, 'class-control-seat-refused');
  });

  it('the teacher\'s inject the group refuses is told on the dashboard, naming the group', async () => {
    const dash = await device(cls.dashboardUrl.replace(/^http:\/\/[^/]+/, server.base));
    await dash.getByTestId('dash-row-1').waitFor({ timeout: 30_000 });
    await dash.getByTestId('dash-target').selectOption('1');
    await dash.getByTestId('dash-inject').selectOption('strike-16-sep');
    await dash.getByTestId('dash-fire').click();
    await dash.waitForFunction(() => /Refused in group 1/.test(document.querySelector('[data-testid="dash-status"]')?.textContent ?? ''), undefined, { timeout: 30_000 });
    expect(await dash.getByTestId('dash-status').textContent()).toMatch(/Refused in group 1: .*strike-16-sep.*already fired/);
    // The dashboard said it sent the inject, not that it fired; the refusal is told under that line.
    expect(await dash.getByTestId('dash-status').locator('p').allInnerTexts()).toEqual([
      'Inject sent, waiting for the answer (group 1).', expect.stringMatching(/^Refused in group 1: /),
    ]);
    await screenshot(dash, 'class-dashboard-inject-refused');
    expect(errors).toEqual([]);
  });

  it.each(['ru', 'ar'] as const)('in %s, the dashboard says a custom inject was sent, then fired', async (lang) => {
    const dash = await device(cls.dashboardUrl.replace(/^http:\/\/[^/]+/, server.base).replace('teacher.html#', `teacher.html?lang=${lang}#`));
    await dash.getByTestId('dash-row-1').waitFor({ timeout: 30_000 });
    expect(await dash.evaluate(() => document.documentElement.lang)).toBe(lang);
    await dash.getByTestId('dash-target').selectOption('1');
    await dash.locator('details summary').first().click();
    await dash.locator('#dash-ci-title').fill(`Press report ${lang}`);
    await dash.locator('#dash-ci-text').fill('A reporter asks about the strike.');
    const before = await dash.evaluate(() => window.__teacher!.state!.rows[0]!.injects);
    await dash.getByTestId('dash-fire-custom').click();
    await dash.waitForFunction((n) => (window.__teacher!.state!.rows[0]!.injects ?? 0) > n, before, { timeout: 30_000 });
    const fired = lang === 'ru' ? 'Своя вводная дана (группа 1).' : 'أُطلق المُدخل الخاص (المجموعة 1).';
    await expect.poll(() => dash.getByTestId('dash-status').innerText(), { timeout: 30_000 }).toBe(fired);
    // The seats' connections are words of the page's language ("away" was the server's id).
    expect((await dash.locator('[data-testid^="conn-1-"]').allInnerTexts()).filter((x) => /[A-Za-z]{2,}/.test(x))).toEqual([]);
    // All twelve columns fit the page (1280 px): Russian's long headers used to push Actions out of sight.
    const table = dash.getByTestId('dash-table');
    expect(await table.evaluate((t) => t.scrollWidth - t.parentElement!.clientWidth)).toBeLessThanOrEqual(0);
    await dash.getByTestId('dash-status').scrollIntoViewIfNeeded();
    await screenshot(dash, `class-dashboard-inject-fired-${lang}`);
    expect(errors).toEqual([]);
  });
});
