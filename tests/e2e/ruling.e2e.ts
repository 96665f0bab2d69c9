// Control rules on a disputed incident from its panel in a hot-seat exercise: the 16 Sep strike
// inject hits the SDF, Control rules it an accident, the ladder and trust move by the rule's numbers,
// the ruling stands in the record (the replay) and the teams' log is told.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { rulesSummary } from '../../src/engine';
import { launchBrowser, openPage, screenshot } from './browser';
import { nextFrame } from './game';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

it('Control rules an incident an accident from its panel, once, and the record keeps it', async () => {
  const { page, errors } = await openPage(browser, `${inject('baseUrl')}?renderer=canvas&anim=off`);
  await page.getByTestId('run-exercise').click();
  await page.getByTestId('exercise-setup').waitFor();
  await page.locator('#ex-seed').fill('ruling-e2e');
  await page.getByTestId('ex-start').click();
  await page.waitForFunction(() => window.__deconfliction?.ready === true, undefined, { timeout: 30_000 });
  await page.getByTestId('handover').waitFor({ state: 'visible' });
  await page.getByTestId('handover-control').click();
  await page.getByTestId('control-panel').waitFor();
  await page.getByTestId('fire-strike-16-sep').click();
  expect(await page.getByTestId('control-status').innerText()).toContain('Fired');

  // The victim (the coalition) is never offered as the author.
  const choice = page.getByTestId('ruling-choice-I1');
  expect(await choice.locator('option').allInnerTexts()).toEqual(['Caused by Russia', 'An accident']);
  const before = await page.evaluate(() => window.__deconfliction!.session.snapshot().state.crisis);
  await choice.selectOption('accident');
  await page.getByTestId('rule-I1').click();
  expect(await page.getByTestId('control-status').innerText()).toBe('Ruled: incident I1 was an accident, meant by nobody.');
  expect(await page.getByTestId('ruling-I1').innerText()).toBe('Turn 1: an accident, meant by nobody');
  expect(await page.getByTestId('rule-I1').count()).toBe(0); // once per incident
  const after = await page.evaluate(() => window.__deconfliction!.session.snapshot().state.crisis);
  const r = rulesSummary();
  expect(after.escalation.points).toBe(Math.max(0, before.escalation.points - r.lower.ruledAccident));
  expect(after.trust).toBe(before.trust + r.trust.ruledAccident);
  await nextFrame(page);
  await page.getByTestId('control-ladder').scrollIntoViewIfNeeded();
  await page.getByTestId('control-incidents').scrollIntoViewIfNeeded();
  await screenshot(page, 'ruling-1-control-panel');
  const replay = await page.evaluate(() => window.__deconfliction!.session.replay()!);
  expect(replay.commands.at(-1)).toEqual({ type: 'ruling', incident: 'I1', finding: 'accident' });

  // The teams hear it: the coalition's log after the handover.
  await page.getByTestId('control-close').click();
  await page.getByTestId('handover').waitFor({ state: 'visible' });
  await page.getByTestId('handover-continue').click({ timeout: 120_000 });
  await nextFrame(page);
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="log"] li')].some((li) => li.textContent?.includes('Control\'s ruling on incident I1')), undefined, { timeout: 30_000 });
  await screenshot(page, 'ruling-2-team-log');
  expect(errors).toEqual([]);
  await page.close();
});
