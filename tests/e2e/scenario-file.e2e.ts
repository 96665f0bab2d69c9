// The start menu's scenarios: every built-in one with its turns, dates and class time; a scenario
// file loaded from disk, validated as `npm run scenario -- validate` does: a broken, a malformed and
// an oversized file are refused with their errors by path and the page stays usable; a good file
// joins the list and plays.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { SCENARIO_IDS } from '../../src/scenarios';
import { launchBrowser, openPage, screenshot, waitForScene } from './browser';
import { endTurn } from './game';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const dir = mkdtempSync(join(tmpdir(), 'scenario-file-e2e-'));
/** The main scenario as a custom one of 6 turns (its injects and late reinforcements trimmed to fit). */
function customFile(): string {
  const s = JSON.parse(readFileSync('assets/scenarios/deir-ez-zor-2017.json', 'utf8'));
  s.id = 'custom-crossing';
  s.title = 'A custom crossing';
  s.turns = 6;
  s.classMinutes = 45;
  s.injects = s.injects.filter((j: { turn: number }) => j.turn <= 6);
  s.units = s.units.filter((u: { arrives?: number }) => (u.arrives ?? 1) <= 6);
  s.objectives = s.objectives.filter((o: { id: string }) => o.id !== 'bukamal'); // too far for 6 turns
  const file = join(dir, 'custom.json');
  writeFileSync(file, JSON.stringify(s, null, 2));
  return file;
}

it('lists every scenario with its length and class time, refuses broken files by path, and plays a good one', async () => {
  const { page, errors } = await openPage(browser, `${inject('baseUrl')}?renderer=canvas&anim=off`);
  await page.locator('#start-menu').waitFor();
  const options = await page.locator('#scenario option').allInnerTexts();
  expect(options.length).toBe(SCENARIO_IDS.length);
  expect(options[SCENARIO_IDS.indexOf('deir-ez-zor-2017')]).toBe('The race for Deir ez-Zor, 9 September 2017 — 20 turns, about 120 min');
  expect(await page.getByTestId('scenario-facts').innerText()).toBe('20 turns of 2 days, 9 Sep 2017 to 17 Oct 2017; about 120 minutes of class.');

  await page.locator('[data-testid="scenario-file-section"] summary').click();
  const input = page.getByTestId('scenario-file');
  const status = page.getByTestId('scenario-file-status');
  // The broken fixture: each fault named by its path.
  await input.setInputFiles('tests/fixtures/scenarios/broken.json');
  await page.getByTestId('scenario-file-errors').waitFor();
  const listed = await page.getByTestId('scenario-file-errors').innerText();
  for (const path of ['units[6].hex', 'units[7].hex', 'units[10].hex', 'objectives[7].hex', 'injects[1].turn', 'injects[3].id']) expect(listed).toContain(path);
  expect(await status.innerText()).toContain('broken.json cannot be played (11 errors)');
  await screenshot(page, 'scenario-file-1-broken');
  // Malformed and oversized files: one clear error at the root.
  await input.setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from('{"id": "x", "units": [') });
  await page.waitForFunction(() => document.querySelector('[data-testid="scenario-file-status"]')?.textContent?.includes('cut.json'));
  expect(await status.innerText()).toMatch(/\(root\): not valid JSON/);
  await input.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(1024 * 1024 + 10, 32) });
  await page.waitForFunction(() => document.querySelector('[data-testid="scenario-file-status"]')?.textContent?.includes('huge.json'));
  expect(await status.innerText()).toMatch(/\(root\): the file is 1025 KB, more than the 1024 KB limit/);
  // The built-in's own id is refused: a loaded file never stands in for a built-in scenario.
  await input.setInputFiles('assets/scenarios/deir-ez-zor-2017.json');
  await page.waitForFunction(() => document.querySelector('[data-testid="scenario-file-status"]')?.textContent?.includes('deir-ez-zor-2017.json'));
  expect(await status.innerText()).toContain('id: "deir-ez-zor-2017" is a built-in scenario\'s id');
  expect(await page.locator('#scenario option').count()).toBe(SCENARIO_IDS.length); // the list is as it was

  // A good file joins the list, selected, and plays.
  await input.setInputFiles(customFile());
  await page.waitForFunction(() => document.querySelector('[data-testid="scenario-file-status"]')?.textContent?.includes('Loaded custom.json'));
  expect(await page.locator('#scenario').inputValue()).toBe('custom-crossing');
  expect(await page.getByTestId('scenario-facts').innerText()).toBe('Loaded from a file (not saved as you play). 6 turns of 2 days, 9 Sep 2017 to 19 Sep 2017; about 45 minutes of class.');
  await screenshot(page, 'scenario-file-2-loaded');
  await page.locator('#seed').fill('custom-e2e');
  await page.locator('#start-button').click();
  await waitForScene(page);
  const game = await page.evaluate(() => ({ id: window.__deconfliction!.session.scenario.id, turns: window.__deconfliction!.session.scenario.data.turns }));
  expect(game).toEqual({ id: 'custom-crossing', turns: 6 });
  await endTurn(page);
  expect(await page.evaluate(() => window.__deconfliction!.session.view().turn)).toBe(2);
  await screenshot(page, 'scenario-file-3-playing');
  // Not saved: no save of it, and no replay offered for a scenario no build could open again.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('custom-crossing')))).toEqual([]);
  expect(await page.getByTestId('download-replay').count()).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});
