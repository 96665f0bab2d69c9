// Proxies with a will of their own, through the real UI: the player restrains and frees a proxy from
// the unit panel, which shows the chance that it opens fire on its own, and when it does, at the end of
// the player's phase, the log says so. The game is an ai:assertive one (the first seed with a proxy's own
// fire), saved just before the end of the phase in which the player's proxy fired, and resumed from the menu.
// Screenshots in test-results/screens/proxies-*.png.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Command, type GameState, type Power, type Scenario, applyCommand, newGame } from '../../src/engine';
import { makeSave, saveKey } from '../../src/game/saves';
import { MAIN_SCENARIO_ID, builtinScenario } from '../../src/scenarios';
import { playGame } from '../../src/sim/play';
import { launchBrowser, openPage, screenshot, waitForScene } from './browser';
import { clickUnit, logLines, nextFrame, pressEndTurn } from './game';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** The game up to (not including) the end_phase after which the patron's proxy fired on its own. */
function beforeProxyFire(): { seed: string; state: GameState; commands: Command[]; camp: Power; unit: string } {
  const scenario = builtinScenario(MAIN_SCENARIO_ID)!;
  for (let n = 1; n <= 20; n++) {
    const found = inGame(scenario, String(n));
    if (found) return found;
  }
  throw new Error('no proxy fire in 20 games');
}

function inGame(scenario: Scenario, seed: string): ReturnType<typeof beforeProxyFire> | undefined {
  const game = playGame(scenario, seed, { coalition: 'ai:assertive', russia: 'ai:assertive', is: 'ai:balanced' });
  let state = newGame(scenario, seed);
  for (let i = 0; i < game.commands.length; i++) {
    const r = applyCommand(scenario, state, game.commands[i]!);
    if (!r.ok) throw new Error(r.error.message);
    const fire = r.events.find((e) => e.type === 'incident' && e.incident.type === 'proxy_fire');
    if (fire?.type === 'incident' && game.commands[i]!.type === 'end_phase') {
      return { seed, state, commands: game.commands.slice(0, i), camp: fire.incident.cause!, unit: fire.incident.unit! };
    }
    state = r.state;
  }
  return undefined;
}

/** The saved game of beforeProxyFire continued from the menu, in `lang`, with its proxy selected. */
async function atProxyFire(lang = 'en') {
  const found = beforeProxyFire();
  const { seed, state, commands, camp, unit } = found;
  const { page, errors } = await openPage(browser, `${inject('baseUrl')}?renderer=canvas&anim=on&lang=${lang}`);
  await page.locator('#start-menu').waitFor();
  const save = makeSave(MAIN_SCENARIO_ID, camp, seed, state, undefined, new Date(), undefined, commands);
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [saveKey(MAIN_SCENARIO_ID), JSON.stringify(save)]);
  await page.reload();
  await page.locator('[data-testid="continue"]').click();
  await waitForScene(page);
  expect(await page.evaluate(() => window.__deconfliction!.session.camp)).toBe(camp);
  expect(await clickUnit(page, unit)).toBe(true);
  return { ...found, page, errors };
}

describe('a proxy with a will of its own', () => {
  it('the unit panel restrains and frees it, and the log tells the patron when it opened fire on its own', async () => {
    const { page, errors, unit } = await atProxyFire();
    const status = page.getByTestId('proxy-status');
    const button = page.getByTestId('proxy-order');
    expect(await status.innerText()).toMatch(/^Free: may attack\. \d+% chance it opens fire on its own on .+ \(\d hex(es)? off\) when your phase ends\.$/);
    const freeChance = Number(/(\d+)% chance/.exec(await status.innerText())![1]);
    await button.scrollIntoViewIfNeeded();
    await screenshot(page, 'proxies-1-free');
    if (await button.isEnabled()) {
      await button.click();
      await nextFrame(page);
      expect(await status.innerText()).toMatch(/^Restrained: holds its fire and may not attack\. \d+% chance/);
      expect(Number(/(\d+)% chance/.exec(await status.innerText())![1])).toBeLessThan(freeChance);
      expect(await page.locator(`[data-testid="unit-list"] button[data-unit="${unit}"]`).innerText()).toContain('restrained');
      expect((await logLines(page))[0]).toMatch(/restrained: it holds its fire/);
      await screenshot(page, 'proxies-2-restrained');
      await button.click(); // freed again: the game goes on as it was played
      await nextFrame(page);
      expect(await status.innerText()).toMatch(/^Free: may attack\./);
    }

    await pressEndTurn(page);
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="log"] li')].some((li) => /opened fire on its own/.test(li.textContent ?? '')), undefined, { timeout: 60_000 });
    const lines = await logLines(page);
    expect(lines.some((l) => /^T\d+ Incident I\d+ at .+: your proxy .+ opened fire on its own on (Russia|Coalition)'s forces\./.test(l))).toBe(true);
    await page.locator('[data-testid="log"] li', { hasText: 'opened fire on its own' }).first().scrollIntoViewIfNeeded();
    await screenshot(page, 'proxies-3-fired');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('the unit panel words the order and the chance in Russian', async () => {
    const { page, errors } = await atProxyFire('ru');
    const status = await page.getByTestId('proxy-status').innerText();
    expect(status).toMatch(/^Свободно: может атаковать\. Вероятность \d+%, что оно самовольно откроет огонь по подразделению «.+» \(в \d гекс(е|ах|а)\) в конце вашей фазы\.$/);
    expect(await page.getByTestId('proxy-order').innerText()).toBe('Сдержать (без атак; реже стреляет самовольно)');
    await page.getByTestId('proxy-order').scrollIntoViewIfNeeded();
    await screenshot(page, 'proxies-4-ru');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
