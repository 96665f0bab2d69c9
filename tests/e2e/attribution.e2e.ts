// In Chromium, as a player and a teacher read it: the replay viewer names the winner by camp name, the
// exercise setup lists injects by turn, and the review of a game with injects puts what they did on
// Control, never on a team. Screenshots in test-results/screens/attribution-*.png.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Command, applyCommand, newGame } from '../../src/engine';
import { replayFromCommands } from '../../src/replay/fromCommands';
import { replayFragment } from '../../src/replay/link';
import { parseReplayText } from '../../src/replay/parse';
import { builtinScenario } from '../../src/scenarios';
import { launchBrowser, openInContext, openPage, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });
const base = (): string => inject('baseUrl');

function golden(name: string) {
  const p = parseReplayText(readFileSync(`tests/golden/${name}.json`, 'utf8'), builtinScenario);
  if (!p.ok) throw new Error(p.message);
  return p;
}

describe('who did what, in words', () => {
  it('the replay viewer says "Government side wins", not "russia wins"', async () => {
    const { page, errors } = await openPage(browser, `${base()}?anim=off&renderer=canvas${replayFragment(golden('russia-wins').replay)}`);
    const verified = page.getByTestId('replay-verified');
    await verified.waitFor({ timeout: 60_000 });
    expect(await verified.innerText()).toContain('Outcome: Government side wins.');
    expect(await verified.innerText()).not.toMatch(/\brussia\b/);
    await screenshot(page, 'attribution-viewer-outcome');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the exercise setup lists the injects by turn', async () => {
    const { page, errors } = await openPage(browser, base());
    await page.getByTestId('run-exercise').click();
    await page.getByTestId('exercise-setup').waitFor();
    const labels = await page.locator('[data-testid="ex-injects"] label').allInnerTexts();
    const turns = labels.map((t) => Number(/— turn (\d+)/.exec(t)?.[1]));
    expect(turns.length).toBe(builtinScenario('deir-ez-zor-2017')!.injects.length);
    expect(turns.length).toBeGreaterThan(1);
    expect(turns).toEqual([...turns].sort((a, b) => a - b));
    await page.getByTestId('ex-injects').scrollIntoViewIfNeeded();
    await screenshot(page, 'attribution-setup-injects');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the review of a game with injects names Control as their author, never the Russia team', async () => {
    // The russia-wins game to turn 4, then Control fires the 16 Sep strike and Russia's public warning.
    const g = golden('russia-wins');
    let s = newGame(g.scenario, g.replay.seed);
    const commands: Command[] = [];
    for (const c of g.replay.commands) {
      if (s.turn >= 4) break;
      const r = applyCommand(g.scenario, s, c);
      if (!r.ok) throw new Error(r.error.message);
      s = r.state;
      commands.push(c);
    }
    commands.push({ type: 'inject', inject: { kind: 'scenario', id: 'strike-16-sep' } }, { type: 'inject', inject: { kind: 'scenario', id: 'public-warning-21-sep' } });
    const replay = replayFromCommands(g.scenario, g.replay.seed, g.replay.players, commands);
    const { page, errors } = await openInContext(browser, `${base()}class.html${replayFragment(replay)}`, { height: 900 });
    const timeline = page.getByTestId('timeline');
    await timeline.waitFor({ timeout: 60_000 });
    const rows = await timeline.locator('tr').allInnerTexts();
    const injectRows = rows.filter((r) => /inject J\d/i.test(r));
    expect(injectRows.length).toBeGreaterThanOrEqual(5); // two injects, an incident each, the warning's message
    for (const r of injectRows) expect(r, r).not.toMatch(/^Government side\b|caused by Russia|; Russia\)/);
    expect(rows.filter((r) => /^Control\b/.test(r) && r.includes('caused by Control (inject J1)'))).toHaveLength(1);
    expect(rows.some((r) => /^Control\b.*Control \(inject J2\) in Russia's name to Coalition/.test(r))).toBe(true);
    const transcript = await page.locator('#review-transcript').innerText();
    expect(transcript).toContain('Control (inject J2) in Russia\'s name to Coalition');
    await timeline.locator('tr', { hasText: 'caused by Control (inject J1)' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'attribution-review-timeline');
    expect(errors).toEqual([]);
    await page.close();
  });
});
