// Replays in Chromium. Every golden replay (tests/golden/*.json) opens from its link, and one from the
// file picker, and the page's own verification ends on the same final hash as Node's verifyReplay.
// A game played in the page downloads a replay that Node verifies to the page's hash, and its link
// opens in a fresh context on that hash. Bad input is named in a role=alert banner; the page goes on
// working and the save slot is never written while watching. Screenshots in test-results/screens.
import { readFileSync, readdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hashState } from '../../src/engine';
import type { Replay } from '../../src/replay/format';
import { replayFragment } from '../../src/replay/link';
import { parseReplayText } from '../../src/replay/parse';
import { verifyReplay } from '../../src/replay/verify';
import { builtinScenario } from '../../src/scenarios';
import { launchBrowser, openPage, screenshot, waitForScene, openInContext } from './browser';
import { clickUnit, hexOnScreen, nextFrame, overlay, pressEndTurn, viewUnits } from './game';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const GOLDEN_DIR = 'tests/golden';
const KEY = 'deconfliction.save.deir-ez-zor-2017';
const goldens = readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.json')).sort();

/** Node's verdict on a replay's text: its final hash and states per command (for turn positions). */
function nodeVerify(text: string): { replay: Replay; finalHash: string; messages: number; turnStart: (turn: number) => number } {
  const parsed = parseReplayText(text, builtinScenario);
  if (!parsed.ok) throw new Error(parsed.message);
  const v = verifyReplay(parsed.scenario, parsed.replay, { keepStates: true });
  if (!v.ok) throw new Error(v.message);
  return { replay: parsed.replay, finalHash: hashState(v.state), messages: v.state.crisis.messages.length, turnStart: (t) => v.states!.findIndex((s) => s.turn >= t) };
}

const base = (): string => inject('baseUrl');
const linkTo = (replay: Replay, turn?: number): string => `${base()}?anim=off&renderer=canvas${replayFragment(replay, turn)}`;

async function replayPage(page: Page): Promise<{ finalHash: string; commands: number; position: number }> {
  await page.waitForFunction(() => !!window.__deconfliction?.replay, undefined, { timeout: 60_000 });
  return page.evaluate(() => {
    const r = window.__deconfliction!.replay!;
    return { finalHash: r.finalHash, commands: r.commands, position: r.position() };
  });
}

const alertText = (page: Page): Promise<string> => page.locator('[data-testid="replay-error"]').innerText();

/** Serious and critical axe violations on the page now. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}


/** Drops a file with `text` on the page, as a drag from the desktop does. */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(([n, t]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t!], n!, { type: 'application/json' }));
    document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [name, text]);
}

describe('golden replays in Chromium', () => {
  it('there are golden replays to check', () => {
    expect(goldens.length).toBeGreaterThanOrEqual(3);
  });

  for (const file of goldens) {
    it(`${file}: the link plays to Node's final hash`, async () => {
      const node = nodeVerify(readFileSync(`${GOLDEN_DIR}/${file}`, 'utf8'));
      const { page, errors } = await openPage(browser, linkTo(node.replay));
      const r = await replayPage(page);
      expect(r.commands).toBe(node.replay.commands.length);
      expect(r.finalHash).toBe(node.finalHash);
      expect(await page.locator('[data-testid="replay-final-hash"]').innerText()).toBe(node.finalHash);
      expect(r.position, 'a link without a turn opens at the start').toBe(0);
      expect(await page.locator('#start-menu').count()).toBe(0);
      expect(await page.evaluate((k) => localStorage.getItem(k), KEY), 'watching never saves').toBeNull();
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('opens from the file picker, at a turn from a link, and steps, scrubs and switches viewpoint', async () => {
    const file = `${GOLDEN_DIR}/${goldens[0]}`;
    const node = nodeVerify(readFileSync(file, 'utf8'));
    const { page, errors } = await openPage(browser, `${base()}?renderer=canvas`);
    await page.evaluate((k) => localStorage.setItem(k, 'kept'), KEY);
    await page.locator('#start-menu').waitFor();
    await screenshot(page, 'replay-1-menu-with-open-button');
    await page.locator('[data-testid="replay-file"]').setInputFiles(file);
    const r = await replayPage(page);
    expect(r.finalHash).toBe(node.finalHash);
    await waitForScene(page);

    // Forward to the end: the state the page serves there is Node's final state.
    await page.evaluate(() => window.__deconfliction!.replay!.seek(1e9));
    expect(await page.evaluate(() => window.__deconfliction!.hash())).toBe(node.finalHash);
    await nextFrame(page);
    await screenshot(page, 'replay-2-end-all-seeing');
    expect(await page.locator('[data-testid="replay-transcript"] li').count()).toBe(node.messages);

    // Turn buttons and single steps move through recorded states.
    await page.locator('[data-testid="replay-position"]').fill('0');
    await page.locator('[data-testid="replay-turn-forward"]').click();
    expect(await page.evaluate(() => window.__deconfliction!.replay!.position())).toBe(node.turnStart(2));
    await page.locator('[data-testid="replay-step"]').click();
    expect(await page.evaluate(() => window.__deconfliction!.replay!.position())).toBe(node.turnStart(2) + 1);
    await page.locator('[data-testid="replay-step-back"]').click();
    await page.locator('[data-testid="replay-step-back"]').click();
    expect(await page.evaluate(() => window.__deconfliction!.replay!.position())).toBe(node.turnStart(2) - 1);

    // Coalition viewpoint: fog. The map draws only what the coalition sees, fewer than all.
    await page.evaluate(() => window.__deconfliction!.replay!.seek(200));
    const all = await page.evaluate(() => window.__deconfliction!.view().units.length);
    await page.locator('[data-testid="viewpoint-coalition"]').check();
    await nextFrame(page);
    const fogged = await page.evaluate(() => ({ n: window.__deconfliction!.view().units.length, ids: window.__deconfliction!.view().units.map((u) => u.id).sort(), drawn: window.__deconfliction!.drawnUnitIds().sort() }));
    expect(fogged.n).toBeLessThan(all);
    expect(fogged.drawn).toEqual(fogged.ids);
    // No unit the coalition cannot see is named anywhere in the page, at any of the next commands: only
    // those in its view, or in its view before the last command (whose events it was told live).
    for (let i = 0; i < 15; i++) {
      const leaked = await page.evaluate(() => {
        const d = window.__deconfliction!;
        const truth = (d.session as unknown as { current: { units: { id: string; name: string }[] } }).current.units;
        const seen = new Set(d.view().units.map((u) => u.id));
        const text = document.getElementById('hud')!.innerText;
        return truth.filter((u) => !seen.has(u.id) && !d.session.knowsUnit(u.id) && text.includes(u.name)).map((u) => u.name);
      });
      expect(leaked).toEqual([]);
      await page.locator('[data-testid="replay-step"]').click();
    }
    await screenshot(page, 'replay-3-coalition-fog');

    // Play advances by itself; pause stops it.
    await page.locator('[data-testid="replay-speed"]').selectOption('60');
    await page.locator('[data-testid="replay-play"]').click();
    await page.waitForFunction(() => window.__deconfliction!.replay!.position() > 210);
    await page.locator('[data-testid="replay-play"]').click();
    const stopped = await page.evaluate(() => window.__deconfliction!.replay!.position());
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => window.__deconfliction!.replay!.position())).toBe(stopped);
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY), 'the save is untouched').toBe('kept');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a link with turn=N opens at the first command of turn N', async () => {
    const node = nodeVerify(readFileSync(`${GOLDEN_DIR}/${goldens[0]}`, 'utf8'));
    const { page } = await openInContext(browser, linkTo(node.replay, 5).replace('anim=off', 'anim=4'));
    const r = await replayPage(page);
    expect(r.position).toBe(node.turnStart(5));
    await waitForScene(page);
    expect(await page.locator('[data-testid="replay-where"]').innerText()).toMatch(/^Turn 5 of 20/);
    await screenshot(page, 'replay-4-turn-5');
    // A single step forward animates its events; the page then settles on the recorded state.
    await page.locator('[data-testid="replay-step"]').click();
    await page.waitForFunction(() => !window.__deconfliction!.animating(), undefined, { timeout: 10_000 });
    expect(await page.evaluate(() => window.__deconfliction!.drawnUnitIds().sort())).toEqual(await page.evaluate(() => window.__deconfliction!.view().units.map((u) => u.id).sort()));
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});

describe('bad replays', () => {
  const golden = (): Replay => structuredClone(nodeVerify(readFileSync(`${GOLDEN_DIR}/${goldens[0]}`, 'utf8')).replay);
  /** The golden game with its final checkpoint removed and its last three commands dropped. */
  function unchecked(): Replay {
    const r = golden();
    r.checkpoints.pop();
    r.commands.splice(-3);
    r.draws.splice(-3);
    return r;
  }
  /** What the page must say of it: the commands after the last checkpoint left are unchecked. */
  const uncheckedMessage = (() => {
    const r = unchecked();
    return new RegExp(`cannot be verified: ${r.commands.length - r.checkpoints.at(-1)!.command} commands are unchecked`);
  })();

  it('a malformed fragment is named, the menu still starts a game, and the save is untouched', async () => {
    const { page, errors } = await openInContext(browser, `${base()}?anim=off&renderer=canvas#replay=not*base64!`);
    await page.locator('[data-testid="replay-error"]').waitFor();
    expect(await alertText(page)).toMatch(/damaged: it is not base64url text/);
    expect(await page.locator('[role="alert"][data-testid="replay-error"]').count()).toBe(1);
    await screenshot(page, 'replay-5-bad-fragment');
    expect(await violations(page)).toEqual([]);
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
    await page.locator('#start-button').click();
    await waitForScene(page);
    expect(await page.evaluate(() => window.__deconfliction!.session.isPlayersPhase)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('wrong scenario hash, unknown version and an illegal command in links are each named', async () => {
    const cases: [Replay, RegExp][] = [
      [{ ...golden(), scenario: { id: 'deir-ez-zor-2017', hash: '0123456789abcdef' } }, /made on other data/],
      [{ ...golden(), version: 9 as never }, /version 9 is not known/],
      [(() => { const r = golden(); r.commands[1] = { type: 'move', unit: 'tiger-1', to: { q: 60, r: 2 } }; return r; })(), /Command #2 .* is illegal at its point/],
      [unchecked(), uncheckedMessage],
    ];
    for (const [replay, message] of cases) {
      const { page, errors } = await openPage(browser, linkTo(replay));
      await page.locator('[data-testid="replay-error"]').waitFor();
      expect(await alertText(page)).toMatch(message);
      await page.locator('#start-menu').waitFor();
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  // Issue 18: the verifier's reason was quoted in English whatever the page's language.
  it('an illegal command, a desync and an unchecked tail are told in Russian and Arabic, with no English sentence', async () => {
    const desync = golden();
    desync.draws[3] = desync.draws[3]! + 1;
    const illegal = golden();
    illegal.commands[1] = { type: 'move', unit: 'tiger-1', to: { q: 60, r: 2 } };
    const tail = unchecked();
    const cases: [string, Replay, RegExp][] = [
      ['ru', illegal, /Запись не воспроизводится: Команда № 2 \(tiger-1: марш в 60,2, ход 1\) в этот момент недопустима: /],
      ['ru', desync, /Запись не воспроизводится: Расхождение на команде № 4 /],
      ['ar', desync, /لا يمكن إعادة تشغيل التسجيل: عدم تطابق عند الأمر رقم 4 /],
      ['ar', tail, new RegExp(`لا يمكن التحقق من التسجيل: عدد الأوامر التي لم يُتحقق منها: ${tail.commands.length - tail.checkpoints.at(-1)!.command}؛`)],
    ];
    for (const [lang, replay, message] of cases) {
      const { page, errors } = await openPage(browser, linkTo(replay).replace('?', `?lang=${lang}&`));
      await page.locator('[data-testid="replay-error"]').waitFor();
      const text = await alertText(page);
      expect(text).toMatch(message);
      // Unit ids (tiger-1, ru-advisers) are data as recorded; no English word is left.
      expect(text.replace(/[a-z]+(?:-[a-z0-9]+)+/g, '').match(/[A-Za-z]{2,}/g)).toBeNull();
      if (lang === 'ar' && replay === desync) await screenshot(page, 'replay-6c-desync-arabic');
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('files: truncated, hand-edited, over 5 MB (refused unread) are named and the menu stays', async () => {
    const { page, errors } = await openPage(browser, `${base()}?renderer=canvas`);
    await page.locator('#start-menu').waitFor();
    const text = JSON.stringify(golden());
    const input = page.locator('[data-testid="replay-file"]');
    const cases: [string, Buffer, RegExp][] = [
      ['cut.json', Buffer.from(text.slice(0, text.length / 2)), /not valid JSON \(the file looks cut short\)/],
      ['edited.json', Buffer.from(text.replace('"seed":"', '"seed":"x')), /Desync|illegal|differs/],
      ['huge.json', Buffer.alloc(5 * 1024 * 1024 + 10, 32), /over the 5 MB limit/],
      ['unchecked.json', Buffer.from(JSON.stringify(unchecked())), uncheckedMessage],
    ];
    for (const [name, buffer, message] of cases) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer });
      await expect.poll(() => alertText(page).catch(() => '')).toMatch(message);
      if (name === 'huge.json') await screenshot(page, 'replay-6-file-too-large');
      if (name === 'unchecked.json') await screenshot(page, 'replay-6b-file-unchecked');
      expect(await page.locator('#start-menu').isVisible()).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a game played in the page', () => {
  it('downloads a replay Node verifies to the page\'s hash; its link opens elsewhere on that hash; undo', async () => {
    const { page, errors } = await openInContext(browser, `${base()}?camp=coalition&seed=replay-e2e&briefing=off&renderer=canvas&anim=off`);
    await waitForScene(page);
    expect(await page.locator('[data-testid="game-code"]').innerText()).toBe('DEZ17-replay-e2e');
    expect(await violations(page), 'Undo and the Replay section are accessible').toEqual([]);
    const undo = page.locator('[data-testid="undo"]');
    expect(await undo.isDisabled()).toBe(true);
    expect(await undo.getAttribute('title')).toMatch(/Nothing to undo/);

    // Move units until one move can be undone (no dice, nothing revealed): Ctrl+Z brings its hash back.
    // A move that cannot be undone says why on the button. Then one move is kept for the record.
    const moveOne = async (unitId: string): Promise<boolean> => {
      if (!(await clickUnit(page, unitId))) return false;
      const range = (await overlay(page)).range.filter((d) => d.steps > 0).sort((a, b) => a.steps - b.steps);
      if (range.length === 0) return false;
      const before = await page.evaluate(() => window.__deconfliction!.hash());
      const p = await hexOnScreen(page, range[0]!.hex);
      await page.mouse.click(p.x, p.y);
      await nextFrame(page);
      return (await page.evaluate(() => window.__deconfliction!.hash())) !== before;
    };
    const own = (await viewUnits(page)).filter((u) => u.camp === 'coalition' && u.mp > 0);
    let undone: string | undefined;
    for (const u of own) {
      const before = await page.evaluate(() => window.__deconfliction!.hash());
      if (!(await moveOne(u.id))) continue;
      if (await undo.isEnabled()) {
        await screenshot(page, 'replay-7-after-move');
        await page.locator('section.orders').screenshot({ path: 'test-results/screens/replay-7b-undo-among-orders.png' });
        await page.keyboard.press('Control+z');
        expect(await page.evaluate(() => window.__deconfliction!.hash())).toBe(before);
        expect(await undo.isDisabled()).toBe(true);
        undone = u.id;
        break;
      }
      expect(await undo.getAttribute('title')).toMatch(/dice|revealed|consequences/);
    }
    expect(undone, 'some opening move can be undone').toBeDefined();
    expect(await moveOne(undone!)).toBe(true);

    // End the turn; the AI plays; then download.
    await pressEndTurn(page);
    await page.waitForFunction(() => window.__deconfliction!.view().turn === 2 && window.__deconfliction!.session.isPlayersPhase, undefined, { timeout: 60_000 });
    const pageHash = await page.evaluate(() => window.__deconfliction!.hash());
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="download-replay"]').click()]);
    expect(download.suggestedFilename()).toBe('deconfliction-DEZ17-replay-e2e-turn2.json');
    const text = readFileSync((await download.path())!, 'utf8');
    const node = nodeVerify(text);
    expect(node.finalHash).toBe(pageHash);
    expect(node.replay.players.coalition).toEqual({ kind: 'human' });

    // Copy link: shown in its field; a fresh context opens it on the same final hash.
    await page.locator('[data-testid="copy-replay-link"]').click();
    // The link's compression loads on the first copy: the field fills a moment after the click.
    await expect.poll(() => page.locator('#replay-link').inputValue()).toMatch(/#replay=[A-Za-z0-9_-]+$/);
    const link = await page.locator('#replay-link').inputValue();
    await screenshot(page, 'replay-8-link-shown');
    expect(errors).toEqual([]);
    const fresh = await openPage(browser, link);
    expect((await replayPage(fresh.page)).finalHash).toBe(pageHash);
    await waitForScene(fresh.page);
    await screenshot(fresh.page, 'replay-9-link-in-fresh-context');
    expect(fresh.errors).toEqual([]);
    await fresh.page.close();
    await page.close();
  });

  it('a replay file dropped on the menu opens the viewer; dropped during a game, the page reloads into it', async () => {
    const text = readFileSync(`${GOLDEN_DIR}/${goldens.at(-1)}`, 'utf8');
    const node = nodeVerify(text);
    const menu = await openPage(browser, `${base()}?renderer=canvas`);
    await menu.page.locator('#start-menu').waitFor();
    await dropFile(menu.page, 'bad.json', '{"format":"deconfliction-replay"');
    expect(await alertText(menu.page)).toMatch(/not valid JSON/);
    await dropFile(menu.page, goldens.at(-1)!, text);
    expect((await replayPage(menu.page)).finalHash).toBe(node.finalHash);
    expect(await menu.page.locator('[data-testid="replay-error"]').count(), 'the old message goes').toBe(0);
    await menu.page.close();

    const game = await openPage(browser, `${base()}?camp=russia&seed=drop-e2e&briefing=off&renderer=canvas`);
    await waitForScene(game.page);
    await Promise.all([game.page.waitForEvent('load'), dropFile(game.page, goldens.at(-1)!, text)]);
    expect((await replayPage(game.page)).finalHash).toBe(node.finalHash);
    expect(game.errors).toEqual([]);
    await game.page.close();
  });

  it('a game code in the address fills the menu\'s seed', async () => {
    const { page } = await openPage(browser, `${base()}?code=DEZ17-k3x9q`);
    await page.locator('#start-menu').waitFor();
    expect(await page.locator('#seed').inputValue()).toBe('k3x9q');
    await page.close();
  });

  it('a bad game code is named as a game code, not a replay', async () => {
    const { page, errors } = await openPage(browser, `${base()}?code=javascript:alert(1)`);
    await page.locator('#start-menu').waitFor();
    const text = await alertText(page);
    expect(text).toMatch(/^This game code cannot be used\.\s+"javascript:alert\(1\)" is not a game code/);
    expect(text).not.toMatch(/replay/i);
    await screenshot(page, 'replay-9-bad-game-code');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a replay file that starts with a UTF-8 byte-order mark opens', async () => {
    const text = readFileSync(`${GOLDEN_DIR}/${goldens[0]}`, 'utf8');
    const node = nodeVerify(text);
    const { page, errors } = await openPage(browser, `${base()}?renderer=canvas`);
    await page.locator('#start-menu').waitFor();
    await page.locator('[data-testid="replay-file"]').setInputFiles({ name: 'bom.json', mimeType: 'application/json', buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]) });
    expect((await replayPage(page)).finalHash).toBe(node.finalHash);
    expect(await page.locator('[data-testid="replay-error"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
