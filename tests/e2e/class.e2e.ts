// A class over the network in Chromium, against the real class server (src/server/main.ts in a child
// process, serving the test build): the teacher creates a class (codes, the class link on the local
// network and its QR code), opens the dashboard with the teacher key (a student's code does not open
// it), two teams join from browser contexts of their own with their codes (bad codes named) and play
// over the network: a move and a phase handed over, an inject from the dashboard, a phase timer that
// runs out, a pause, a reload and a dropped connection back in the same seat and view, the teacher
// watching the group all-seeing, the group's game ended by injects, its review, the class table
// filled, and the export. Each team's page holds nothing of the other's hidden units. Screenshots of
// the dashboard and both teams' screens are taken to be looked at.
import { networkInterfaces } from 'node:os';
import { strFromU8, unzipSync } from 'fflate';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GameView } from '../../src/engine';
import { CODE_ALPHABET, CODE_LENGTH } from '../../src/net/protocol';
import { builtinScenario, MAIN_SCENARIO_ID } from '../../src/scenarios';
import { SCREENS_DIR, launchBrowser, screenshot } from './browser';
import { type ClassServer, startClassServer } from './classServer';
import { clickUnit, hexOnScreen, overlay, viewUnits, pressEndTurn } from './game';

const scenario = builtinScenario(MAIN_SCENARIO_ID)!;
let browser: Browser;
let server: ClassServer;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startClassServer(inject('distDir'));
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const errors: string[] = [];
/** A page in a browser context of its own: one per device. Console errors are kept, but for the refused codes' 4xx answers, which are the point. */
async function device(url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error' && !/status of 40[34]/.test(m.text())) errors.push(`${page.url()}: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  await page.goto(url);
  return page;
}

const c = {} as {
  teacher: Page; dash: Page; co: Page; ru: Page;
  joinUrl: string; dashboardUrl: string; codes: Record<string, string>;
};
/** The join page on this machine's loopback, whichever host the class link names (the test's browser is on this machine). */
const local = (url: string): string => url.replace(/^http:\/\/[^/]+/, server.base);
const seatOf = (p: Page) => p.evaluate(() => window.__deconfliction!.session.camp);
const playing = (p: Page) => p.evaluate(() => window.__deconfliction!.session.isPlayersPhase);
const dashRow = (group: number) => c.dash.evaluate((g) => window.__teacher!.state?.rows.find((r) => r.group === g), group);

/** Axe's serious and critical findings on the page. */
async function serious(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** The team whose phase it is, and the other. */
async function turnOrder(): Promise<{ mover: Page; waiter: Page }> {
  const either = async (): Promise<boolean> => (await playing(c.co)) || (await playing(c.ru));
  for (let i = 0; i < 300 && !(await either()); i++) await c.co.waitForTimeout(100);
  return (await playing(c.co)) ? { mover: c.co, waiter: c.ru } : { mover: c.ru, waiter: c.co };
}

/** Moves one of the team's units by clicking, and waits until the server's delivery shows it moved. */
async function moveAUnit(p: Page): Promise<string> {
  const camp = await seatOf(p);
  const units = await viewUnits(p);
  const occupied = new Set(units.filter((x) => x.camp === camp).map((x) => `${x.hex.q},${x.hex.r}`));
  for (const u of units.filter((x) => x.camp === camp && !x.acted && x.mp > 0)) {
    if (!(await clickUnit(p, u.id))) continue;
    // A click on a hex with the team's own units selects them instead of moving there.
    const dest = (await overlay(p)).range.find((d) => d.steps >= 1 && d.steps <= 2 && !occupied.has(`${d.hex.q},${d.hex.r}`));
    if (!dest) continue;
    const at = await hexOnScreen(p, dest.hex);
    await p.mouse.click(at.x, at.y);
    await p.waitForFunction(({ id, hex }) => {
      const v = window.__deconfliction!.view().units.find((x) => x.id === id);
      return v && v.hex.q === hex.q && v.hex.r === hex.r;
    }, { id: u.id, hex: dest.hex }, { timeout: 30_000 }).catch(async (e: Error) => {
      throw new Error(`${e.message}; the page says: ${await p.evaluate(() => window.__deconfliction!.controller.message?.text ?? 'nothing')}`);
    });
    return u.id;
  }
  throw new Error(`no unit of ${camp} could move`);
}

/**
 * What a team's page shows of units it must not see: the truth is the teacher's all-seeing watch frame.
 * Names of the other camp's units outside the team's view that it has never seen must be nowhere in
 * the page, and the map draws exactly the team's view.
 */
async function leaks(p: Page, truth: GameView): Promise<{ hidden: number; leaked: string[]; drawn: string[]; view: string[] }> {
  return p.evaluate((all) => {
    const d = window.__deconfliction!;
    const view = d.view().units.map((u) => u.id).sort();
    const hidden = all.units.filter((u) => !view.includes(u.id) && !d.session.knowsUnit(u.id));
    const text = `${document.body.innerText} ${document.body.innerHTML}`;
    return { hidden: hidden.length, leaked: hidden.filter((u) => text.includes(u.name)).map((u) => u.name), drawn: d.drawnUnitIds().sort(), view };
  }, truth);
}

describe('a class over the network', () => {
  it('the teacher creates a class: a code per seat, the class link on the local network, its QR code', async () => {
    c.teacher = await device(`${server.base}/teacher.html`);
    await c.teacher.getByLabel('Title', { exact: true }).fill('E2E class');
    await c.teacher.getByLabel('Groups').fill('2');
    await c.teacher.getByTestId('cc-create').click();
    await c.teacher.getByTestId('class-codes').waitFor({ timeout: 30_000 });
    c.joinUrl = (await c.teacher.getByTestId('join-url').getAttribute('href'))!;
    c.dashboardUrl = (await c.teacher.getByTestId('dashboard-url').getAttribute('href'))!;
    c.codes = {};
    for (const g of [1, 2]) for (const s of ['coalition', 'russia']) c.codes[`${g}-${s}`] = (await c.teacher.getByTestId(`code-${g}-${s}`).textContent())!;
    const shape = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);
    for (const code of Object.values(c.codes)) expect(code).toMatch(shape);
    expect(new Set(Object.values(c.codes)).size).toBe(4);
    // The class link names the server's address on the local network, where this machine has one.
    const lan = Object.values(networkInterfaces()).flat().some((a) => a && a.family === 'IPv4' && !a.internal);
    if (lan) expect(new URL(c.joinUrl).hostname).not.toMatch(/^(127\.|localhost$)/);
    expect(c.joinUrl).toMatch(/\/join\.html$/);
    const qr = c.teacher.locator('svg[role="img"]');
    expect(await qr.getAttribute('aria-label')).toContain(c.joinUrl);
    expect(await qr.locator('path').getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
    await screenshot(c.teacher, 'class-codes');
    expect(await serious(c.teacher)).toEqual([]);
  });

  it('the dashboard opens with the teacher key, and never with a student\'s code', async () => {
    const intruder = await device(`${server.base}/teacher.html#class=${new URL(c.dashboardUrl).hash.match(/class=([^&]+)/)![1]}&key=${c.codes['1-coalition']}`);
    await intruder.getByTestId('teacher-error').waitFor({ timeout: 30_000 });
    expect(await intruder.getByTestId('teacher-error').textContent()).toMatch(/does not open/);
    expect(await intruder.locator('[data-testid="dashboard"]').count()).toBe(0);
    await intruder.context().close();
    c.dash = await device(local(c.dashboardUrl));
    await c.dash.getByTestId('dash-row-2').waitFor({ timeout: 30_000 });
    expect(await c.dash.getByTestId('dash-title').textContent()).toBe('E2E class');
    expect(await c.dash.getByTestId('conn-1-coalition').textContent()).toMatch(/away/);
    expect(await serious(c.dash)).toEqual([]);
  });

  it('each team joins with its code (bad codes are named) and sees only its own side', async () => {
    c.co = await device(`${local(c.joinUrl)}?renderer=canvas&anim=off`);
    const error = c.co.getByTestId('join-error');
    await c.co.getByLabel('Seat code').fill('oops-1');
    await c.co.getByTestId('join-submit').click();
    expect(await error.textContent()).toMatch(/"O", "S", "1" are never in a seat code/);
    expect(await serious(c.co)).toEqual([]);
    await c.co.getByLabel('Seat code').fill('AAAAAAA');
    await c.co.getByTestId('join-submit').click();
    await c.co.waitForFunction(() => (document.querySelector('[data-testid="join-error"]')?.textContent ?? '').length > 0);
    expect(await error.textContent()).toMatch(/code/i);
    await c.co.getByLabel('Seat code').fill(c.codes['1-coalition']!.toLowerCase());
    await c.co.getByTestId('join-submit').click();
    c.ru = await device(`${local(c.joinUrl)}?renderer=canvas&anim=off&code=${c.codes['1-russia']}`);
    await c.ru.getByTestId('join-submit').click();
    for (const p of [c.co, c.ru]) await p.waitForFunction(() => window.__deconfliction?.ready === true, undefined, { timeout: 60_000 });
    expect(await seatOf(c.co)).toBe('coalition');
    expect(await seatOf(c.ru)).toBe('russia');
    expect(await c.co.getByTestId('seat-who').textContent()).toContain('Group 1');
    await c.dash.waitForFunction(() => window.__teacher!.state?.rows[0]?.seats.every((s) => s.connection === 'connected'), undefined, { timeout: 30_000 });
  });

  it('the teacher watches the group all-seeing; neither team\'s page holds the other\'s hidden units', async () => {
    // The teacher watches the group all-seeing: the truth the teams' pages are checked against.
    await c.dash.getByTestId('watch-1').click();
    await c.dash.waitForFunction(() => window.__teacher!.watching()?.group === 1, undefined, { timeout: 30_000 });
    const truth = (await c.dash.evaluate(() => window.__teacher!.watching()!.view));
    for (const p of [c.co, c.ru]) {
      const r = await leaks(p, truth);
      expect(r.hidden, 'the other camp has units out of sight').toBeGreaterThan(0);
      expect(r.leaked).toEqual([]);
      expect(r.drawn).toEqual(r.view);
      // No dice and no seed reach the page.
      const held = await p.evaluate(() => JSON.stringify(window.__deconfliction!.view()) + window.__deconfliction!.session.seed);
      expect(held).not.toMatch(/"rng"|"dice"|"seed"/);
    }
    await c.dash.waitForFunction(() => window.__deconfliction?.ready === true, undefined, { timeout: 60_000 });
    const camps = await c.dash.evaluate(() => [...new Set(window.__deconfliction!.view().units.map((u) => u.camp))].sort());
    expect(camps).toEqual(['coalition', 'is', 'russia']);
    await screenshot(c.dash, 'class-watch');
    await c.dash.getByTestId('watch-close').click();
    await screenshot(c.co, 'class-coalition');
    await screenshot(c.ru, 'class-government');
  });

  it('a team moves and ends its phase over the network; the other team\'s phase comes', async () => {
    const { mover, waiter } = await turnOrder();
    expect(await playing(waiter)).toBe(false);
    await moveAUnit(mover);
    await pressEndTurn(mover);
    await waiter.waitForFunction(() => window.__deconfliction!.session.isPlayersPhase, undefined, { timeout: 60_000 });
    expect(await playing(mover)).toBe(false);
    await moveAUnit(waiter);
  });

  it('an inject fired from the dashboard reaches both teams of its group', async () => {
    const inj = scenario.injects[0]!;
    await c.dash.getByTestId('dash-target').selectOption('1');
    await c.dash.getByTestId('dash-inject').selectOption(inj.id);
    await c.dash.getByTestId('dash-fire').click();
    for (const p of [c.co, c.ru]) {
      await p.waitForFunction((id) => (window.__deconfliction!.view().crisis.injects ?? []).some((j) => j.source === id), inj.id, { timeout: 30_000 });
      expect((await p.getByTestId('log').innerText()).length).toBeGreaterThan(0);
    }
    await c.dash.waitForFunction(() => window.__teacher!.state!.rows[0]!.turn >= 1);
    // The dashboard says it fired once the group's row shows it did (it said "fired" as it sent it).
    await c.dash.waitForFunction(() => document.querySelector('[data-testid="dash-status"]')?.textContent === 'Inject fired (group 1).', undefined, { timeout: 30_000 });
    expect(await c.dash.evaluate(() => window.__teacher!.state!.rows[0]!.injects)).toBe(1);
  });

  it('the teacher rules the strike an accident from the watch panel; both teams\' logs are told, once', async () => {
    await c.dash.getByTestId('watch-1').click();
    await c.dash.waitForFunction(() => window.__teacher!.watching()?.view.crisis.injects?.some((j) => j.incident !== null), undefined, { timeout: 30_000 });
    const incident = await c.dash.evaluate(() => window.__teacher!.watching()!.view.crisis.injects!.find((j) => j.incident !== null)!.incident!);
    const choice = c.dash.getByTestId(`ruling-choice-${incident}`);
    // The victim (the coalition) is never offered as the author.
    expect(await choice.locator('option').allInnerTexts()).toEqual(['Caused by Russia', 'An accident']);
    await choice.selectOption('accident');
    await c.dash.getByTestId(`rule-${incident}`).click();
    await c.dash.getByTestId(`ruling-${incident}`).waitFor({ timeout: 30_000 });
    expect(await c.dash.getByTestId(`ruling-${incident}`).innerText()).toMatch(/^Turn \d+: an accident, meant by nobody$/);
    // The incident's place and the ruling are on two lines (they ran on: "…(hex 2,19) Turn 5: …").
    expect(await c.dash.getByTestId('watch-incidents').locator('li', { has: c.dash.getByTestId(`ruling-${incident}`) }).innerText())
      .toMatch(new RegExp(`^${incident} · [^\\n]+\\n+Turn \\d+: an accident`));
    expect(await c.dash.getByTestId(`rule-${incident}`).count()).toBe(0);
    await screenshot(c.dash, 'class-watch-ruling');
    for (const p of [c.co, c.ru]) {
      await p.waitForFunction((id) => [...document.querySelectorAll('[data-testid="log"] li')].some((li) => li.textContent?.includes(`Control's ruling on incident ${id}`)), incident, { timeout: 30_000 });
      expect(await p.evaluate((id) => window.__deconfliction!.view().crisis.incidents.find((i) => i.id === id)?.ruling?.finding, incident)).toBe('accident');
    }
    await screenshot(c.co, 'class-coalition-ruling');
    await c.dash.getByTestId('watch-close').click();
  });

  it('a phase timer runs out and ends the team\'s phase; a pause stops all orders', async () => {
    const { mover, waiter } = await turnOrder();
    await c.dash.getByTestId('dash-target').selectOption('1');
    await c.dash.getByTestId('dash-timer').fill('10');
    await c.dash.getByTestId('dash-timer-set').click();
    await mover.waitForFunction(() => /Phase timer: \d+:\d\d left/.test(document.querySelector('[data-testid="seat-timer"]')?.textContent ?? ''), undefined, { timeout: 30_000 });
    await c.dash.waitForFunction(() => window.__teacher!.state!.rows[0]!.phaseEndsAt !== null);
    // Nobody presses End turn: the timer ends the phase.
    await waiter.waitForFunction(() => window.__deconfliction!.session.isPlayersPhase, undefined, { timeout: 60_000 });
    expect(await playing(mover)).toBe(false);
    await c.dash.getByTestId('dash-timer-clear').click();
    await c.dash.waitForFunction(() => window.__teacher!.state!.rows[0]!.phaseEndsAt === null, undefined, { timeout: 30_000 });

    await c.dash.getByTestId('pause-1').click();
    await waiter.waitForFunction(() => !window.__deconfliction!.session.isPlayersPhase, undefined, { timeout: 30_000 });
    expect(await waiter.getByTestId('seat-timer').textContent()).toMatch(/Paused by the teacher/);
    expect(await waiter.getByTestId('end-turn').isDisabled()).toBe(true);
    await c.dash.screenshot({ path: `${SCREENS_DIR}/class-dashboard-paused.png`, fullPage: true });
    await c.dash.getByTestId('resume-1').click();
    await waiter.waitForFunction(() => window.__deconfliction!.session.isPlayersPhase, undefined, { timeout: 30_000 });
  });

  it('a reload and a dropped connection put the team back in its seat with its view', async () => {
    const { mover } = await turnOrder();
    const camp = await seatOf(mover);
    const before = (await viewUnits(mover)).map((u) => `${u.id}@${u.hex.q},${u.hex.r}`).sort();
    const t0 = Date.now();
    await mover.reload();
    await mover.waitForFunction(() => window.__seat?.link() === 'connected' && window.__deconfliction?.ready === true, undefined, { timeout: 60_000 });
    const reloadMs = Date.now() - t0;
    const navToSeatMs = Math.round(await mover.evaluate(() => window.__seat!.connectedAt()));
    expect(await mover.locator('#join').count(), 'no code asked for').toBe(0);
    expect(await seatOf(mover)).toBe(camp);
    expect((await viewUnits(mover)).map((u) => `${u.id}@${u.hex.q},${u.hex.r}`).sort()).toEqual(before);

    const t1 = Date.now();
    await mover.evaluate(() => window.__seat!.drop());
    await mover.waitForFunction(() => window.__seat!.link() === 'connected' && window.__deconfliction!.session.isPlayersPhase, undefined, { timeout: 60_000 });
    const dropMs = Date.now() - t1;
    expect(await seatOf(mover)).toBe(camp);
    expect((await viewUnits(mover)).map((u) => `${u.id}@${u.hex.q},${u.hex.r}`).sort()).toEqual(before);
    console.log(`class e2e: after a reload, back in the seat ${navToSeatMs} ms after navigation began (map drawn after ${reloadMs} ms); after a dropped socket, ${dropMs} ms`);
    await moveAUnit(mover); // and orders go through again
  });

  it('the group\'s game ends (injects to a clash): its review opens, the class table fills, the class exports', async () => {
    await c.dash.getByTestId('dash-target').selectOption('1');
    await c.dash.locator('details summary').click();
    await c.dash.getByLabel('Title', { exact: true }).fill('Escalation by the teacher');
    await c.dash.getByLabel('Text', { exact: true }).fill('The teacher pushes the ladder to the top.');
    await c.dash.getByLabel(/Escalation change/).fill('20');
    for (let i = 0; i < 6 && (await dashRow(1))?.status !== 'over'; i++) {
      const before = (await dashRow(1))!;
      await c.dash.getByTestId('dash-fire-custom').click();
      await c.dash.waitForFunction((b) => { const r = window.__teacher!.state!.rows[0]!; return r.status === 'over' || r.rung !== b.rung || JSON.stringify(r) !== JSON.stringify(b); }, before, { timeout: 30_000 });
    }
    await c.dash.waitForFunction(() => window.__teacher!.state!.rows[0]!.status === 'over', undefined, { timeout: 30_000 });
    expect((await dashRow(1))!.result?.outcome).toBe('clash');
    // The class table fills itself with the finished game.
    await c.dash.waitForFunction(() => window.__teacher!.finished() === 1, undefined, { timeout: 60_000 });
    expect(await c.dash.getByTestId('class-table').innerText()).toContain('Group 1');
    for (const p of [c.co, c.ru]) await p.waitForFunction(() => window.__deconfliction!.view().status === 'over', undefined, { timeout: 30_000 });
    await screenshot(c.co, 'class-coalition-over');

    await c.dash.getByTestId('review-1').click();
    const link = c.dash.getByTestId('review-link-1');
    await link.waitFor({ timeout: 30_000 });
    const review = await device((await link.getAttribute('href'))!);
    await review.waitForFunction(() => window.__classroom?.review != null, undefined, { timeout: 90_000 });
    expect(await review.evaluate(() => window.__classroom!.review!.outcome)).toBeTruthy();
    await screenshot(review, 'class-review');

    await c.dash.getByTestId('dash-export').click();
    await c.dash.getByTestId('export-csv').waitFor({ timeout: 30_000 });
    const { csvUrl, zipUrl } = (await c.dash.evaluate(() => window.__teacher!.exported))!;
    const csv = await (await fetch(`${server.base}${csvUrl}`)).text();
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^1,.*,over,/);
    const zip = unzipSync(new Uint8Array(await (await fetch(`${server.base}${zipUrl}`)).arrayBuffer()));
    expect(Object.keys(zip).sort()).toEqual(['group-01.replay.json', 'group-02.replay.json']);
    expect(JSON.parse(strFromU8(zip['group-01.replay.json']!)).commands.length).toBeGreaterThan(0);

    await c.dash.getByTestId('dash-clock-turn').fill('12');
    await c.dash.getByTestId('dash-clock-set').click();
    await c.dash.waitForFunction(() => /after turn 12/.test(document.querySelector('[data-testid="class-clock"]')?.textContent ?? ''), undefined, { timeout: 30_000 });
    await c.dash.screenshot({ path: `${SCREENS_DIR}/class-dashboard.png`, fullPage: true });
    expect(errors).toEqual([]);
  });
});
