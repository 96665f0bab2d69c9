// The map scene in a real browser: event animation, the overview map, zoom extremes and playing on
// the map with the keyboard alone (the hex cursor).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Hex, hexDistance } from '../../src/engine/hex';
import { type CursorDir, cursorStep } from '../../src/scenes/cursorStep';
import { SCREENS_DIR, launchBrowser, mapPixels, openPage, screenshot, waitForScene } from './browser';
import { clickUnit, hexOnScreen, logLines, nextFrame, overlay, selectedId, viewUnits } from './game';

let browser: import('playwright-core').Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const sameHex = (a: Hex, b: Hex) => a.q === b.q && a.r === b.r;
const hover = (page: Page) => page.evaluate(() => window.__deconfliction!.controller.hover);
const camera = (page: Page) => page.evaluate(() => window.__deconfliction!.camera()!);
const waitAnimationsDone = (page: Page) =>
  page.waitForFunction(() => !window.__deconfliction!.animating(), undefined, { timeout: 30_000 });

const frames = (page: Page) => page.evaluate(() => window.__deconfliction!.frames()!);
/** Waits for n animation frames of the page. */
const animationFrames = (page: Page, n: number) => page.evaluate((count) => new Promise<void>((resolve) => {
  let left = count;
  const tick = (): void => { if (--left <= 0) resolve(); else requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
}), n);

const KEYS: readonly [CursorDir, string][] = [['left', 'ArrowLeft'], ['right', 'ArrowRight'], ['up', 'ArrowUp'], ['down', 'ArrowDown']];

/** Steps the keyboard cursor to a hex with the arrow keys, always taking a step that gets closer (and stays on the map). */
async function cursorTo(page: Page, target: Hex): Promise<void> {
  if (!(await hover(page))) await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 120; i++) {
    const h = (await hover(page))!;
    if (sameHex(h, target)) return;
    const tries = KEYS.map(([dir, key]) => ({ key, d: hexDistance(cursorStep(h, dir), target) })).sort((a, b) => a.d - b.d);
    for (const t of tries) {
      await page.keyboard.press(t.key);
      if (!sameHex((await hover(page))!, h)) break; // off the map: the cursor stays, try another way
    }
  }
  throw new Error(`the cursor did not reach ${target.q},${target.r}; it is at ${JSON.stringify(await hover(page))}`);
}

/** Enter on the cursor's hex selects its unit; again, the next unit of a stack. */
async function selectByEnter(page: Page, id: string): Promise<boolean> {
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Enter');
    if ((await selectedId(page)) === id) return true;
  }
  return false;
}

/** Tabs (or shift-tabs) until the map canvas has the focus, as a keyboard user reaches it. */
async function tabToMap(page: Page, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (await page.evaluate(() => document.activeElement?.tagName === 'CANVAS')) return;
    await page.keyboard.press(key);
  }
  throw new Error('Tab never reached the map');
}

describe('map scene', () => {
  it('animates a move: the counter slides along its path and ends on the destination', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?camp=coalition&seed=anim-e2e&renderer=canvas&anim=1`);
    await waitForScene(page);
    // The AI camps' first round, if they move before us: Escape skips it.
    await page.locator('#game-container canvas').focus();
    await page.keyboard.press('Escape');
    await waitAnimationsDone(page);
    const units = await viewUnits(page);
    let mover: { id: string; from: Hex; dest: Hex } | undefined;
    for (const u of units.filter((x) => x.camp === 'coalition' && x.mp > 0 && !x.acted)) {
      if (!(await clickUnit(page, u.id))) continue;
      const dest = (await overlay(page)).range.filter((d) => d.steps >= 2 && d.steps <= 3 && !units.some((x) => sameHex(x.hex, d.hex)))[0];
      if (dest) { mover = { id: u.id, from: u.hex, dest: dest.hex }; break; }
    }
    expect(mover, 'a unit can move two or three hexes').toBeDefined();
    const { id, from, dest } = mover!;
    const start = await page.evaluate((i) => window.__deconfliction!.screenPositionOf(i)!, id);
    const target = await hexOnScreen(page, dest);
    // Record the counter's place on every frame until the animation has run and stopped.
    const recording = page.evaluate((u) => new Promise<{ x: number; y: number; animating: boolean }[]>((resolve) => {
      const d = window.__deconfliction!;
      const out: { x: number; y: number; animating: boolean }[] = [];
      const frame = (): void => {
        const p = d.screenPositionOf(u)!;
        out.push({ x: p.x, y: p.y, animating: d.animating() });
        if (out.length > 600 || (out.some((o) => o.animating) && !d.animating())) resolve(out);
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    }), id);
    await page.mouse.click(target.x, target.y);
    // The rules have moved the unit at once; the scene is still showing it on its way.
    expect((await viewUnits(page)).find((u) => u.id === id)!.hex).toEqual(dest);
    expect(await page.evaluate(() => window.__deconfliction!.animating())).toBe(true);
    const mid = await page.screenshot({ path: `${SCREENS_DIR}/anim-0-moving.png` });
    const frames = await recording;
    await waitAnimationsDone(page);
    await nextFrame(page);
    const last = await page.screenshot({ path: `${SCREENS_DIR}/anim-1-end.png` });
    expect(mid.equals(last), 'the moving frame differs from the final one').toBe(false);
    const end = await page.evaluate((u) => window.__deconfliction!.screenPositionOf(u)!, id);
    const destCentre = await page.evaluate((h) => window.__deconfliction!.screenPositionOfHex(h)!, dest);
    // Counters sit 4px above the hex centre (plus a stacking offset of a few pixels).
    expect(Math.hypot(end.x - destCentre.x, end.y - destCentre.y)).toBeLessThan(12);
    // Frames while animating showed the counter between its old hex and the new one.
    const moving = frames.filter((p) => p.animating);
    const between = moving.filter((p) => Math.hypot(p.x - start.x, p.y - start.y) > 5 && Math.hypot(p.x - end.x, p.y - end.y) > 5);
    expect(moving.length, 'frames drawn while animating').toBeGreaterThan(3);
    expect(between.length, `positions seen: ${JSON.stringify(moving)} from ${JSON.stringify(start)} to ${JSON.stringify(end)}`).toBeGreaterThan(0);
    expect(frames.at(-1)!.animating).toBe(false);
    expect(sameHex(from, dest)).toBe(false);

    // The speed control is a labelled select; "Off" is kept for the next visit.
    await page.getByLabel('Animation', { exact: true }).selectOption('off');
    expect(await page.evaluate(() => localStorage.getItem('deconfliction.animSpeed'))).toBe('off');
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const renderer of ['canvas', 'webgl'] as const) {
    it(`draws the map only on change (${renderer}): idle, none and the map stays on screen; a pan, a hover, an animation draw`, async () => {
      const { page, errors } = await openPage(browser, `${inject('baseUrl')}?camp=coalition&seed=gate-e2e&renderer=${renderer}&anim=1`);
      await waitForScene(page);
      await page.locator('#game-container canvas').focus();
      await page.keyboard.press('Escape');
      await waitAnimationsDone(page);
      await animationFrames(page, 5);
      const idle = await frames(page);
      await animationFrames(page, 30);
      const later = await frames(page);
      expect(later.drawn - idle.drawn, 'frames drawn while nothing changed').toBe(0);
      expect(later.stepped - idle.stepped, 'the game still steps each frame').toBeGreaterThanOrEqual(25);
      // Undrawn frames leave the last picture on screen, in WebGL too.
      const path = await screenshot(page, `gate-idle-${renderer}`);
      const stats = await mapPixels(page);
      expect(stats.colours, path).toBeGreaterThan(20);
      expect(stats.backgroundShare, path).toBeLessThan(0.5);
      const drawnSince = async (act: () => Promise<void>, what: string) => {
        const before = (await frames(page)).drawn;
        await act();
        await nextFrame(page);
        expect((await frames(page)).drawn - before, what).toBeGreaterThan(0);
      };
      const far = (await viewUnits(page)).find((u) => u.camp !== 'coalition') ?? (await viewUnits(page))[0]!;
      await drawnSince(() => page.evaluate((h) => window.__deconfliction!.centreOn(h), far.hex), 'a pan draws');
      await screenshot(page, `gate-pan-${renderer}`);
      const own = (await viewUnits(page)).find((u) => u.camp === 'coalition' && u.mp > 0 && !u.acted)!;
      await page.evaluate((h) => window.__deconfliction!.centreOn(h), own.hex);
      await drawnSince(async () => { await clickUnit(page, own.id); }, 'a selection draws');
      const dest = (await overlay(page)).range.find((d) => d.steps >= 2)!;
      const at = await hexOnScreen(page, dest.hex);
      await drawnSince(() => page.mouse.move(at.x, at.y), 'a hover draws');
      await screenshot(page, `gate-hover-${renderer}`);
      // A move animates frame by frame: every frame of it is drawn.
      const during = await page.evaluate(() => window.__deconfliction!.frames()!.drawn);
      await page.mouse.click(at.x, at.y);
      await page.waitForFunction(() => window.__deconfliction!.animating(), undefined, { timeout: 10_000 });
      await animationFrames(page, 3);
      await screenshot(page, `gate-move-${renderer}`);
      await waitAnimationsDone(page);
      expect((await frames(page)).drawn - during, 'frames drawn during the move').toBeGreaterThan(3);
      await animationFrames(page, 5);
      const still = (await frames(page)).drawn;
      await animationFrames(page, 10);
      expect((await frames(page)).drawn, 'none again once it ends').toBe(still);
      // The last step of the animation was drawn: a frame drawn afresh now (a key asks for one) is the same picture.
      const canvas = page.locator('#game-container canvas');
      const ended = await canvas.screenshot({ path: `${SCREENS_DIR}/gate-moved-${renderer}.png` });
      await page.keyboard.press('Shift');
      await animationFrames(page, 3);
      expect((await frames(page)).drawn, 'the key drew a frame').toBeGreaterThan(still);
      expect((await canvas.screenshot()).equals(ended), 'the map as it was left equals the map drawn again').toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('the overview map shows the view and moves the camera when clicked; M hides it', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?camp=russia&seed=minimap-e2e&renderer=canvas`);
    await waitForScene(page);
    await nextFrame(page);
    await screenshot(page, 'minimap-0');
    const rect = (await page.evaluate(() => window.__deconfliction!.minimapRect()))!;
    expect(rect.width).toBeGreaterThan(80);
    const before = await camera(page);
    const hash = await page.evaluate(() => window.__deconfliction!.hash());
    const sel = await selectedId(page);
    // The top of the overview is the north of the map, far from the city where the game opens.
    await page.mouse.click(rect.x + rect.width * 0.3, rect.y + rect.height * 0.1);
    await nextFrame(page);
    const after = await camera(page);
    expect(after.centre.r).toBeLessThan(before.centre.r - 5);
    // The click was for the camera only: no command, no selection.
    expect(await page.evaluate(() => window.__deconfliction!.hash())).toBe(hash);
    expect(await selectedId(page)).toBe(sel);
    await screenshot(page, 'minimap-1-north');
    // Clicking the overview at the bottom goes south.
    await page.mouse.click(rect.x + rect.width * 0.7, rect.y + rect.height * 0.9);
    await nextFrame(page);
    expect((await camera(page)).centre.r).toBeGreaterThan(after.centre.r + 10);
    await page.locator('#game-container canvas').focus();
    await page.keyboard.press('m');
    expect(await page.evaluate(() => window.__deconfliction!.minimapRect())).toBeUndefined();
    await page.keyboard.press('m');
    expect(await page.evaluate(() => window.__deconfliction!.minimapRect())).toBeDefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('zoomed all the way out and in, names stay readable and never overlap; keys pan', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?camp=coalition&seed=zoom-e2e&renderer=canvas`);
    await waitForScene(page);
    await page.locator('#game-container canvas').focus();
    await nextFrame(page);
    const labelsNow = async (shot: string) => {
      await nextFrame(page);
      await screenshot(page, shot);
      const labels = await page.evaluate(() => window.__deconfliction!.mapLabels());
      for (const a of labels) {
        for (const b of labels) {
          if (a === b) continue;
          const overlap = a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;
          expect(overlap, `${a.text} overlaps ${b.text} in ${shot}`).toBe(false);
        }
      }
      return labels;
    };
    const normal = await labelsNow('zoom-default');
    for (let i = 0; i < 12; i++) await page.keyboard.press('-');
    expect((await camera(page)).zoom).toBeCloseTo(0.35, 2);
    const far = await labelsNow('zoom-min');
    for (let i = 0; i < 20; i++) await page.keyboard.press('+');
    expect((await camera(page)).zoom).toBeCloseTo(2.5, 2);
    const near = await labelsNow('zoom-max');
    // Keys pan: D (or Shift+Right) east, Shift+Left back west; plain arrows move the cursor instead.
    const hold = async (keys: string[]) => {
      for (const k of keys) await page.keyboard.down(k);
      await page.waitForTimeout(300);
      for (const k of [...keys].reverse()) await page.keyboard.up(k);
      await nextFrame(page);
      return (await camera(page)).centre;
    };
    const here = (await camera(page)).centre;
    const east = await hold(['d']);
    expect(east.q).toBeGreaterThan(here.q);
    const west = await hold(['Shift', 'ArrowLeft']);
    expect(west.q).toBeLessThan(east.q);
    expect(west.r).toBe(east.r);
    // The biggest objective is always named; far out the minor names give way.
    for (const labels of [normal, far, near]) expect(labels.map((l) => l.text)).toContain('Deir ez-Zor · 20');
    expect(far.length).toBeLessThan(normal.length);
    // Text height on screen (line box of 12px text) stays between small-but-legible and large.
    for (const l of [...normal, ...far, ...near]) {
      expect(l.height, l.text).toBeGreaterThan(11);
      expect(l.height, l.text).toBeLessThan(30);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an AI round animates; Escape skips it and every counter is where the view says', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?camp=russia&seed=ai-anim-e2e&renderer=canvas&anim=1`);
    await waitForScene(page);
    await waitAnimationsDone(page);
    await page.getByRole('button', { name: 'End turn' }).click();
    await page.waitForFunction(() => window.__deconfliction!.view().turn === 2 && window.__deconfliction!.session.isPlayersPhase, undefined, { timeout: 60_000 });
    expect(await page.evaluate(() => window.__deconfliction!.animating()), 'the other camps did something visible').toBe(true);
    await page.waitForTimeout(150);
    await screenshot(page, 'anim-ai-round');
    await page.locator('#game-container canvas').focus();
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => window.__deconfliction!.animating())).toBe(false);
    await nextFrame(page);
    const misplaced = await page.evaluate(() => {
      const d = window.__deconfliction!;
      const units = d.view().units;
      return units.flatMap((u) => {
        const p = d.screenPositionOf(u.id)!, h = d.screenPositionOfHex(u.hex)!;
        const stack = units.filter((x) => x.hex.q === u.hex.q && x.hex.r === u.hex.r).length;
        const slack = 5 + 6 * stack; // the 4px lift and the stacking offsets
        return Math.hypot(p.x - h.x, p.y - h.y) > slack ? [u.id] : [];
      });
    });
    expect(misplaced).toEqual([]);
    // Counters that left the view in the animation are gone with it.
    const drawn = await page.evaluate(() => ({ drawn: window.__deconfliction!.drawnUnitIds().sort(), view: window.__deconfliction!.view().units.map((u) => u.id).sort() }));
    expect(drawn.drawn).toEqual(drawn.view);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keyboard only: cursor to a unit, select, move, attack IS, then an air strike', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?camp=russia&seed=e2e-russia&renderer=canvas`);
    await waitForScene(page);
    await tabToMap(page);
    await nextFrame(page);
    await screenshot(page, 'keys-0-focus');
    const label = await page.locator('#game-container canvas').getAttribute('aria-label');
    expect(label).toMatch(/Arrow keys move the hex cursor/);

    // Select and move: the cursor's hex feeds "Under the cursor" and the path preview.
    const units = await viewUnits(page);
    const own = units.filter((u) => u.camp === 'russia' && u.mp > 0 && !u.acted);
    let moved: { id: string; dest: Hex } | undefined;
    for (const u of own) {
      await cursorTo(page, u.hex);
      expect(await page.locator('[data-testid="hover-info"]').innerText()).toContain(u.name);
      await selectByEnter(page, u.id);
      expect(await selectedId(page)).toBe(u.id);
      const dest = (await overlay(page)).range.find((d) => d.steps >= 1 && d.steps <= 2 && !units.some((x) => sameHex(x.hex, d.hex)));
      if (!dest) { await page.keyboard.press('Escape'); continue; }
      await cursorTo(page, dest.hex);
      await nextFrame(page);
      await screenshot(page, 'keys-1-path');
      await page.keyboard.press('Enter');
      moved = { id: u.id, dest: dest.hex };
      break;
    }
    expect(moved, 'some unit moved by keyboard').toBeDefined();
    const after = (await viewUnits(page)).find((u) => u.id === moved!.id)!;
    expect(after.hex).toEqual(moved!.dest);
    expect((await logLines(page)).some((l) => l.includes(`${after.name} moved to`))).toBe(true);

    // Attack: find a unit with an IS target that risks nobody else (no warning dialog), by keyboard.
    let attacked = false;
    for (const u of (await viewUnits(page)).filter((x) => x.camp === 'russia' && !x.acted)) {
      await cursorTo(page, u.hex);
      if (!(await selectByEnter(page, u.id))) continue;
      const targets = await page.evaluate(() => {
        const c = window.__deconfliction!.controller;
        return c.overlay().targets.filter((t) => !c.riskOf(t.hex, t.odds.kind)).map((t) => t.hex);
      });
      if (targets.length === 0) { await page.keyboard.press('Escape'); continue; }
      const hash = await page.evaluate(() => window.__deconfliction!.hash());
      const before = (await logLines(page)).length;
      await cursorTo(page, targets[0]!);
      await nextFrame(page);
      await screenshot(page, 'keys-2-target');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => window.__deconfliction!.hash())).not.toBe(hash);
      expect((await logLines(page)).length).toBeGreaterThan(before);
      expect((await logLines(page)).some((l) => / (assaulted|fired on) .* at \d:\d \(\d+ vs \d+\), roll [1-6]: /.test(l))).toBe(true);
      expect((await viewUnits(page)).find((x) => x.id === u.id)?.acted ?? true).toBe(true);
      attacked = true;
      break;
    }
    expect(attacked, 'some unit attacked IS by keyboard').toBe(true);

    // Air strike: the button by keyboard, back to the map, the cursor to a target, Enter.
    const air = page.locator('[data-testid="air-strike"]');
    await air.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => window.__deconfliction!.controller.mode)).toBe('air');
    await tabToMap(page, 'Shift+Tab');
    const strikes = await page.evaluate(() => {
      const c = window.__deconfliction!.controller;
      return c.overlay().strikes.filter((t) => !c.riskOf(t.hex, 'air')).map((t) => t.hex);
    });
    expect(strikes.length, 'an IS hex to strike').toBeGreaterThan(0);
    await cursorTo(page, strikes[0]!);
    const sorties = await air.innerText();
    await page.keyboard.press('Enter');
    expect((await logLines(page)).some((l) => / air strike hit .* roll [1-6]: /.test(l))).toBe(true);
    expect(await air.innerText()).not.toBe(sorties);
    // Esc cancels the selection.
    await page.keyboard.press('Escape');
    expect(await selectedId(page)).toBeNull();
    await screenshot(page, 'keys-3-done');
    expect(errors).toEqual([]);
    await page.close();
  });
});
