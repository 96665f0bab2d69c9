// A whole game through the End turn button: keyboard selection, the AI's turns, and the result panel.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, screenshot, waitForScene } from './browser';
import { nextFrame, pressEndTurn, selectedId } from './game';
import { hashState } from '../../src/engine';
import { parseReplayText } from '../../src/replay/parse';
import { verifyReplay } from '../../src/replay/verify';
import { builtinScenario } from '../../src/scenarios';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

it('keys select units, and ending every turn reaches the victory report', async () => {
  const { page, errors } = await openPage(browser, `${inject('baseUrl')}?camp=russia&seed=endgame&renderer=canvas`);
  await waitForScene(page);
  expect(await page.locator('#start-menu').count()).toBe(0);

  await page.locator('#game-container canvas').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('n');
  const first = await selectedId(page);
  expect(first).not.toBeNull();
  await page.keyboard.press('Escape');
  expect(await selectedId(page)).toBeNull();

  const turns = await page.evaluate(() => window.__deconfliction!.session.scenario.data.turns);
  for (let turn = 1; turn <= turns; turn++) {
    await pressEndTurn(page);
    await page.waitForFunction((t) => {
      const d = window.__deconfliction!;
      return d.view().status === 'over' || (d.view().turn === t + 1 && d.session.isPlayersPhase);
    }, turn, { timeout: 60_000 });
  }
  await page.locator('#result-panel').waitFor();
  await nextFrame(page);
  await screenshot(page, 'endgame-result');
  const report = await page.locator('#result-panel').innerText();
  expect(report).toMatch(/Game over: (.+ wins|A draw)/);
  const objectives = await page.evaluate(() => window.__deconfliction!.session.scenario.objectives.map((o) => o.name));
  for (const name of objectives) expect(report).toContain(name);
  expect(await page.getByRole('button', { name: 'End turn' }).isDisabled()).toBe(true);
  // The result screen downloads the whole game; Node verifies it to the page's final hash.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="result-download-replay"]').click()]);
  const parsed = parseReplayText(readFileSync((await download.path())!, 'utf8'), builtinScenario);
  const verified = parsed.ok ? verifyReplay(parsed.scenario, parsed.replay) : undefined;
  const finalHash = await page.evaluate(() => window.__deconfliction!.hash());
  expect(verified?.ok && hashState(verified.state)).toBe(finalHash);
  // Watch the replay: the page reloads into the viewer, which verifies the game to the same hash.
  await Promise.all([page.waitForEvent('load'), page.locator('[data-testid="result-watch-replay"]').click()]);
  await page.waitForFunction(() => !!window.__deconfliction?.replay, undefined, { timeout: 60_000 });
  expect(await page.evaluate(() => window.__deconfliction!.replay!.finalHash)).toBe(finalHash);
  expect(errors).toEqual([]);
  await page.close();
});
