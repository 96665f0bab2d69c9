// What a team (or a player) cannot reach mid-game: in a class exercise the side panel offers no replay
// (Control's panel does), Control opens only with the passcode set in the setup (or the handover says it
// is unprotected), and a single-player game's replay link, opened before the game is over, shows only the
// player's side.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseReplayText } from '../../src/replay/parse';
import { builtinScenario } from '../../src/scenarios';
import { launchBrowser, openInContext, screenshot } from './browser';
import { endTurn, nextFrame } from './game';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });
const base = (): string => inject('baseUrl');
const PASSCODE = 'owl-4417';

/** Opens the exercise setup from the menu with a seed and (if given) a passcode; returns the link shown. */
async function setUp(page: Page, seed: string, passcode?: string): Promise<string> {
  await page.getByTestId('run-exercise').click();
  await page.getByTestId('exercise-setup').waitFor();
  await page.locator('#ex-seed').fill(seed);
  if (passcode) await page.getByTestId('ex-passcode').fill(passcode);
  return page.getByTestId('ex-link').inputValue();
}

async function startExercise(page: Page): Promise<void> {
  await page.getByTestId('ex-start').click();
  await page.waitForFunction(() => window.__deconfliction?.ready === true, undefined, { timeout: 120_000 });
  await page.getByTestId('handover').waitFor({ state: 'visible' });
}

/** Whose view the session serves and what the map draws. */
const served = (page: Page) => page.evaluate(() => ({ viewer: window.__deconfliction!.view().viewer, drawn: window.__deconfliction!.drawnUnitIds().length }));

describe('hot-seat secrecy', () => {
  it('an exercise: no replay in a team\'s phase; Control asks for its passcode, refuses a wrong one, and offers the replay', async () => {
    const { page, errors } = await openInContext(browser, `${base()}?anim=off&renderer=canvas`);
    const link = await setUp(page, 'secrecy-1', PASSCODE);
    expect(link).not.toContain(PASSCODE);
    expect(await page.getByTestId('ex-code').inputValue()).not.toContain(PASSCODE);
    await screenshot(page, 'secrecy-1-setup-passcode');
    await startExercise(page);

    // The handover: Control asks for the passcode; a wrong one says so and changes nothing.
    expect(await page.getByTestId('handover-control-unprotected').count()).toBe(0);
    await page.getByTestId('handover-control').click();
    await page.getByTestId('control-passcode').fill('owl-4418');
    await page.getByTestId('control-passcode-open').click();
    expect(await page.getByTestId('control-passcode-error').innerText()).toBe('Wrong passcode: Control stays closed.');
    expect(await page.getByTestId('control-panel').isVisible()).toBe(false);
    expect(await page.getByTestId('handover').isVisible()).toBe(true);
    expect((await served(page)).drawn, 'the map draws nothing at the handover').toBe(0);
    expect(await page.getByTestId('control-passcode').inputValue(), 'the wrong passcode is not left in the field').toBe('');
    await screenshot(page, 'secrecy-2-wrong-passcode');

    // The team's phase: the side panel has no replay to download or copy.
    await page.getByTestId('handover-continue').click({ timeout: 120_000 }); // the first team's map is drawn: slow on a loaded machine
    await nextFrame(page);
    expect((await served(page)).viewer).not.toBe('all');
    expect(await page.locator('#hud').isVisible()).toBe(true);
    for (const id of ['download-replay', 'copy-replay-link', 'replay-link']) expect(await page.getByTestId(id).count(), id).toBe(0);
    await screenshot(page, 'secrecy-3-team-phase-no-replay');

    // The next handover: the right passcode opens Control, whose panel offers the replay so far.
    await page.getByRole('button', { name: 'End turn' }).click({ timeout: 120_000 });
    await page.getByTestId('handover').waitFor({ state: 'visible', timeout: 120_000 });
    expect(await page.getByTestId('control-passcode-form').isVisible(), 'the form starts closed at each handover').toBe(false);
    await page.getByTestId('handover-control').click();
    await page.getByTestId('control-passcode').fill(PASSCODE);
    await page.getByTestId('control-passcode-open').click();
    await page.getByTestId('control-panel').waitFor({ state: 'visible', timeout: 120_000 });
    expect((await served(page)).viewer).toBe('all');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('control-download-replay').click()]);
    const parsed = parseReplayText(readFileSync((await download.path())!, 'utf8'), builtinScenario);
    expect(parsed.ok && parsed.replay.commands.length).toBeGreaterThan(0);
    await page.locator('#control-replay-heading').scrollIntoViewIfNeeded();
    await screenshot(page, 'secrecy-4-control-replay');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('an exercise without a passcode says on the handover that Control is unprotected', async () => {
    const { page, errors } = await openInContext(browser, `${base()}?anim=off&renderer=canvas`);
    await setUp(page, 'secrecy-2');
    await startExercise(page);
    expect(await page.getByTestId('handover-control-unprotected').innerText()).toMatch(/Control is unprotected/);
    await screenshot(page, 'secrecy-5-unprotected');
    await page.getByTestId('handover-control').click();
    await page.getByTestId('control-panel').waitFor({ state: 'visible', timeout: 120_000 });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a single-player game\'s replay link, mid-game, opens on the player\'s side only', async () => {
    const { page, errors } = await openInContext(browser, `${base()}?camp=coalition&seed=secrecy-3&briefing=off&anim=off&renderer=canvas`);
    await page.waitForFunction(() => window.__deconfliction?.ready === true, undefined, { timeout: 120_000 });
    await endTurn(page);
    await page.getByTestId('copy-replay-link').click();
    // The link's compression loads on the first copy: the field fills a moment after the click.
    await expect.poll(() => page.locator('#replay-link').inputValue()).toMatch(/#replay=/);
    const link = await page.locator('#replay-link').inputValue();
    await page.context().close();

    const viewer = await openInContext(browser, link);
    await viewer.page.waitForFunction(() => window.__deconfliction?.ready === true && !!window.__deconfliction.replay, undefined, { timeout: 120_000 });
    await viewer.page.getByTestId('replay-turn-forward').click();
    await viewer.page.getByTestId('replay-turn-forward').click();
    await nextFrame(viewer.page);
    for (const v of ['all', 'russia']) expect(await viewer.page.getByTestId(`viewpoint-${v}`).count(), v).toBe(0);
    expect(await viewer.page.getByTestId('viewpoint-coalition').isChecked()).toBe(true);
    expect(await viewer.page.getByTestId('viewpoint-limited').innerText()).toMatch(/not over/);
    const seen = await viewer.page.evaluate(() => {
      const d = window.__deconfliction!;
      const session = d.session as unknown as { current: { units: unknown[] } };
      return { viewer: d.view().viewer, drawn: d.drawnUnitIds().sort(), view: d.view().units.map((u) => u.id).sort(), truth: session.current.units.length };
    });
    expect(seen.viewer).toBe('coalition');
    expect(seen.drawn).toEqual(seen.view);
    expect(seen.view.length).toBeLessThan(seen.truth);
    await screenshot(viewer.page, 'secrecy-6-viewer-player-side');
    expect([...errors, ...viewer.errors]).toEqual([]);
    await viewer.page.context().close();
  });
});
