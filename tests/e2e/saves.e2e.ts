// Saves in a real browser: the autosave survives a reload and Continue resumes the same state hash;
// a damaged save is named in the start menu and kept; a new game, from the menu or a link, takes a
// slot of its own and never overwrites another game's save; the menu lists the saved games, and a
// finished one is offered as a replay, not as Continue. Other localStorage keys are never touched. Screenshots go to test-results/screens.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { makeSave } from '../../src/game/saves';
import { MAIN_SCENARIO_ID, builtinScenario } from '../../src/scenarios';
import { playGame } from '../../src/sim/play';
import { hashState } from '../../src/engine';
import { launchBrowser, openPage, screenshot, waitForScene } from './browser';
import { clickUnit, hexOnScreen, nextFrame, overlay, viewUnits, endTurn } from './game';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const KEY = 'deconfliction.save.deir-ez-zor-2017';
const OTHER = 'someone-else.settings';

const readKey = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
/**
 * The save in `key` once it is written. A new game is saved when its first turn starts, after Begin
 * has loaded the rules and the AI: on a busy machine that is a while after the briefing closes.
 */
async function savedKey(page: Page, key: string): Promise<string> {
  await page.waitForFunction((k) => localStorage.getItem(k) !== null, key, { timeout: 30_000 });
  return (await readKey(page, key))!;
}


/** Moves the first own unit that can move to the farthest hex it can reach. */
async function moveSomeUnit(page: Page): Promise<string> {
  const own = (await viewUnits(page)).filter((u) => u.camp === 'coalition' && u.mp > 0);
  for (const u of own) {
    if (!(await clickUnit(page, u.id))) continue;
    const range = (await overlay(page)).range.filter((d) => d.steps > 0);
    if (range.length === 0) continue;
    const to = range.sort((a, b) => b.steps - a.steps)[0]!.hex;
    const p = await hexOnScreen(page, to);
    await page.mouse.click(p.x, p.y);
    await nextFrame(page);
    const moved = (await viewUnits(page)).find((x) => x.id === u.id)!;
    if (moved.hex.q === to.q && moved.hex.r === to.r) return u.id;
  }
  throw new Error('no coalition unit could move');
}

describe('saves', () => {
  it('autosaves, continues after a reload with the same hash, and reports a damaged save', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?seed=saves-e2e&renderer=canvas`);
    await page.evaluate((k) => localStorage.setItem(k, 'unrelated value'), OTHER);
    await page.locator('#start-menu').waitFor();
    expect(await page.locator('[data-testid="save-notice"]').count(), 'no save yet').toBe(0);
    await page.locator('input[name="camp"][value="coalition"]').check();
    await page.locator('#start-button').click();
    await waitForScene(page);
    expect(JSON.parse(await savedKey(page, KEY))).toMatchObject({ format: 'deconfliction-save', version: 1, camp: 'coalition', seed: 'saves-e2e' });

    // Play: move a unit (saved after the command), end the turn (saved at the next turn start).
    await moveSomeUnit(page);
    const afterMove = await page.evaluate(() => window.__deconfliction!.hash());
    expect(JSON.parse((await readKey(page, KEY))!).hash).toBe(afterMove);
    await endTurn(page);
    await moveSomeUnit(page);
    const before = await page.evaluate(() => window.__deconfliction!.hash());
    const turn = await page.evaluate(() => window.__deconfliction!.view().turn);
    expect(turn).toBe(2);
    await screenshot(page, 'saves-1-before-reload');

    // Reload: the menu offers Continue with the camp, turn and date.
    await page.reload();
    await page.locator('#start-menu').waitFor();
    const cont = page.locator('[data-testid="continue"]');
    expect(await cont.innerText()).toMatch(/Continue\s+Coalition · turn 2 · 11 Sep 2017/);
    expect(await page.locator('#start-button').innerText()).toBe('Start a new game');
    await screenshot(page, 'saves-2-continue-menu');
    await cont.click();
    await waitForScene(page);
    await nextFrame(page);
    expect(await page.evaluate(() => window.__deconfliction!.hash())).toBe(before);
    expect(await page.evaluate(() => window.__deconfliction!.session.isPlayersPhase)).toBe(true);
    expect(await page.evaluate(() => window.__deconfliction!.view().turn)).toBe(2);
    await screenshot(page, 'saves-3-continued');
    // The page works: the game goes on.
    await endTurn(page);
    expect(await page.evaluate(() => window.__deconfliction!.view().turn)).toBe(3);
    expect(errors).toEqual([]);

    // Damage the save: a unit loses its hex.
    const damaged = await page.evaluate((k) => {
      const save = JSON.parse(localStorage.getItem(k)!);
      delete save.state.units[3].hex;
      const text = JSON.stringify(save);
      localStorage.setItem(k, text);
      return text;
    }, KEY);
    await page.reload();
    await page.locator('#start-menu').waitFor();
    expect(await page.locator('[data-testid="save-error"]').innerText()).toBe('Saved game is damaged: state.units[3].hex is missing.');
    expect(await page.locator('[data-testid="continue"]').count()).toBe(0);
    expect(await page.locator('#start-button').innerText()).toBe('Start a new game');
    await screenshot(page, 'saves-4-damaged');
    expect(await readKey(page, KEY), 'the bad save is kept').toBe(damaged);
    expect(await readKey(page, OTHER)).toBe('unrelated value');

    // Not JSON at all: a message too, never an exception.
    await page.evaluate((k) => localStorage.setItem(k, '{"format":'), KEY);
    await page.reload();
    await page.locator('#start-menu').waitFor();
    expect(await page.locator('[data-testid="save-error"]').innerText()).toMatch(/^Saved game is damaged: it is not valid JSON/);

    // A new game takes a slot of its own: the damaged save is kept too.
    await page.locator('input[name="camp"][value="russia"]').check();
    await page.locator('#start-button').click();
    await waitForScene(page);
    expect(await page.evaluate(() => window.__deconfliction!.session.camp)).toBe('russia');
    const fresh = JSON.parse(await savedKey(page, `${KEY}.1`));
    expect(fresh).toMatchObject({ format: 'deconfliction-save', camp: 'russia' });
    expect(fresh.hash).toBe(await page.evaluate(() => window.__deconfliction!.hash()));
    expect(await readKey(page, KEY), 'the damaged save is kept').toBe('{"format":');
    expect(await readKey(page, OTHER)).toBe('unrelated value');
    expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual([KEY, `${KEY}.1`, OTHER].sort());
    await screenshot(page, 'saves-5-new-game');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('save slots', () => {
  it('links never overwrite a save; the menu lists every saved game; a finished game is a replay, not Continue', async () => {
    const base = inject('baseUrl');
    const hashNow = (page: Page) => page.evaluate(() => window.__deconfliction!.hash());
    // Game A from the menu, played a little.
    const { page, errors } = await openPage(browser, `${base}?seed=slot-a&renderer=canvas`);
    await page.locator('#start-menu').waitFor();
    await page.locator('#start-button').click();
    await waitForScene(page);
    await moveSomeUnit(page);
    const hashA = await hashNow(page);
    const saveA = await readKey(page, KEY);
    expect(JSON.parse(saveA!).hash).toBe(hashA);

    // Game B from a link with the briefing off: saved at once, in a slot of its own.
    await page.goto(`${base}?camp=russia&seed=slot-b&briefing=off&renderer=canvas&anim=off`);
    await waitForScene(page);
    const hashB = await hashNow(page);
    expect(await readKey(page, KEY), 'game A is kept').toBe(saveA);
    expect(JSON.parse((await readKey(page, `${KEY}.1`))!)).toMatchObject({ camp: 'russia', seed: 'slot-b', hash: hashB });

    // Game C from a link with the briefing: saved when the player presses Begin, again in a new slot.
    await page.goto(`${base}?camp=coalition&seed=slot-c&renderer=canvas&anim=off`);
    await waitForScene(page);
    expect(await readKey(page, KEY)).toBe(saveA);
    expect(JSON.parse(await savedKey(page, `${KEY}.2`))).toMatchObject({ seed: 'slot-c' });

    // A finished game (played in Node with its record), saved last of all.
    const scenario = builtinScenario(MAIN_SCENARIO_ID)!;
    const done = playGame(scenario, 'slot-done', { coalition: 'advance', russia: 'reckless', is: 'hold' });
    expect(done.state.status).toBe('over');
    const finished = makeSave(scenario.id, 'coalition', 'slot-done', done.state, undefined, new Date(Date.now() + 60_000), undefined, done.commands);
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [`${KEY}.3`, JSON.stringify(finished)]);

    await page.goto(`${base}?renderer=canvas&anim=off`);
    await page.locator('#start-menu').waitFor();
    // Continue is the newest game in progress (C), never the finished one.
    expect(await page.locator('[data-testid="continue"]').innerText()).toMatch(/Continue\s+Coalition · turn 1 · 9 Sep 2017/);
    expect(await page.locator('[data-testid="save-list-toggle"]').innerText()).toBe('Other saved games (3)');
    await screenshot(page, 'saves-6-slots-folded');
    await page.locator('[data-testid="save-list-toggle"]').click();
    const rows = await page.locator('[data-testid="save-slot"]').allInnerTexts();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^The race for Deir ez-Zor, 9 September 2017 · Coalition · turn \d+ · .* · finished: .*Saved /s);
    expect(rows.filter((r) => /Government side · turn 1 · 9 Sep 2017/.test(r))).toHaveLength(1);
    expect(rows.filter((r) => /Coalition · turn 1 · 9 Sep 2017/.test(r) && /Resume/.test(r))).toHaveLength(1);
    await screenshot(page, 'saves-6-slots-menu');

    // Resume game A from the list: the same hash, and it keeps its slot.
    await page.locator('[data-testid="save-slot"]', { hasText: /Coalition · turn 1 · / }).getByRole('button', { name: /^Resume/ }).click();
    await waitForScene(page);
    await nextFrame(page);
    expect(await hashNow(page)).toBe(hashA);
    await moveSomeUnit(page);
    expect(JSON.parse((await readKey(page, KEY))!).hash).toBe(await hashNow(page));
    expect(JSON.parse((await readKey(page, `${KEY}.1`))!).hash).toBe(hashB);

    // The finished game opens in the replay viewer on its final state.
    await page.goto(`${base}?renderer=canvas&anim=off`);
    await page.locator('[data-testid="save-list-toggle"]').click();
    await page.locator('[data-testid="view-save"]').click();
    await page.waitForFunction(() => !!window.__deconfliction?.replay, undefined, { timeout: 60_000 });
    expect(await page.evaluate(() => window.__deconfliction!.replay!.finalHash)).toBe(hashState(done.state));
    await screenshot(page, 'saves-7-finished-replay');
    expect(await page.evaluate(() => Object.keys(localStorage).length)).toBe(4);
    expect(errors).toEqual([]);
    await page.close();
  });
});
