// Map labels around Deir ez-Zor in a real browser: with agreements, notices, odds badges and units
// crowding the city, no label covers a counter or another label at three zooms. The game is set up
// in Node (a seed and commands, kept as the autosave) and continued from the start menu.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { MessageBody } from '../../src/engine';
import { makeSave, saveKey } from '../../src/game/saves';
import { GameSession } from '../../src/presenter/session';
import { builtinScenario } from '../../src/scenarios';
import { launchBrowser, openPage, screenshot, waitForScene } from './browser';
import { clickUnit, nextFrame, overlay } from './game';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const scenario = builtinScenario('deir-ez-zor-2017')!;
const CITY = scenario.objectives.find((o) => o.id === 'deir-ez-zor')!.hex;

/**
 * Russia on turn 2: the river line agreed, positions shared by both sides, strike notices by both
 * for the city (the coalition's in answer), a ground-operation notice for next turn.
 */
function crowdedSave(): string {
  const session = new GameSession(scenario, 'russia', 'labels-e2e');
  session.start();
  const say = (message: MessageBody): void => {
    const r = session.apply({ type: 'hotline', message });
    if (!r.ok) throw new Error(`${message.kind}: ${r.error.message}`);
  };
  // Notifying first earns the trust for the coalition AI to accept the river line.
  say({ kind: 'notify', activity: 'strike', area: { centre: CITY, radius: 1 }, turn: 1 });
  say({ kind: 'propose_line', line: { kind: 'river' } });
  say({ kind: 'share_positions', area: { centre: { q: 0, r: 21 }, radius: 1 }, turns: 3 });
  session.endTurn();
  say({ kind: 'notify', activity: 'strike', area: { centre: CITY, radius: 1 }, turn: 2 });
  say({ kind: 'notify', activity: 'operation', area: { centre: { q: 1, r: 21 }, radius: 1 }, turn: 3 });
  const { state, names, commands } = session.snapshot();
  return JSON.stringify(makeSave(scenario.id, 'russia', session.seed, state, names, new Date(), undefined, commands));
}

interface Box { kind: string; text: string; x: number; y: number; width: number; height: number }

const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;

async function zoomTo(page: Page, zoom: number): Promise<void> {
  await page.locator('#game-container canvas').focus();
  for (let i = 0; i < 30; i++) {
    const z = (await page.evaluate(() => window.__deconfliction!.camera()!.zoom));
    if (Math.abs(Math.log(z / zoom)) < 0.1) break;
    await page.keyboard.press(z < zoom ? '+' : '-');
  }
  await page.evaluate((h) => window.__deconfliction!.centreOn(h), CITY);
  await nextFrame(page);
}

describe('map labels around Deir ez-Zor', () => {
  it('no label covers a counter or another label at three zooms', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?renderer=canvas`);
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [saveKey(scenario.id), crowdedSave()]);
    await page.reload();
    await page.locator('[data-testid="continue"]').click();
    await waitForScene(page);
    const view = await page.evaluate(() => window.__deconfliction!.view());
    expect(view.turn).toBe(2);
    expect(view.crisis.agreements.map((a) => a.kind)).toEqual(expect.arrayContaining(['line', 'notice', 'shared_positions']));
    expect(await clickUnit(page, 'rg-104')).toBe(true);
    expect((await overlay(page)).targets.length, 'odds badges on IS targets').toBeGreaterThan(0);

    for (const [name, zoom] of [['default', 1], ['far', 0.35], ['near', 2.5]] as const) {
      await zoomTo(page, zoom);
      await screenshot(page, `labels-${name}`);
      const boxes: Box[] = await page.evaluate(() => window.__deconfliction!.labelBoxes());
      const kinds = new Set(boxes.map((b) => b.kind));
      for (const k of ['unit', 'objective', 'odds']) expect(kinds.has(k), `${k} boxes at ${name}`).toBe(true);
      expect(boxes.some((b) => b.text.startsWith('Deir ez-Zor · 20')), `the city named at ${name}`).toBe(true);
      // Every crisis tag is on the map or, when there is no room, listed in the map key: never both.
      const onMap = boxes.filter((b) => b.kind === 'tag').map((b) => b.text);
      const inKey = await page.locator('[data-testid="key-off-map"] li').allTextContents();
      expect(onMap.filter((t) => inKey.includes(t)), `tags on the map and in the key at ${name}`).toEqual([]);
      const tags = [...onMap, ...inKey];
      // (The coalition AI shares its positions only from Friction since rules 6, so no CO share here.)
      for (const want of [/^AGREED LINE A\d+: EUPHRATES$/, /^NOTICE STRIKE \(you\) T2$/, /^NOTICE GROUND OP \(you\) T3 next$/, /^SHARED POSITIONS \(you\)/]) {
        expect(tags.filter((t) => want.test(t)), `${want} at ${name}`).toHaveLength(1);
      }
      if (inKey.length) {
        await page.locator('[data-testid="crisis-key"] summary').scrollIntoViewIfNeeded();
        expect(await page.locator('[data-testid="crisis-key"] summary').innerText()).toContain(`${inKey.length} label`);
      }
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          // Counters of one stack (or neighbours, far out) may overlap: they are not labels.
          if (a.kind === 'unit' && b.kind === 'unit') continue;
          expect(overlaps(a, b), `${a.kind} "${a.text}" overlaps ${b.kind} "${b.text}" at ${name}`).toBe(false);
        }
      }
    }
    // The key lists what had no room: open it and look.
    await zoomTo(page, 1);
    const key = page.locator('[data-testid="crisis-key"]');
    await key.locator('summary').click();
    await key.locator('[data-testid="key-off-map"]').evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'labels-key');
    expect(errors).toEqual([]);
    await page.close();
  });
});
