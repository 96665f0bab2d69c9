// The great-power crisis in a real browser: the escalation ladder, the hotline panel (compose with a
// map pick, send, transcript, answering the other power), the crisis on the map and the warning
// before a strike near the other power's forces. Screenshots go to test-results/screens.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Hex } from '../../src/engine';
import { launchBrowser, openPage, screenshot, waitForScene } from './browser';
import { expectNoFogLeak, hexOnScreen, logLines, nextFrame, endTurn } from './game';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const CITY: Hex = { q: 1, r: 20 }; // Deir ez-Zor, held by IS at the start, next to the government's lines

const transcript = (page: Page) => page.locator('[data-testid="hotline-transcript"]');
const ladderLast = (page: Page) => page.locator('[data-testid="ladder-last"]').innerText();

/** Waits until Phaser has fitted the canvas to the map area (it shrinks when the hotline opens). */
async function canvasFits(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const c = document.querySelector('#game-container canvas');
    const box = document.getElementById('game-container');
    return !!c && !!box && Math.abs(c.getBoundingClientRect().width - box.clientWidth) < 2;
  }, undefined, { timeout: 5_000 });
  await nextFrame(page);
}

async function clickHex(page: Page, h: Hex): Promise<void> {
  const p = await hexOnScreen(page, h);
  await page.mouse.click(p.x, p.y);
  await nextFrame(page);
}

async function send(page: Page): Promise<string> {
  const button = page.locator('[data-testid="hotline-send"]');
  expect(await button.isEnabled(), await page.locator('[data-testid="hl-preview"]').innerText()).toBe(true);
  await button.click();
  await nextFrame(page);
  const result = await page.locator('[data-testid="hl-result"]').innerText();
  expect(result).toMatch(/^Sent as H\d+\.$/);
  return /H\d+/.exec(result)![0];
}


/** The transcript entry of message `id`. */
const entry = (page: Page, id: string) => transcript(page).locator(`[data-message="${id}"]`);

async function ladderCheck(page: Page): Promise<void> {
  const v = await page.evaluate(() => window.__deconfliction!.view().crisis);
  const rungs = page.locator('[data-testid="ladder-rungs"] li');
  expect(await rungs.count()).toBe(6);
  const current = page.locator('[data-testid="ladder-rungs"] li[aria-current="step"]');
  expect(await current.count()).toBe(1);
  expect(await current.innerText()).toMatch(/▶\s*\w[\w ]*\s+\d+–?\d*\s+now/i);
  expect(await page.locator('[data-testid="ladder-points"]').innerText()).toContain(`${v.escalation.points} / 100 points · trust ${v.trust} / 100`);
  // Focus shows the explanation, and the ladder is described by it.
  await page.locator('[data-testid="ladder"]').focus();
  expect(await page.locator('[data-testid="ladder-tip"]').isVisible()).toBe(true);
  expect(await page.locator('[data-testid="ladder-tip"]').innerText()).toMatch(/Now: \w+\. .*\nNext: \w+ at \d+ points/s);
  expect(await page.locator('[data-testid="ladder"]').getAttribute('aria-describedby')).toBe('ladder-tip');
}

describe('the hotline and the escalation ladder', () => {
  it('coalition: warning before a strike near Russian forces, notify first, a river line, a map-picked area, answering Russia, the ladder moving', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?camp=coalition&seed=hotline-co-0&renderer=canvas`);
    await waitForScene(page);
    await nextFrame(page);
    await ladderCheck(page);
    await screenshot(page, 'hotline-1-ladder-tip');
    await page.keyboard.press('Escape');

    // A strike next to the government's troops: the warning comes first, with the odds and the flags.
    const risk = await page.evaluate((h) => window.__deconfliction!.controller.riskOf(h, 'air'), CITY);
    expect(risk, 'the city holds IS next to government troops').not.toBeNull();
    expect(risk!.nearRival.length).toBeGreaterThan(0);
    await page.locator('[data-testid="air-strike"]').click();
    expect(await page.evaluate(() => window.__deconfliction!.controller.overlay().strikes.map((t) => `${t.hex.q},${t.hex.r}`))).toContain('1,20');
    const sortiesBefore = await page.evaluate(() => window.__deconfliction!.view().sortiesLeft.coalition);
    await clickHex(page, CITY);
    const dialog = page.locator('[data-testid="strike-warning"]');
    await dialog.waitFor();
    const warning = await dialog.innerText();
    expect(warning).toContain('Air strike near Russian forces');
    expect(warning).toContain(`Misidentification chance: ${risk!.chance}%`);
    expect(warning).toContain('Notified: no');
    expect(warning).toMatch(/Provocation: (yes|no)/);
    expect(warning).toContain('Hold fire: no agreement covers this hex');
    await screenshot(page, 'hotline-2-strike-warning');

    // "Notify first" opens the hotline with a strike notice for that hex, filled in.
    await page.locator('[data-testid="warning-notify"]').click();
    await dialog.waitFor({ state: 'detached' });
    await canvasFits(page);
    expect(await page.evaluate(() => window.__deconfliction!.view().sortiesLeft.coalition)).toBe(sortiesBefore);
    expect(await page.locator('[data-testid="hl-kind"]').inputValue()).toBe('notify');
    expect(await page.locator('[data-testid="hl-centre"]').innerText()).toBe('Centre: Deir ez-Zor (hex 1,20)');
    const preview = await page.locator('[data-testid="hl-preview"]').innerText();
    expect(preview).toContain('NOTIFICATION OF STRIKE ACTIVITY');
    expect(preview).toContain('Coalition aircraft will strike within 5 km of Deir ez-Zor (hex 1,20) on 9–10 Sep 2017 (turn 1). Request your forces keep clear.');
    expect(preview).toMatch(/Predicted effect: escalation [+−]\d+, trust [+−]\d+\./);
    expect(await page.locator('[data-testid="hl-calls"]').innerText()).toBe('Calls left this turn: 6 of 6.');
    await screenshot(page, 'hotline-3-notify-prefilled');
    const notice = await send(page);
    expect(await page.locator('[data-testid="hl-calls"]').innerText()).toBe('Calls left this turn: 5 of 6.');
    const sent = await entry(page, notice).innerText();
    expect(sent).toMatch(new RegExp(`^${notice} · Air channel · 09 SEP 2017 \\d{4}Z · Coalition to Russia`));
    expect(sent).toContain('Status: for information');
    expect(sent).toContain('Coalition aircraft will strike within 5 km of Deir ez-Zor (hex 1,20)');

    // Sending the notice leads back to the strike it was for: notified now, so the chance is lower;
    // confirm it and it fires.
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('Notified: yes');
    await page.locator('[data-testid="warning-confirm"]').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => window.__deconfliction!.view().sortiesLeft.coalition)).toBe(sortiesBefore - 1);
    expect((await logLines(page)).some((l) => /Coalition air strike hit /.test(l))).toBe(true);

    // A river line proposal.
    await page.locator('[data-testid="hl-kind"]').selectOption('propose_line');
    await page.locator('[data-testid="hl-line-river"]').check();
    expect(await page.locator('[data-testid="hl-preview"]').innerText()).toContain('We propose as the deconfliction line the Euphrates: Coalition forces keep to the east bank');
    const line = await send(page);
    expect(await entry(page, line).innerText()).toContain('PROPOSAL OF DECONFLICTION LINE');
    expect(await entry(page, line).innerText()).toContain('Status: pending, awaiting answer');

    // An area picked on the map: Esc cancels a pick; a click sets the centre.
    await page.locator('[data-testid="hl-kind"]').selectOption('share_positions');
    const centreBefore = await page.locator('[data-testid="hl-centre"]').innerText();
    await page.locator('[data-testid="hl-pick-area"]').click();
    expect(await page.evaluate(() => window.__deconfliction!.controller.pick?.kind)).toBe('area');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => window.__deconfliction!.controller.pick)).toBeNull();
    expect(await page.locator('[data-testid="hl-centre"]').innerText()).toBe(centreBefore);
    const own = await page.evaluate(() => window.__deconfliction!.view().units.find((u) => u.camp === 'coalition')!.hex);
    await page.locator('[data-testid="hl-radius"]').fill('2');
    await page.locator('[data-testid="hl-pick-area"]').click();
    const p = await hexOnScreen(page, own);
    await page.mouse.move(p.x, p.y);
    await nextFrame(page);
    await screenshot(page, 'hotline-4-area-pick');
    await page.mouse.click(p.x, p.y);
    await nextFrame(page);
    expect(await page.evaluate(() => window.__deconfliction!.controller.pick)).toBeNull();
    expect(await page.locator('[data-testid="hl-centre"]').innerText()).toMatch(new RegExp(`hex ${own.q},${own.r}`));
    expect(await page.locator('[data-testid="hl-preview"]').innerText()).toMatch(/SHARING OF POSITIONS\n+.*within 10 km of .*for 2 turns, through 12 Sep 2017 \(turn 2\)/);
    await send(page);

    // Answer the other power: a call waiting for us (Russia's AI proposes, asks or notifies; if it
    // has not called yet, wait a turn or two for it).
    const incoming = page.locator('[data-testid="hotline-incoming"] > li');
    for (let i = 0; i < 3 && (await incoming.count()) === 0; i++) await endTurn(page);
    expect(await incoming.count(), 'Russia has called the coalition').toBeGreaterThan(0);
    const first = incoming.first();
    const answerable = first.locator('button[data-answer]:not([data-answer="counter"])');
    const answerKind = await answerable.first().getAttribute('data-answer');
    const to = await answerable.first().getAttribute('data-to');
    await screenshot(page, 'hotline-5-incoming');

    // A counter-proposal needs a line: built by clicking hexes (a far click adds the straight run).
    const counter = first.locator('button[data-answer="counter"]');
    if (await counter.count()) {
      await counter.click();
      expect(await page.locator('[data-testid="hotline-compose"]').innerText()).toContain(`Counter-proposal to ${await counter.getAttribute('data-to')}`);
      await page.locator('[data-testid="hl-pick-line"]').click();
      await clickHex(page, CITY);
      await clickHex(page, { q: 3, r: 23 });
      expect(await page.locator('[data-testid="hl-line-hexes"]').innerText()).toMatch(/^6 hexes: Deir ez-Zor; .*; Mu Hasan$/);
      expect(await page.locator('[data-testid="hl-preview"]').innerText()).toContain('a strip of 6 hexes from Deir ez-Zor (hex 1,20) to Mu Hasan (hex 3,23)');
      await screenshot(page, 'hotline-5b-counter-line');
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => window.__deconfliction!.controller.pick)).toBeNull();
      await page.getByRole('button', { name: 'Cancel counter-proposal' }).click();
    }
    const trustBefore = await page.evaluate(() => window.__deconfliction!.view().crisis.trust);
    await answerable.first().click();
    await nextFrame(page);
    expect(await page.locator('[data-testid="hotline-status"]').innerText()).toMatch(/: sent\.$/);
    const answered = await page.evaluate((id) => window.__deconfliction!.view().crisis.messages.find((m) => m.id === id)!, to!);
    expect(answered.answer).not.toBeNull();
    expect(await entry(page, answered.answer!).innerText()).toMatch(new RegExp(`(ACCEPTANCE|REJECTION|ACKNOWLEDGEMENT|DENIAL) OF ${to}`));
    expect(await entry(page, answered.answer!).innerText()).toContain(`Reference your ${to}`);
    const trustAfter = await page.evaluate(() => window.__deconfliction!.view().crisis.trust);
    if (answerKind !== 'deny') expect(trustAfter).not.toBe(trustBefore);
    if (answerKind !== 'deny') expect((await logLines(page)).some((l) => /^T\d+ Trust [+−]\d+ \(\d+ → \d+\): Coalition /.test(l))).toBe(true);
    await screenshot(page, 'hotline-6-answered');

    // The map shows the agreements; then end the turn and the ladder moves, with its cause.
    await page.locator('[data-testid="hotline-toggle"]').click();
    await canvasFits(page);
    await page.evaluate((h) => window.__deconfliction!.centreOn(h), CITY);
    await nextFrame(page);
    await screenshot(page, 'hotline-7-map-agreements');
    const pointsBefore = await page.evaluate(() => window.__deconfliction!.view().crisis.escalation.points);
    const lastBefore = await ladderLast(page);
    await endTurn(page);
    const after = await page.evaluate(() => window.__deconfliction!.view().crisis.escalation);
    expect(after.points).not.toBe(pointsBefore);
    const last = await ladderLast(page);
    expect(last).not.toBe(lastBefore);
    expect(last).toMatch(/^Last change \(turn \d+\): [+−]\d+, [a-z0-9].+\.$/);
    expect(last).not.toMatch(/\b(coalition|russia)\b/); // powers are named, not given as ids
    expect((await logLines(page)).some((l) => /Escalation [+−]\d+ \(\d+ → \d+(, (up|down) to [A-Z][a-z ]+)?\): .+\./.test(l))).toBe(true);
    await ladderCheck(page);
    await screenshot(page, 'hotline-8-turn2-ladder');
    await page.keyboard.press('Escape');
    await expectNoFogLeak(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('russia: sends a strike notice by map pick and a river line, and sees them as Russian messages', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?camp=russia&seed=hotline-ru&renderer=canvas`);
    await waitForScene(page);
    await ladderCheck(page);
    await page.keyboard.press('Escape');
    // The keyboard opens the hotline and lands on the form.
    await page.locator('[data-testid="hotline-toggle"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="hotline-panel"]').waitFor();
    await canvasFits(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('hl-kind');
    expect(await page.locator('[data-testid="hotline-toggle"]').getAttribute('aria-expanded')).toBe('true');
    await page.locator('[data-testid="hl-pick-area"]').click();
    await clickHex(page, CITY);
    expect(await page.locator('[data-testid="hl-centre"]').innerText()).toBe('Centre: Deir ez-Zor (hex 1,20)');
    const notice = await send(page);
    expect(await entry(page, notice).innerText()).toContain('Russian aircraft will strike within 5 km of Deir ez-Zor (hex 1,20)');
    expect(await entry(page, notice).innerText()).toContain('Russia to Coalition');
    await page.locator('[data-testid="hl-kind"]').selectOption('propose_line');
    await page.locator('[data-testid="hl-line-river"]').check();
    const line = await send(page);
    expect(await entry(page, line).innerText()).toContain('PROPOSAL OF DECONFLICTION LINE');
    // Without the map: a place from the list sets the centre, Enter on Send sends, Esc closes.
    await page.locator('[data-testid="hl-kind"]').selectOption('request_hold_fire');
    await page.locator('[data-testid="hl-place"]').selectOption({ label: 'Al-Mayadin' });
    expect(await page.locator('[data-testid="hl-centre"]').innerText()).toBe('Centre: Al-Mayadin (hex 3,28)');
    await page.locator('[data-testid="hotline-send"]').focus();
    await page.keyboard.press('Enter');
    await nextFrame(page);
    const hold = /H\d+/.exec(await page.locator('[data-testid="hl-result"]').innerText())![0];
    expect(await entry(page, hold).innerText()).toContain('Request Coalition forces hold all fire into the area within 5 km of Al-Mayadin (hex 3,28)');
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-testid="hotline-panel"]').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('hotline-toggle');
    await canvasFits(page);
    // The notice is on the map too, with its label.
    await page.evaluate((h) => window.__deconfliction!.centreOn(h), CITY);
    await nextFrame(page);
    await screenshot(page, 'hotline-9-russia');
    await expectNoFogLeak(page);
    expect(errors).toEqual([]);
    await page.close();
  });
  it('russia: a coalition strike goes astray onto Russian forces; Russia protests it and reads the answer', async () => {
    // Seed and doctrine found by playing the session headless (GameSession, Russia ending its turns
    // and nothing else): the assertive coalition AI's strike in one of the first rounds hits Russian units.
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?camp=russia&seed=protest-10&doctrine=assertive&renderer=canvas`);
    await waitForScene(page);
    // Rounds are ended until the first such incident, so its line is still among the log's latest.
    const openIncident = () => page.evaluate(() => window.__deconfliction!.view().crisis.incidents.find((i) => i.victim === 'russia' && i.status === 'open')!);
    for (let round = 0; round < 6 && !(await openIncident()); round++) await endTurn(page);
    const incident = await openIncident();
    expect(incident).toMatchObject({ type: 'misidentified_strike', victim: 'russia' });
    const lines = await logLines(page);
    expect(lines.some((l) => /incident/i.test(l) && l.includes(incident.id)), `${incident.id} in the log:\n${lines.join('\n')}`).toBe(true);
    await page.locator('[data-testid="hotline-toggle"]').click();
    await page.locator('[data-testid="hl-kind"]').selectOption('protest');
    await page.locator('[data-testid="hl-incident"]').selectOption(incident.id);
    expect(await page.locator('[data-testid="hl-preview"]').innerText()).toContain('must answer');
    const protest = await send(page);
    expect(await entry(page, protest).innerText()).toContain('PROTEST');
    expect(await entry(page, protest).innerText()).toContain('Status: pending, awaiting answer');
    await screenshot(page, 'hotline-10-protest');
    // The coalition answers in its phase (acknowledge or deny), or lets the call go unanswered.
    await endTurn(page);
    const sent = await page.evaluate((id) => window.__deconfliction!.view().crisis.messages.find((m) => m.id === id)!, protest);
    expect(['answered', 'unanswered']).toContain(sent.status);
    if (sent.answer) expect(await entry(page, sent.answer).innerText()).toMatch(new RegExp(`(ACKNOWLEDGEMENT|DENIAL) OF ${protest}`));
    else expect(await entry(page, protest).innerText()).toContain('unanswered');
    await screenshot(page, 'hotline-11-protest-answered');
    await expectNoFogLeak(page);
    expect(errors).toEqual([]);
    await page.close();
  });
});
