// Issue 17, items 3 to 5, in a real browser: the turn summary after the other camps' phases (skip,
// turn off, kept), log lines that centre the map, the banner for calls that must be acknowledged,
// End turn asking about unanswered calls, Notify first leading back to its strike, and the panels
// beside the map (the hotline docks and the camera keeps its centre; a click off the map during a
// pick is answered, never dropped). Screenshots go to test-results/screens.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Hex } from '../../src/engine';
import { defaultConfig } from '../../src/exercise/config';
import { exerciseCode } from '../../src/exercise/code';
import { builtinScenario } from '../../src/scenarios';
import { launchBrowser, openPage, screenshot, waitForScene } from './browser';
import { endTurn, expectNoFogLeak, hexOnScreen, nextFrame } from './game';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const CITY: Hex = { q: 1, r: 20 }; // Deir ez-Zor: IS next to the government's lines (as in hotline.e2e.ts)
const camera = (page: Page) => page.evaluate(() => window.__deconfliction!.camera()!.centre);
const turnNow = (page: Page) => page.evaluate(() => window.__deconfliction!.view().turn);

async function clickHex(page: Page, h: Hex): Promise<void> {
  const p = await hexOnScreen(page, h);
  await page.mouse.click(p.x, p.y);
  await nextFrame(page);
}

/** Waits for the player's phase of turn `t`. */
async function phaseOf(page: Page, t: number): Promise<void> {
  await page.waitForFunction((n) => {
    const d = window.__deconfliction!;
    return (d.view().status === 'over' || (d.view().turn === n && d.session.isPlayersPhase)) && !d.redrawing();
  }, t, { timeout: 60_000 });
  await nextFrame(page);
}

describe('turn summary, attention and panels beside the map', () => {
  it('coalition: Notify first leads back to the strike; log lines centre the map; calls need acknowledging; End turn asks; the summary shows, skips and turns off', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?camp=coalition&seed=hotline-co-0&renderer=canvas&summary=on`);
    await waitForScene(page);
    await nextFrame(page);
    await page.evaluate(() => localStorage.removeItem('deconfliction.turnSummary'));

    // The first turn's other camps (before the player) are summarised: only what was seen.
    const summary = page.getByTestId('turn-summary');
    await summary.waitFor();
    expect(await page.getByTestId('summary-headline').innerText()).toMatch(/^You saw .+ of the other camps\.$/);
    await screenshot(page, 'attention-1-summary-turn1');
    await expectNoFogLeak(page); // the summary names no unit the player has never seen
    await page.getByTestId('summary-skip').click();
    expect(await summary.isHidden()).toBe(true);

    // Notify first: the notice is sent from the hotline, and the warning for the same strike comes back, notified.
    const sorties = await page.evaluate(() => window.__deconfliction!.view().sortiesLeft.coalition);
    await page.getByTestId('air-strike').click();
    await clickHex(page, CITY);
    const warning = page.getByTestId('strike-warning');
    await warning.waitFor();
    expect(await warning.innerText()).toContain('Notified: no');
    await page.getByTestId('warning-notify').click();
    await warning.waitFor({ state: 'detached' });
    expect(await page.getByTestId('hl-kind').inputValue()).toBe('notify');
    await page.evaluate((h) => window.__deconfliction!.centreOn(h), { q: 20, r: 5 }); // look elsewhere meanwhile
    await page.getByTestId('hotline-send').click();
    await warning.waitFor();
    expect(await warning.innerText()).toContain('Notified: yes');
    expect(await camera(page), 'the map is back on the strike\'s target').toEqual(CITY);
    await screenshot(page, 'attention-2-back-to-strike');
    await page.getByTestId('warning-confirm').click();
    await warning.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => window.__deconfliction!.view().sortiesLeft.coalition)).toBe(sorties - 1);

    // A log line with a place is a button: Enter on it centres the map there.
    const strikeLine = page.locator('[data-testid="log"] li button.log-place', { hasText: /Coalition air strike hit/ }).first();
    await page.evaluate((h) => window.__deconfliction!.centreOn(h), { q: 20, r: 5 });
    expect(await camera(page)).not.toEqual(CITY);
    await strikeLine.focus();
    await page.keyboard.press('Enter');
    await nextFrame(page);
    expect(await camera(page)).toEqual(CITY);
    await page.getByTestId('hotline-toggle').click(); // close the hotline

    // Russia's call came with the first turn: it waits on the banner until acknowledged.
    const banner = page.getByTestId('attention');
    await banner.waitFor();
    expect(await banner.innerText()).toContain('Hotline call');
    expect(await page.getByTestId('attention-live').innerText()).toMatch(/^Hotline call: /);
    await screenshot(page, 'attention-4-call-banner');
    await nextFrame(page);
    expect(await banner.isVisible(), 'the banner stays until acknowledged').toBe(true);
    while (await banner.isVisible()) await page.getByTestId('attention-ack').click();

    // End turn with a call still to answer asks first, and says what leaving it costs.
    const due = await page.evaluate(() => {
      const d = window.__deconfliction!;
      return d.view().crisis.messages.filter((m) => m.to === 'coalition' && m.status === 'pending').length;
    });
    if (due > 0) {
      const t = await turnNow(page);
      await page.getByTestId('end-turn').click();
      const dialog = page.locator('#unanswered-calls');
      await dialog.waitFor();
      expect(await dialog.innerText()).toMatch(/it goes unanswered: trust −5\./);
      await screenshot(page, 'attention-5-end-turn-asks');
      await page.getByTestId('unanswered-answer').click();
      await dialog.waitFor({ state: 'detached' });
      expect(await page.getByTestId('hotline-panel').isVisible()).toBe(true);
      expect(await turnNow(page)).toBe(t); // the turn did not end
      await page.getByTestId('end-turn').click();
      await page.getByTestId('unanswered-end').click();
      await phaseOf(page, t + 1);
    }
    expect(due, 'Russia\'s call awaits an answer in this phase').toBeGreaterThan(0);

    // After the other camps' phases, the summary again; turned off, it stays off (and is stored).
    await summary.waitFor();
    await screenshot(page, 'attention-3-summary-turn2');
    await page.getByTestId('summary-keep').uncheck();
    expect(await page.evaluate(() => localStorage.getItem('deconfliction.turnSummary'))).toBe('off');
    await page.getByTestId('summary-skip').click();
    expect(await summary.isHidden()).toBe(true);
    await endTurn(page);
    expect(await summary.isHidden(), 'turned off: no summary after the next round').toBe(true);
    await expectNoFogLeak(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const size of [{ width: 1280, height: 720 }, { width: 1024, height: 600 }]) {
    it(`at ${size.width}x${size.height}: the hotline docks beside the map, which keeps its centre; a click off the map during a line pick is answered`, async () => {
      const context = await browser.newContext({ viewport: size });
      const page = await context.newPage();
      await page.goto(`${inject('baseUrl')}?camp=coalition&seed=hotline-co-0&renderer=canvas&anim=off&summary=off`);
      await waitForScene(page);
      await page.evaluate((h) => window.__deconfliction!.centreOn(h), CITY);
      await nextFrame(page);
      const mapWidth = () => page.evaluate(() => document.querySelector('#game-container canvas')!.getBoundingClientRect().width);
      const before = await mapWidth();
      await page.getByTestId('hotline-toggle').click();
      await page.waitForFunction((w) => {
        const c = document.querySelector('#game-container canvas')!.getBoundingClientRect();
        const panel = document.getElementById('hotline')!.getBoundingClientRect();
        return c.width < w - 100 && c.right <= panel.left + 1;
      }, before, { timeout: 5_000 });
      await nextFrame(page);
      expect(await camera(page), 'the map keeps its centre as it narrows').toEqual(CITY);
      await screenshot(page, `attention-6-docked-${size.width}x${size.height}`);

      // A line pick: a hex on the map joins the line and says so; a click off the map says why nothing happened.
      await page.getByTestId('hl-kind').selectOption('propose_line');
      await page.getByTestId('hl-line-hexes-choice').check();
      await page.getByTestId('hl-pick-line').click();
      // On the small window the hotline folds away while the pick runs, leaving what to do and Done.
      const panelWidth = () => page.evaluate(() => document.getElementById('hotline')!.getBoundingClientRect().width);
      if (size.width < 1200) expect(await panelWidth()).toBeLessThanOrEqual(201);
      else expect(await panelWidth()).toBeGreaterThan(300);
      await clickHex(page, CITY);
      expect(await page.getByTestId('message').innerText()).toBe('Added to the line: 1 hex.');
      expect(await page.getByTestId('hotline-pick-text').innerText()).toBe('Click hexes on the map for the line: 1 hex so far.');
      const off = await page.evaluate(() => {
        const d = window.__deconfliction!;
        const map = d.session.scenario.map;
        // The map's corner hex, and a hex just beyond it.
        const corner = map.hexes.reduce((a, h) => (h.q + h.r < a.q + a.r ? h : a));
        d.centreOn(corner);
        return { q: corner.q - 1, r: corner.r };
      });
      await nextFrame(page);
      const p = await page.evaluate((h) => window.__deconfliction!.screenPositionOfHex(h)!, off);
      await page.mouse.click(p.x, p.y);
      await nextFrame(page);
      expect(await page.getByTestId('message').innerText()).toMatch(/^That click was off the map/);
      expect(await page.getByTestId('hotline-pick-note').innerText(), 'said where the player looks').toMatch(/^That click was off the map/);
      expect(await page.getByTestId('hl-line-hexes').textContent()).toMatch(/^1 hex/);
      await screenshot(page, `attention-7-off-map-${size.width}x${size.height}`);
      await page.getByTestId('hotline-pick-done').click();
      expect(await page.evaluate(() => window.__deconfliction!.controller.pick)).toBeNull();
      expect(await panelWidth(), 'the hotline unfolds when the pick is done').toBeGreaterThan(300);
      expect(await page.getByTestId('hl-line-hexes').innerText()).toMatch(/^1 hex: Deir ez-Zor/);
      await context.close();
    });
  }

  it('at 1280x720: Control\'s panel docks beside the all-seeing map, which narrows and keeps its centre', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const code = exerciseCode(defaultConfig(builtinScenario('deir-ez-zor-2017')!, 'dock'));
    await page.goto(`${inject('baseUrl')}?exercise=${code}&anim=off&summary=off`);
    await page.getByTestId('ex-start').click();
    await page.waitForFunction(() => window.__deconfliction?.ready === true, undefined, { timeout: 30_000 });
    await page.getByTestId('handover').waitFor({ state: 'visible' });
    const before = await camera(page);
    await page.getByTestId('handover-control').click();
    const panel = page.getByTestId('control-panel');
    await panel.waitFor();
    await page.waitForFunction(() => {
      const c = document.querySelector('#game-container canvas')!.getBoundingClientRect();
      const p = document.getElementById('control-panel')!.getBoundingClientRect();
      return Math.abs(c.right - p.left) <= 1 && c.left === 0;
    }, undefined, { timeout: 5_000 });
    await nextFrame(page);
    expect(await camera(page), 'the map narrowed around the same centre').toEqual(before);
    await screenshot(page, 'attention-8-control-docked');
    await context.close();
  });
  it('coalition: Russia\'s answer to its request is on the banner as a message, not a call to answer', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?camp=coalition&seed=hotline-co-0&renderer=canvas`);
    await waitForScene(page);
    // As tests/unit/controller-attention.test.ts: reject Russia's proposal, ask for a meeting, and let Russia's phase answer.
    await page.evaluate(() => {
      const c = window.__deconfliction!.controller;
      const call = c.attentionNow().find((a) => a.kind === 'call')!;
      c.sendHotline({ kind: 'reject', to: call.message! });
      c.sendHotline({ kind: 'request_meeting' });
    });
    await endTurn(page);
    await page.waitForFunction(() => window.__deconfliction!.controller.attentionNow().some((a) => a.kind === 'message'), undefined, { timeout: 60_000 });
    // Acknowledged in turn until the message is first on the banner: never announced as a call.
    while ((await page.evaluate(() => window.__deconfliction!.controller.attentionNow()[0]?.kind)) !== 'message') await page.getByTestId('attention-ack').click();
    expect(await page.getByTestId('attention').locator('h2').innerText()).toMatch(/^✉ Hotline message \(no answer needed\)/);
    expect(await page.getByTestId('attention-live').innerText()).toMatch(/^Hotline message: /);
    await screenshot(page, 'attention-9-message-banner');
    expect(errors).toEqual([]);
    await page.close();
  });
});
