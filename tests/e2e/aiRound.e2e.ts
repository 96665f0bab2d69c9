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
  it('frames keep being drawn between End turn and the rounds landing, and show the other camps moving', async () => {
    // Playing russia: the rounds after the first few End turns take the AI several frames' time here.
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?camp=russia&seed=ai-frames-e2e&renderer=canvas&anim=1`);
    await waitForScene(page);
    const during: Frame[] = [];
    for (let round = 0; round < 4; round++) {
      await page.waitForFunction(() => !window.__deconfliction!.animating(), undefined, { timeout: 30_000 });
      const frames = await page.evaluate(() => new Promise<Frame[]>((resolve) => {
        const d = window.__deconfliction!;
        const end = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'End turn')!;
        const turn = d.view().turn;
        const out: Frame[] = [];
        const tick = (): void => {
          // Sampled in each frame: the AI is at work while it is not the player's phase.
          const phase = document.querySelector('[data-testid="phase"]')?.textContent ?? '';
          out.push({ aiRunning: !d.session.isPlayersPhase, phase, turn: d.view().turn });
          if (d.session.isPlayersPhase && d.view().turn !== turn) resolve(out);
          else requestAnimationFrame(tick);
        };
        end.click();
        // Calls left unanswered: End turn asks first (src/ui/unansweredCalls.ts); end anyway.
        (document.querySelector('[data-testid="unanswered-end"]') as HTMLButtonElement | null)?.click();
        requestAnimationFrame(tick);
      }));
      expect(frames.at(-1)!.turn).toBe(round + 2);
      during.push(...frames.filter((f) => f.aiRunning));
    }
    // A page frozen for the AI's rounds would draw no frame until they landed.
    expect(during.length, 'frames drawn while the AI played').toBeGreaterThan(1);
    // Those frames show the rounds under way.
    expect(during.every((f) => / is moving…$/.test(f.phase)), JSON.stringify(during.map((f) => f.phase))).toBe(true);
    expect(await page.locator('[data-testid="turn"]').innerText()).toMatch(/^Turn 5 of \d+/);
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
