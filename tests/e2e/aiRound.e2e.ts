// The page keeps drawing while the AI camps play: the AI's round runs in slices between frames, so
// animation frames keep coming (and show the "moving" state) between End turn and the round landing.
// Behaviour only; how long those frames take is measured by `npm run bench:browser` (aiTurn figures).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, waitForScene } from './browser';
import { endTurn, logLines } from './game';

let browser: import('playwright-core').Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

interface Frame { aiRunning: boolean; phase: string; turn: number }

describe('AI round', () => {
  it('frames keep being drawn between End turn and the round landing, and show the other camps moving', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?camp=coalition&seed=ai-frames-e2e&renderer=canvas&anim=1`);
    await waitForScene(page);
    await page.waitForFunction(() => !window.__deconfliction!.animating(), undefined, { timeout: 30_000 });
    const frames = await page.evaluate(() => new Promise<Frame[]>((resolve) => {
      const d = window.__deconfliction!;
      const end = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'End turn')!;
      const turn = d.view().turn;
      const out: Frame[] = [];
      const tick = (): void => {
        // Sampled in each frame: the AI is still at work while it is nobody's phase of the player's.
        const phase = document.querySelector('[data-testid="phase"]')?.textContent ?? '';
        out.push({ aiRunning: !d.session.isPlayersPhase, phase, turn: d.view().turn });
        if (d.session.isPlayersPhase && d.view().turn !== turn) resolve(out);
        else requestAnimationFrame(tick);
      };
      end.click();
      requestAnimationFrame(tick);
    }));
    const during = frames.filter((f) => f.aiRunning);
    // However short the round, the page draws between the end of the phase and the round landing.
    expect(during.length, 'frames drawn while the AI played').toBeGreaterThan(0);
    // Those frames show the round under way, not a frozen page.
    expect(during.every((f) => / is moving…$/.test(f.phase)), JSON.stringify(during.map((f) => f.phase))).toBe(true);
    expect(frames.at(-1)!.turn).toBe(2);
    expect(await page.locator('[data-testid="turn"]').innerText()).toMatch(/^Turn 2 of \d+/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the event log shows the controller\'s lines, newest first, round after round (new lines are added, old ones dropped)', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?camp=russia&seed=ai-log-e2e&renderer=canvas`);
    await waitForScene(page);
    const expected = () => page.evaluate(() => [...window.__deconfliction!.controller.log].reverse().map((l) => `T${l.turn} ${l.text}`));
    let longest = 0;
    for (let round = 0; round < 6; round++) {
      await endTurn(page);
      const want = await expected();
      longest = Math.max(longest, want.length);
      expect(await logLines(page)).toEqual(want);
    }
    expect(longest, 'the log filled up to its cap, so old lines were dropped').toBe(60);
    expect(errors).toEqual([]);
    await page.close();
  });
});
