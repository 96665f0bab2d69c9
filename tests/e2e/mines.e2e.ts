// Car bombs and minefields on the map, through the replay viewer of a golden game: the all-seeing
// view marks every live field and draws the car bombs; the coalition's view marks no field at the
// start and, at the end, exactly the fields that went off.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { replayFragment } from '../../src/replay/link';
import { parseReplayText } from '../../src/replay/parse';
import { verifyReplay } from '../../src/replay/verify';
import { builtinScenario } from '../../src/scenarios';
import { launchBrowser, openPage, screenshot, waitForScene } from './browser';
import { nextFrame } from './game';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('car bombs and minefields in the browser', () => {
  it('marks live fields only for the all-seeing view, and spent ones for the coalition', async () => {
    const parsed = parseReplayText(readFileSync('tests/golden/coalition-wins.json', 'utf8'), builtinScenario);
    if (!parsed.ok) throw new Error(parsed.message);
    const v = verifyReplay(parsed.scenario, parsed.replay);
    if (!v.ok) throw new Error(v.message);
    const spent = [...v.state.mines.known].sort();
    expect(spent.length).toBeGreaterThan(0);

    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?anim=off&renderer=canvas${replayFragment(parsed.replay)}`);
    await page.waitForFunction(() => !!window.__deconfliction?.replay, undefined, { timeout: 60_000 });
    await waitForScene(page);
    await nextFrame(page);
    const live = (parsed.scenario.data.mines?.hexes ?? []).map(([q, r]) => `${q},${r}`).sort();
    expect((await page.evaluate(() => window.__deconfliction!.mineMarkers())).sort()).toEqual(live);
    expect(await page.evaluate(() => window.__deconfliction!.drawnUnitIds())).toContain('is-vbied-industrial');

    await page.locator('[data-testid="viewpoint-coalition"]').check();
    await nextFrame(page);
    expect(await page.evaluate(() => window.__deconfliction!.mineMarkers())).toEqual([]);
    await page.evaluate(() => window.__deconfliction!.replay!.seek(1e9));
    await nextFrame(page);
    expect((await page.evaluate(() => window.__deconfliction!.mineMarkers())).sort()).toEqual(spent);
    await page.evaluate((h) => window.__deconfliction!.centreOn(h), { q: Number(spent[0]!.split(',')[0]), r: Number(spent[0]!.split(',')[1]) });
    await nextFrame(page);
    await screenshot(page, 'mines-spent-field');
    expect(errors).toEqual([]);
    await page.close();
  });
});
