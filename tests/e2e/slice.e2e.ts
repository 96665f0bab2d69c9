// A new player's whole game in a real browser, for each camp: the menu, the briefing, select and move
// a unit, attack IS, call an air strike, send a hotline message and answer the other power's calls,
// then end turns until the game ends and read the result screen. And one WebGL frame that must not
// be blank. Screenshots of each stage go to test-results/screens.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, mapPixels, openPage, screenshot, waitForScene } from './browser';
import { clickUnit, confirmStrikeWarning, endTurn, expectNoFogLeak, hexOnScreen, logLines, nextFrame, overlay, selectedId, viewUnits } from './game';

const CAMP_LABELS = {
  coalition: 'US-backed coalition (SDF + US)',
  russia: 'Russian-backed government side (SAA + Russia)',
} as const;

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const sameHex = (a: { q: number; r: number }, b: { q: number; r: number }) => a.q === b.q && a.r === b.r;

/** Selects own units by clicking until one can move; returns it with its destinations. */
async function pickMover(page: Page, camp: string) {
  for (const u of (await viewUnits(page)).filter((x) => x.camp === camp && x.mp > 0 && !x.acted)) {
    if (!(await clickUnit(page, u.id))) continue;
    const o = await overlay(page);
    const units = await viewUnits(page);
    // An empty destination one or two steps away keeps the click on screen and off other counters.
    const dest = o.range.filter((d) => d.steps <= 2 && !units.some((x) => sameHex(x.hex, d.hex)))
      .sort((a, b) => b.steps - a.steps || a.hex.q - b.hex.q || a.hex.r - b.hex.r)[0];
    if (dest) return { unit: u, dest: dest.hex, rangeSize: o.range.length };
  }
  return undefined;
}

async function pickAttacker(page: Page, camp: string) {
  for (const u of (await viewUnits(page)).filter((x) => x.camp === camp && !x.acted)) {
    if (!(await clickUnit(page, u.id))) continue;
    const o = await overlay(page);
    if (o.targets.length > 0) return { unit: u, targets: o.targets };
  }
  return undefined;
}

const transcriptEntry = (page: Page, id: string) => page.locator(`[data-testid="hotline-transcript"] [data-message="${id}"]`);

/** Proposes the river as the deconfliction line from the hotline panel; returns the message id. */
async function proposeRiverLine(page: Page, tag: string): Promise<string> {
  await page.locator('[data-testid="hotline-toggle"]').click();
  await page.locator('[data-testid="hl-kind"]').selectOption('propose_line');
  await page.locator('[data-testid="hl-line-river"]').check();
  expect(await page.locator('[data-testid="hl-preview"]').innerText()).toMatch(/We propose as the deconfliction line the Euphrates/);
  await page.locator('[data-testid="hotline-send"]').click();
  const result = await page.locator('[data-testid="hl-result"]').innerText();
  expect(result).toMatch(/^Sent as H\d+\.$/);
  const id = /H\d+/.exec(result)![0];
  expect(await transcriptEntry(page, id).innerText()).toContain('PROPOSAL OF DECONFLICTION LINE');
  await screenshot(page, `${tag}-7-hotline-sent`);
  await page.locator('[data-testid="hotline-toggle"]').click();
  return id;
}

/** Answers the first call waiting for the player, if any; returns the answered message's id. */
async function answerACall(page: Page): Promise<string | null> {
  const waiting = await page.evaluate(() => {
    const d = window.__deconfliction!;
    return d.view().crisis.messages.filter((m) => m.to === d.session.camp && m.status === 'pending').length;
  });
  const incoming = page.locator('[data-testid="hotline-incoming"] > li');
  await page.locator('[data-testid="hotline-toggle"]').click();
  if ((await incoming.count()) === 0) {
    expect(waiting, 'every pending call is listed to answer').toBe(0);
    await page.locator('[data-testid="hotline-toggle"]').click();
    return null;
  }
  const button = incoming.first().locator('button[data-answer]:not([data-answer="counter"])').first();
  const to = await button.getAttribute('data-to');
  await button.click();
  await nextFrame(page);

  const answered = await page.evaluate((id) => window.__deconfliction!.view().crisis.messages.find((m) => m.id === id)!, to!);
  expect(answered.answer, `${to} has its answer`).not.toBeNull();
  await page.locator('[data-testid="hotline-toggle"]').click();
  return to;
}

/** Ends turns (answering any call first) until the game is over; returns how many calls were answered. */
async function playToTheEnd(page: Page): Promise<number> {
  let answered = 0;
  for (let guard = 0; guard < 40; guard++) {
    if (await answerACall(page)) answered++;
    await endTurn(page);
    if (await page.evaluate(() => window.__deconfliction!.view().status === 'over')) return answered;
  }
  throw new Error('the game did not end');
}

async function playWholeGame(camp: 'coalition' | 'russia', seed: string): Promise<void> {
  const { page, errors } = await openPage(browser, `${inject('baseUrl')}?renderer=canvas`);
  const tag = camp;

  // Menu: real radio buttons and a seed field, chosen by clicking and typing.
  await page.getByRole('heading', { name: 'Deconfliction — The race for Deir ez-Zor, 9 September 2017' }).waitFor();
  expect(await page.locator('#seed').inputValue()).not.toBe('');
  await page.getByLabel(CAMP_LABELS[camp]).check();
  await page.locator('#seed').fill(seed);
  await screenshot(page, `${tag}-0-menu`);
  await page.getByRole('button', { name: 'Start' }).click();
  await waitForScene(page);
  await nextFrame(page);
  expect(await page.evaluate(() => window.__deconfliction!.renderer())).toBe('canvas');
  await screenshot(page, `${tag}-1-start`);

  expect(await page.locator('[data-testid="turn"]').innerText()).toMatch(/^Turn 1 of \d+ · 9 Sep 2017$/);
  expect(await page.locator('[data-testid="phase"]').innerText()).toContain('Your phase');
  expect(await page.locator('[data-testid="seed"]').innerText()).toContain(seed);
  const startHash = await page.evaluate(() => window.__deconfliction!.hash());
  await expectNoFogLeak(page);

  // Select a unit by clicking its counter, hover a destination (path), click it (move).
  const mover = await pickMover(page, camp);
  expect(mover, 'some unit can move').toBeDefined();
  const { unit, dest } = mover!;
  expect(await selectedId(page)).toBe(unit.id);
  expect(await page.locator('[data-testid="selected-unit"]').innerText()).toContain(unit.name);
  const target = await hexOnScreen(page, dest);
  await page.mouse.move(target.x, target.y);
  await nextFrame(page);
  await screenshot(page, `${tag}-2-selected-path`);
  await page.mouse.click(target.x, target.y);
  await nextFrame(page);
  const moved = (await viewUnits(page)).find((u) => u.id === unit.id)!;
  expect(moved.hex).not.toEqual(unit.hex);
  expect(sameHex(moved.hex, dest) || moved.mp === 0, 'reached the hex, or was stopped on the way').toBe(true);
  expect((await logLines(page)).some((l) => l.includes(`${unit.name} moved to`))).toBe(true);
  expect(await page.evaluate(() => window.__deconfliction!.hash())).not.toBe(startHash);
  await screenshot(page, `${tag}-3-moved`);

  // Attack targets show odds; attack one if any unit has an IS unit in reach.
  const attacker = await pickAttacker(page, camp);
  if (attacker) {
    for (const t of attacker.targets) expect(t.odds).toMatch(/^\d:\d$/);
    await nextFrame(page);
    await screenshot(page, `${tag}-4-targets`);
    const t = attacker.targets.sort((a, b) => b.hitPct - a.hitPct)[0]!;
    const p = await hexOnScreen(page, t.hex);
    const before = (await logLines(page)).length;
    await page.mouse.click(p.x, p.y);
    await nextFrame(page);
    await confirmStrikeWarning(page);
    const lines = await logLines(page);
    expect(lines.length).toBeGreaterThan(before);
    expect(lines.some((l) => / (assaulted|fired on) .* at \d:\d \(\d+ vs \d+\), roll [1-6]: /.test(l))).toBe(true);
    await screenshot(page, `${tag}-5-attacked`);
  }

  // Air strike mode highlights the hexes the camp can strike; clicking one strikes it.
  const air = page.locator('[data-testid="air-strike"]');
  if (await air.isEnabled()) {
    await air.click();
    const strikes = await page.evaluate(() => window.__deconfliction!.controller.overlay().strikes.map((t) => t.hex));
    if (strikes.length > 0) {
      const p = await hexOnScreen(page, strikes[0]!);
      await nextFrame(page);
      await screenshot(page, `${tag}-5b-air-targets`);
      await page.mouse.click(p.x, p.y);
      await nextFrame(page);
      await confirmStrikeWarning(page);
      expect((await logLines(page)).some((l) => / air strike hit .* roll [1-6]: /.test(l))).toBe(true);
      expect(await air.innerText()).toMatch(/Air strike \(\d left\)/);
    } else {
      await air.click();
    }
  }
  await expectNoFogLeak(page);

  // A call from the other power waits for an answer in this phase (the AI proposes its line early).
  let answered = (await answerACall(page)) ? 1 : 0;

  // End the turn: the AI plays the other camps and it is our phase of turn 2.
  await page.getByRole('button', { name: 'End turn' }).click();
  await page.waitForFunction(() => {
    const d = window.__deconfliction!;
    return d.view().turn === 2 && d.session.isPlayersPhase;
  }, undefined, { timeout: 60_000 });
  await nextFrame(page);
  expect(await page.locator('[data-testid="turn"]').innerText()).toMatch(/^Turn 2 of \d+ · 11 Sep 2017$/);
  const lines = await logLines(page);
  expect(lines.some((l) => l.endsWith('IS phase.'))).toBe(true);
  expect(lines.some((l) => /Turn 2 begins/.test(l))).toBe(true);
  const otherPower = camp === 'coalition' ? 'Government side phase.' : 'Coalition phase.';
  expect(lines.some((l) => l.endsWith(otherPower))).toBe(true);
  await screenshot(page, `${tag}-6-turn2`);

  // The hotline: propose the river line, answer the other power's calls as they come, and play on.
  const line = await proposeRiverLine(page, tag);
  answered += await playToTheEnd(page);
  const proposal = await page.evaluate((id) => window.__deconfliction!.view().crisis.messages.find((m) => m.id === id)!, line);
  expect(['answered', 'unanswered']).toContain(proposal.status);
  expect(answered, 'the other power called at least once in 20 turns, and the player answered').toBeGreaterThan(0);

  // The result screen explains the outcome and its score.
  await page.locator('#result-panel').waitFor();
  await nextFrame(page);
  await screenshot(page, `${tag}-8-result`);
  const report = await page.locator('#result-panel').innerText();
  expect(report).toMatch(/Game over: (.+ wins|A draw)|direct clash/i);
  for (const name of await page.evaluate(() => window.__deconfliction!.session.scenario.objectives.map((o) => o.name))) expect(report).toContain(name);
  await expectNoFogLeak(page);

  expect(errors).toEqual([]);
  await page.close();
}

describe('a new player\'s game', () => {
  it('coalition: menu, briefing, move, attack, strike, hotline, every turn to the result', async () => {
    await playWholeGame('coalition', 'e2e-coalition');
  });

  it('russia: menu, briefing, move, attack, strike, hotline, every turn to the result', async () => {
    await playWholeGame('russia', 'e2e-russia');
  });

  it('WebGL (default renderer) draws a map that is not blank', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?camp=coalition&seed=webgl`);
    await waitForScene(page);
    await nextFrame(page);
    expect(await page.evaluate(() => window.__deconfliction!.renderer())).toBe('webgl');
    const path = await screenshot(page, 'webgl-start');
    const stats = await mapPixels(page);
    expect(stats.colours, path).toBeGreaterThan(20);
    expect(stats.backgroundShare, path).toBeLessThan(0.5);
    expect(errors).toEqual([]);
    await page.close();
  });
});
