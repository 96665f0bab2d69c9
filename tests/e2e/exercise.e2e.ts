// A class exercise in Chromium: setup (both powers human, Control, chosen injects) from the menu and
// from its link, briefing packs, three hot-seat turns with handovers (each team moves a unit; hotline
// messages with free-text remarks, answered by the other team in its phase), Control's all-seeing
// map, injects and a note, the game ended by Control's injects, and the after-action review printed
// to PDF pages that are looked at. At every stage the page holds nothing of a team's hidden units:
// neither in the DOM nor among the scene's counters. Axe on setup, handover, Control and briefing.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseExerciseCode } from '../../src/exercise/code';
import { builtinScenario } from '../../src/scenarios';
import { SCREENS_DIR, launchBrowser, screenshot } from './browser';
import { inkShare } from './print';
import { clickUnit, endTeamTurn as endTurn, hexOnScreen, nextFrame, overlay, viewUnits } from './game';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });
const base = (): string => inject('baseUrl');

let lastErrors: string[] = [];
/** A page in a context of its own (axe needs one), animation off. */
async function openPage(_b: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message} ${e.stack ?? ''}`));
  lastErrors = errors;
  await page.goto(`${url}${url.includes('?') ? '&' : '?'}anim=off`);
  return { page, errors };
}

async function serious(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const result = await builder.analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/**
 * What the page exposes of units its viewer must not see: names (or ids as markup) of hidden units in
 * the DOM, and the counters the scene draws against the view. `viewer` null = a handover or pause:
 * then no great-power unit may show at all, and nothing is drawn.
 */
async function exposure(page: Page, viewer: 'coalition' | 'russia' | null) {
  return page.evaluate((who) => {
    const d = window.__deconfliction!;
    const truth = d.session.snapshot().state.units;
    const visible = new Set(who ? d.view().units.map((u) => u.id) : []);
    // A team's log may name a unit it saw earlier (a shared-maps meeting shows everything for a turn):
    // hidden are the units out of its view that it has never seen. A handover shows no unit at all.
    const hidden = truth.filter((u) => (who ? !visible.has(u.id) && !d.session.knowsUnit(u.id) : u.camp !== 'is'));
    const html = document.body.innerHTML;
    const text = `${document.body.innerText} ${[...document.querySelectorAll('[aria-label]')].map((n) => n.getAttribute('aria-label')).join(' ')}`;
    const where = (u: { id: string; name: string }): string => {
      for (const needle of [u.name, `"${u.id}"`, `>${u.id}<`]) {
        const i = html.indexOf(needle);
        if (i >= 0) return `${u.id}: …${html.slice(Math.max(0, i - 80), i + 40)}…`;
      }
      return text.includes(u.name) ? `${u.id}: in the accessible text` : '';
    };
    const leaked = hidden.map(where).filter(Boolean);
    return { leaked, hidden: hidden.length, drawn: d.drawnUnitIds().sort(), view: [...visible].sort(), viewer: d.view().viewer };
  }, viewer);
}

async function expectHidden(page: Page, viewer: 'coalition' | 'russia' | null): Promise<void> {
  const e = await exposure(page, viewer);
  expect(e.hidden, 'something is hidden').toBeGreaterThan(0);
  expect(e.leaked, `hidden units exposed to ${viewer ?? 'the handover'} ${lastErrors.join('\n')}`).toEqual([]);
  expect(e.drawn, 'the scene draws exactly the view').toEqual(e.view);
  if (viewer) expect(e.viewer).toBe(viewer);
  else expect(e.drawn).toEqual([]);
}

const handover = (page: Page) => page.getByTestId('handover');

async function continueAs(page: Page, team: 'coalition' | 'russia'): Promise<void> {
  await handover(page).waitFor({ state: 'visible' });
  const title = team === 'coalition' ? 'Pass to the coalition team' : 'Pass to the government side team';
  expect(await page.locator('#handover-title').innerText()).toBe(title);
  await expectHidden(page, null);
  await page.getByTestId('handover-continue').click({ timeout: 120_000 }); // the team's map is drawn: slow on a loaded machine
  await nextFrame(page);
  expect(await page.evaluate(() => window.__deconfliction!.session.camp)).toBe(team);
  await expectHidden(page, team);
}

/** Moves one of the team's units to the farthest hex it can reach; returns its id. */
async function moveAUnit(page: Page, camp: string): Promise<string> {
  const units = (await viewUnits(page)).filter((u) => u.camp === camp && u.mp > 0 && !u.acted);
  for (const u of units) {
    if (!(await clickUnit(page, u.id))) continue;
    const range = (await overlay(page)).range.filter((d) => d.steps > 0).sort((a, b) => b.cost - a.cost);
    const dest = range[0];
    if (!dest) continue;
    const p = await hexOnScreen(page, dest.hex);
    await page.mouse.click(p.x, p.y);
    await nextFrame(page);
    const moved = (await viewUnits(page)).find((v) => v.id === u.id);
    if (moved && (moved.hex.q !== u.hex.q || moved.hex.r !== u.hex.r)) return u.id;
  }
  throw new Error(`no ${camp} unit could move`);
}


interface Frame { shown: boolean; viewer: string; camp: string; drawn: number; foreign: string[] }

/** Samples every animation frame: whether the page is shown, whose view is served and what is drawn. */
async function recordFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: unknown[]; __framesOn: boolean };
    w.__frames = [];
    w.__framesOn = true;
    const tick = (): void => {
      const d = window.__deconfliction!;
      const view = new Set(d.view().units.map((u) => u.id));
      const drawn = d.drawnUnitIds();
      w.__frames.push({
        shown: !document.body.classList.contains('exercise-hidden'), viewer: d.session.viewer, camp: d.session.camp,
        drawn: drawn.length, foreign: drawn.filter((id) => !view.has(id)),
      });
      if (w.__framesOn) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function stopFrames(page: Page): Promise<Frame[]> {
  await nextFrame(page);
  return page.evaluate(() => {
    const w = window as unknown as { __frames: Frame[]; __framesOn: boolean };
    w.__framesOn = false;
    return w.__frames;
  });
}

async function openHotline(page: Page): Promise<void> {
  if (!(await page.getByTestId('hotline-panel').isVisible())) await page.getByTestId('hotline-toggle').click();
}

describe('class exercise', () => {
  it('runs a whole exercise: setup, link, briefing, hot-seat turns, Control, injects, notes, the end and the review in PDF', async () => {
    const { page, errors } = await openPage(browser, base());
    await page.getByTestId('run-exercise').click();
    const setup = page.getByTestId('exercise-setup');
    await setup.waitFor();
    await page.locator('#ex-seed').fill('class-e2e');
    await page.getByTestId('ex-inject-is-sukhnah-road-28-sep').uncheck();
    expect(await page.getByTestId('ex-control').isChecked()).toBe(true);
    expect(await page.getByTestId('ex-team-coalition').inputValue()).toBe('human');
    const link = await page.getByTestId('ex-link').inputValue();
    const code = new URL(link).searchParams.get('exercise')!;
    expect(parseExerciseCode(code, builtinScenario)).toEqual({ ok: true, config: {
      scenario: 'deir-ez-zor-2017', seed: 'class-e2e', teams: { coalition: 'human', russia: 'human' }, control: true,
      injects: ['strike-16-sep', 'public-warning-21-sep'], // in turn order, as the setup lists them
    } });
    await screenshot(page, 'exercise-1-setup');
    expect(await serious(page)).toEqual([]);

    // The briefing pack: on screen, with every part, and the print stylesheet's copy.
    await page.getByTestId('ex-pack-russia').click();
    const pack = page.locator('#briefing-pack');
    await pack.waitFor();
    const packText = (await pack.textContent()) ?? "";
    for (const part of ['1. Situation', '2. Mission', '3. Forces', '4. Learning objectives', '5. Political guidance', '6. Red lines', '7. Your team: roles', '8. For your team only', '9. Rules of engagement', '10. Hotline procedures', '11. Background', 'Tiger Forces, second group', 'reinforcement, turn 2', 'Sources: CJTF-OIR']) expect(packText).toContain(part);
    await screenshot(page, 'exercise-2-briefing-pack');
    expect(await serious(page)).toEqual([]);
    await page.getByTestId('pack-close').click();

    // The link opens the same setup, prefilled; Start begins on the first handover.
    await page.goto(`${link}&anim=off`);
    await setup.waitFor();
    expect(await page.locator('#ex-seed').inputValue()).toBe('class-e2e');
    expect(await page.getByTestId('ex-inject-is-sukhnah-road-28-sep').isChecked()).toBe(false);
    await page.getByTestId('ex-start').click();
    await page.waitForFunction(() => window.__deconfliction?.ready === true, undefined, { timeout: 30_000 });
    await handover(page).waitFor({ state: 'visible' });
    await screenshot(page, 'exercise-3-handover');
    expect(await serious(page)).toEqual([]);

    const remarkSent = '<b>Meet</b> at Conoco & bring maps';
    const remarkAnswer = 'Agreed; our generals will come.';
    for (let turn = 1; turn <= 3; turn++) {
      await continueAs(page, 'russia');
      await moveAUnit(page, 'russia');
      await expectHidden(page, 'russia');
      if (turn === 1) {
        await openHotline(page);
        await page.getByTestId('hl-kind').selectOption('request_meeting');
        await page.getByTestId('hl-remark').fill(remarkSent);
        await page.getByTestId('hotline-send').click();
        const remark = page.getByTestId('hotline-transcript').getByTestId('msg-remark');
        expect(await remark.innerText()).toBe(`Remark: ${remarkSent}`);
        expect(await remark.locator('b').count(), 'the remark is text, never markup').toBe(0);
        await screenshot(page, 'exercise-4-russia-hotline');
      }
      if (turn === 1) await screenshot(page, 'exercise-5-russia-view');
      if (turn === 1) await recordFrames(page);
      await endTurn(page);
      await screenshot(page, `exercise-6-handover-t${turn}`);

      if (turn === 1) {
        // Control between phases: all-seeing map, injects, a custom inject, a note.
        await page.getByTestId('handover-control').click();
        await page.getByTestId('control-panel').waitFor();
        // The all-seeing map is drawn over a few tasks and frames (a late game's would freeze a slow machine).
        await page.waitForFunction(() => !window.__deconfliction!.animating(), undefined, { timeout: 60_000 });
        await nextFrame(page);
        await screenshot(page, 'exercise-7a-control-open');
        const all = await page.evaluate(() => ({ drawn: window.__deconfliction!.drawnUnitIds().length, truth: window.__deconfliction!.session.snapshot().state.units.length }));
        expect(all.drawn).toBe(all.truth);
        await page.getByTestId('fire-public-warning-21-sep').click();
        expect(await page.getByTestId('control-status').innerText()).toContain('Fired: Russia warns through the media');
        expect(await page.getByTestId('fire-public-warning-21-sep').isDisabled()).toBe(true);
        await page.getByTestId('ci-title').fill('Journalists at the airbase');
        await page.getByTestId('ci-text').fill('A TV crew reports US and Russian officers meeting.');
        await page.getByTestId('ci-escalation').fill('-5');
        await page.getByTestId('ci-trust').fill('5');
        await page.getByTestId('ci-fire').click();
        expect(await page.getByTestId('control-status').innerText()).toContain('Fired: Journalists at the airbase');
        await page.getByTestId('control-note').fill('Russia opened with a meeting request <i>before</i> any strike.');
        await page.getByTestId('control-add-note').click();
        expect(await page.getByTestId('control-notes').textContent()).toContain('Turn 1: Russia opened with a meeting request <i>before</i> any strike.');
        await page.locator('[data-testid="control-transcript"]:not([aria-busy])').waitFor({ timeout: 60_000 }); // built in slices
        // textContent: messages out of sight are not laid out (content-visibility), so innerText skips them.
        expect(await page.getByTestId('control-transcript').textContent()).toContain(remarkSent);
        await page.locator('[data-testid="control-ladder"]:not([aria-busy])').waitFor({ timeout: 60_000 }); // played in slices
        expect(await page.getByTestId('control-ladder').textContent()).toMatch(/Turn 1: \d+ → \d+/);
        await screenshot(page, 'exercise-7-control');
        expect(await serious(page)).toEqual([]);
        await page.getByTestId('control-close').click();
        await nextFrame(page);
      }

      if (turn === 1) {
        expect(await page.getByTestId('handover-notices').innerText()).toContain('1 hotline call to answer in this phase.');
        // The coalition's pack from the handover, printed alone by the print stylesheet.
        await page.evaluate(() => { window.print = () => {}; });
        await page.getByTestId('handover-briefing').click();
        await page.locator('#briefing-pack').waitFor();
        expect(await page.locator('#briefing-pack').getAttribute('aria-labelledby')).toBe('briefing-pack-title');
        expect(await page.locator('#briefing-pack-title').innerText()).toContain('US-backed coalition');
        expect(await serious(page)).toEqual([]);
        await page.getByTestId('print-pack').click();
        await page.emulateMedia({ media: 'print' });
        const packPdf = `${SCREENS_DIR}/exercise-pack.pdf`;
        await page.pdf({ path: packPdf, format: 'A4', printBackground: true });
        await page.emulateMedia({ media: 'screen' });
        for (const f of readdirSync(SCREENS_DIR)) if (f.startsWith('exercise-pack-page-')) rmSync(`${SCREENS_DIR}/${f}`);
        execFileSync('pdftoppm', ['-png', '-r', '60', packPdf, `${SCREENS_DIR}/exercise-pack-page`]);
        const packPages = readdirSync(SCREENS_DIR).filter((f) => /^exercise-pack-page-\d+\.png$/.test(f));
        expect(packPages.length, 'the pack alone, over a few A4 pages').toBeGreaterThanOrEqual(2);
        expect(packPages.length).toBeLessThanOrEqual(6);
        for (const p of packPages) expect(await inkShare(page, `${SCREENS_DIR}/${p}`), p).toBeGreaterThan(0.001);
        await page.getByTestId('pack-close').click();
      }
      await continueAs(page, 'coalition');
      if (turn === 1) {
        // Every frame from End turn to the coalition's view: the page is hidden whenever the view is
        // nobody's, and what is drawn is always the served view's (never the other team's).
        const frames = await stopFrames(page);
        expect(frames.length).toBeGreaterThan(3);
        expect(frames.filter((f) => f.shown && f.viewer !== 'team'), 'a frame showed a view that was not a team\'s own').toEqual([]);
        expect(frames.filter((f) => f.foreign.length > 0), 'a frame drew units outside the served view').toEqual([]);
        expect(frames.some((f) => !f.shown && f.drawn === 0), 'the handover drew nothing').toBe(true);
        expect(frames.at(-1)).toMatchObject({ shown: true, camp: 'coalition', viewer: 'team' });
        expect(await page.getByTestId('doctrine').innerText()).toBe('Opponent: a human team');
        // The call waits for the coalition's answer in its phase, with the hotline open on it.
        expect(await page.getByTestId('hotline-panel').isVisible()).toBe(true);
        const answer = page.getByTestId('hotline-incoming').locator('button[data-answer="accept"]');
        await page.getByTestId('hl-remark').fill(remarkAnswer);
        await screenshot(page, 'exercise-8-coalition-call');
        await answer.click();
        expect(await page.getByTestId('hotline-transcript').textContent()).toContain(remarkAnswer);
        expect(await page.getByTestId('log').innerText()).toContain('Inject — Journalists at the airbase');
      }
      await moveAUnit(page, 'coalition');
      await expectHidden(page, 'coalition');
      await endTurn(page);
    }

    // The autosave: a reload and the menu's Run a class exercise offer to resume it, notes and all.
    // Once the handover shows, it has begun: turn 4's due inject is fired and saved (handoverTo is set a task earlier).
    await handover(page).waitFor({ state: 'visible' });
    const hashBefore = await page.evaluate(() => window.__deconfliction!.hash());
    await page.goto(`${base()}?anim=off`);
    await page.getByTestId('run-exercise').click();
    expect(await page.getByTestId('ex-resume').innerText()).toBe('Resume the saved exercise (turn 4, seed class-e2e)');
    await page.getByTestId('ex-resume').click();
    await page.waitForFunction(() => window.__deconfliction?.ready === true, undefined, { timeout: 30_000 });
    expect(await page.evaluate(() => window.__deconfliction!.hash())).toBe(hashBefore);
    expect(await page.evaluate(() => window.__deconfliction!.session.notes.length)).toBe(1);

    // Pause from the team's panel: nothing shown, no orders; resume.
    await continueAs(page, 'russia');
    await page.getByTestId('hud-pause').click();
    await page.getByTestId('pause-screen').waitFor();
    await expectHidden(page, null);
    await screenshot(page, 'exercise-9-paused');
    expect(await page.evaluate(() => window.__deconfliction!.session.apply({ type: 'end_phase' }).ok)).toBe(false);
    await page.getByTestId('resume').click();
    await expectHidden(page, 'russia');

    // Control ends it: escalation injects up to a direct clash.
    await endTurn(page);
    await page.getByTestId('handover-control').click();
    for (let i = 0; i < 8 && (await page.evaluate(() => window.__deconfliction!.session.status)) !== 'over'; i++) {
      await page.getByTestId('ci-title').fill(`Escalation ${i + 1}`);
      await page.getByTestId('ci-text').fill('Reports of a strike on Russian advisers.');
      await page.getByTestId('ci-escalation').fill('20');
      await page.getByTestId('ci-fire').click();
    }
    expect(await page.evaluate(() => window.__deconfliction!.session.status)).toBe('over');
    expect(await page.getByTestId('control-panel').isVisible(), 'the result replaces Control').toBe(false);
    const replay = await page.evaluate(() => window.__deconfliction!.session.replay()!);
    expect(replay.notes).toEqual([{ turn: 1, text: 'Russia opened with a meeting request <i>before</i> any strike.' }]);
    expect(replay.commands.filter((c) => c.type === 'inject').length).toBeGreaterThanOrEqual(3);
    expect(replay.commands.some((c) => c.type === 'hotline' && c.remark === remarkSent)).toBe(true);
    const review = page.getByTestId('result-review');
    await review.waitFor();
    await screenshot(page, 'exercise-10-result');

    // The after-action review (the class page), printed to PDF and turned into PNG pages.
    const [aar] = await Promise.all([page.context().waitForEvent('page'), review.click()]);
    await aar.waitForFunction(() => !!(window as unknown as { __classroom?: { review?: unknown } }).__classroom?.review, undefined, { timeout: 60_000 });
    await aar.setViewportSize({ width: 1280, height: 900 });
    await screenshot(aar, 'exercise-11-review');
    const pdf = `${SCREENS_DIR}/exercise-review.pdf`;
    await aar.emulateMedia({ media: 'print' });
    await aar.pdf({ path: pdf, format: 'A4', printBackground: true });
    for (const f of readdirSync(SCREENS_DIR)) if (f.startsWith('exercise-review-page-')) rmSync(`${SCREENS_DIR}/${f}`);
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, `${SCREENS_DIR}/exercise-review-page`]);
    const pages = readdirSync(SCREENS_DIR).filter((f) => /^exercise-review-page-\d+\.png$/.test(f));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    await aar.emulateMedia({ media: 'screen' });
    for (const p of pages) expect(await inkShare(aar, `${SCREENS_DIR}/${p}`), p).toBeGreaterThan(0.001);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 600_000);

  it('a bad exercise link is named (role=alert) and the menu still works', async () => {
    const { page } = await openPage(browser, `${base()}?exercise=not-a-real-code`);
    const alert = page.getByRole('alert').filter({ hasText: 'This exercise code cannot be used' });
    await alert.waitFor();
    await page.getByTestId('run-exercise').click();
    await page.getByTestId('exercise-setup').waitFor();
    await page.context().close();
  });
});
