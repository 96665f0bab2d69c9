// Playing through the page as a player does: clicks on counters and hexes, located with the
// read-only hooks on window.__deconfliction.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Hex } from '../../src/engine';

export interface UnitInfo { id: string; name: string; camp: string; hex: Hex; mp: number; acted: boolean }

export const viewUnits = (page: Page): Promise<UnitInfo[]> =>
  page.evaluate(() => window.__deconfliction!.view().units.map((u) => ({ id: u.id, name: u.name, camp: u.camp, hex: u.hex, mp: u.mp, acted: u.acted })));

export const playerCamp = (page: Page): Promise<string> => page.evaluate(() => window.__deconfliction!.session.camp);

export const selectedId = (page: Page): Promise<string | null> => page.evaluate(() => window.__deconfliction!.controller.selectedId);

export const logLines = (page: Page): Promise<string[]> =>
  page.locator('[data-testid="log"] li').allInnerTexts();

/** Screen point of a hex, after panning the camera to it if it is off the map area or under the overview map. */
export async function hexOnScreen(page: Page, h: Hex): Promise<{ x: number; y: number }> {
  await mapSettled(page);
  const inside = async () => page.evaluate((hex) => {
    const p = window.__deconfliction!.screenPositionOfHex(hex)!;
    const r = document.getElementById('game-container')!.getBoundingClientRect();
    // The overview map in the corner takes clicks of its own.
    const m = window.__deconfliction!.minimapRect?.();
    const onMinimap = !!m && p.x > m.x - 30 && p.x < m.x + m.width + 30 && p.y > m.y - 30 && p.y < m.y + m.height + 30;
    // So do the notes over the map's corner (the attention banner, the turn summary).
    const notes = [...document.querySelectorAll('.map-notes > :not([hidden])')].map((n) => n.getBoundingClientRect());
    const onNotes = notes.some((n) => p.x > n.left - 30 && p.x < n.right + 30 && p.y > n.top - 30 && p.y < n.bottom + 30);
    const ok = p.x > r.left + 40 && p.x < r.right - 40 && p.y > r.top + 40 && p.y < r.bottom - 40 && !onMinimap && !onNotes;
    return { ...p, ok };
  }, h);
  let p = await inside();
  if (!p.ok) {
    await page.evaluate((hex) => window.__deconfliction!.centreOn(hex), h);
    await nextFrame(page);
    p = await inside();
  }
  return { x: p.x, y: p.y };
}

/**
 * Waits until the map canvas fills its container. A panel that opens or folds beside the map resizes
 * the container at once, but Phaser resizes the canvas (and re-centres the camera) on its next step;
 * a point read before that step is off by half the change once the click lands.
 */
export async function mapSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const c = document.querySelector('#game-container canvas')?.getBoundingClientRect();
    const r = document.getElementById('game-container')?.getBoundingClientRect();
    return !!c && !!r && Math.abs(c.width - r.width) < 1 && Math.abs(c.height - r.height) < 1;
  }, undefined, { timeout: 10_000 });
  await nextFrame(page);
}

export async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

/** Clicks a unit's counter until it is the selected one (a click on a stack cycles through it). */
export async function clickUnit(page: Page, unitId: string): Promise<boolean> {
  const unit = (await viewUnits(page)).find((u) => u.id === unitId);
  if (!unit) return false;
  await hexOnScreen(page, unit.hex);
  for (let i = 0; i < 3; i++) {
    const p = await page.evaluate((id) => window.__deconfliction!.screenPositionOf(id), unitId);
    if (!p) return false;
    await page.mouse.click(p.x, p.y);
    await nextFrame(page);
    if ((await selectedId(page)) === unitId) return true;
  }
  return false;
}

/** The selected unit's highlighted destinations and targets, as the scene draws them. */
export const overlay = (page: Page) => page.evaluate(() => {
  const o = window.__deconfliction!.controller.overlay();
  return {
    range: [...o.range.values()].map((d) => ({ hex: d.hex, cost: d.cost, steps: d.path.length - 1 })),
    targets: o.targets.map((t) => ({ hex: t.hex, odds: t.odds.odds, hitPct: t.odds.hitPct, kind: t.odds.kind })),
  };
});

/** Fire near the other power asks for confirmation first: confirm it if the warning is up. */
export async function confirmStrikeWarning(page: Page): Promise<boolean> {
  const dialog = page.locator('[data-testid="strike-warning"]');
  if (!(await dialog.isVisible())) return false;
  await page.locator('[data-testid="warning-confirm"]').click();
  await dialog.waitFor({ state: 'detached' });
  await nextFrame(page);
  return true;
}

/**
 * Fog of war: the counters drawn are exactly the view's units, and no unit the player has never
 * seen is named anywhere in the page (one seen earlier may stay named in the log after it went back
 * into the fog). The true state is read here only to know what must stay hidden; a leak is reported
 * with the text around it.
 */
export async function expectNoFogLeak(page: Page): Promise<void> {
  const r = await page.evaluate(() => {
    const d = window.__deconfliction!;
    const viewIds = d.view().units.map((u) => u.id).sort();
    const truth = (d.session as unknown as { snapshot(): { state: { units: { id: string; name: string }[] } } }).snapshot().state;
    const hidden = truth.units.filter((u) => !viewIds.includes(u.id));
    const unseen = hidden.filter((u) => !d.session.knowsUnit(u.id));
    const text = document.body.innerText;
    const around = (name: string): string => { const i = text.indexOf(name); return text.slice(Math.max(0, i - 80), i + name.length + 40); };
    return { viewIds, drawn: d.drawnUnitIds().sort(), hidden: hidden.length, leaked: unseen.filter((u) => text.includes(u.name)).map((u) => `${u.name}: …${around(u.name)}…`) };
  });
  expect(r.drawn).toEqual(r.viewIds);
  expect(r.hidden, 'the scenario hides some units at the start').toBeGreaterThan(0);
  expect(r.leaked).toEqual([]);
}

/** A new game opens with the briefing: press Begin if it is up (the first turn runs then). */
export async function dismissBriefing(page: Page): Promise<boolean> {
  const dialog = page.locator('#briefing');
  if (!(await dialog.isVisible())) return false;
  await page.locator('[data-testid="briefing-begin"]').click();
  await dialog.waitFor({ state: 'detached' });
  return true;
}

/** Presses End turn; with calls left to answer it asks first, and this ends the turn anyway. */
export async function pressEndTurn(page: Page): Promise<void> {
  await page.getByTestId('end-turn').click();
  const anyway = page.getByTestId('unanswered-end');
  if (await anyway.isVisible()) await anyway.click();
}

/** Presses End turn and waits for the player's next phase (or the end of the game). */
export async function endTurn(page: Page): Promise<void> {
  const turn = await page.evaluate(() => window.__deconfliction!.view().turn);
  await pressEndTurn(page);
  await page.waitForFunction((t) => {
    const d = window.__deconfliction!;
    // The map draws an AI round's changes over a few tasks after the page shows the new turn.
    return (d.view().status === 'over' || (d.view().turn === t + 1 && d.session.isPlayersPhase)) && !d.redrawing();
  }, turn, { timeout: 60_000 });
  await nextFrame(page);
}

/** Moves one of the camp's units as far as it can go; returns whether one moved. */
export async function moveAUnit(page: Page, camp: string): Promise<boolean> {
  const units = (await viewUnits(page)).filter((u) => u.camp === camp && u.mp > 0 && !u.acted);
  for (const u of units) {
    if (!(await clickUnit(page, u.id))) continue;
    const dest = (await overlay(page)).range.filter((d) => d.steps > 0).sort((a, b) => b.cost - a.cost)[0];
    if (!dest) continue;
    const p = await hexOnScreen(page, dest.hex);
    await page.mouse.click(p.x, p.y);
    await nextFrame(page);
    const moved = (await viewUnits(page)).find((v) => v.id === u.id);
    if (moved && (moved.hex.q !== u.hex.q || moved.hex.r !== u.hex.r)) return true;
  }
  return false;
}

/** Ends a hot-seat team's turn and waits for the handover to the next team (or the game's end). */
export async function endTeamTurn(page: Page): Promise<void> {
  await pressEndTurn(page);
  await page.waitForFunction(() => {
    const s = window.__deconfliction!.session;
    return s.handoverTo !== null || s.status === 'over';
  }, undefined, { timeout: 120_000 });
}
