// The game page's first load, by structure, not by time (issue 19): the built index.html modulepreloads
// the map's chunks (the scene, Phaser, the unit symbols), so they load beside the app rather than after
// it; Phaser creates no AudioContext (the game has no sound); and, until the map is playable, the page
// fetches nothing of zod, which only data from outside (saves, replays, files, kits, links) needs, nor
// the engine's command rules, which a game needs only once it runs.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { mapSettled, moveAUnit } from './game';
import { FIRST_PLAYABLE_PROBE } from '../../src/cli/browserLoad';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });
const base = (): string => inject('baseUrl');

/** The build's JS files whose text matches `marker`, by file name. */
function chunksHolding(marker: RegExp): string[] {
  const assets = join(inject('distDir'), 'assets');
  return readdirSync(assets).filter((f) => f.endsWith('.js') && marker.test(readFileSync(join(assets, f), 'utf8')));
}

/** Phaser's chunk: the one holding its scene systems' message. */
const PHASER = /Core Plugins missing/;
/** The AI's chunk: the one holding makePolicies's message (src/sim/play.ts). */
const AI = /unknown policy/;
/** What no first screen shows, loaded on first use: the map's event animations (src/scenes/eventAnimations.ts),
 *  the strike warning's dialog, the result panel, How to play and the turn summary's card (it shows after
 *  the other camps' rounds), each by a string only its chunk holds. */
const ON_FIRST_USE: Record<string, RegExp> = { animations: /'mine!'|"mine!"|`mine!`/, strikeWarning: /warning-overlay/, resultPanel: /crisis-facts/, howToPlay: /how-close/, turnSummary: /summary-keep/ };
/** The engine's command rules (src/engine/commandRules.ts, loaded by src/match/rules.ts): applyCommand and what
 *  only it needs, found by a note of an inject's assault (src/engine/injects.ts). The first frame draws
 *  from the engine's state and views (core.ts) alone; the rules load after it, before the game runs. */
const RULES = /did not assault/;
/** zod's chunk: the one defining its base type (minified, the quotes may be backticks). */
const ZOD = /[`'"]\$ZodType[`'"],\s*\(/;

/** The page's chunks of zod (the workers' own copies aside), found in the build. */
function zodChunks(): string[] {
  const found = chunksHolding(ZOD).filter((f) => !/Worker-/.test(f));
  expect(found.length).toBeGreaterThan(0);
  return found;
}

interface Load { page: Page; requested: string[]; audioContexts: () => Promise<number>; errors: string[] }

/** A cold load (fresh context) that counts AudioContexts made and records each request's file name. */
async function coldLoad(url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(() => {
    const w = window as unknown as Record<string, unknown> & { __audioContexts: number };
    w.__audioContexts = 0;
    for (const name of ['AudioContext', 'webkitAudioContext', 'OfflineAudioContext']) {
      const Real = w[name] as (new (...a: unknown[]) => object) | undefined;
      if (!Real) continue;
      w[name] = class extends Real { constructor(...a: unknown[]) { super(...a); w.__audioContexts++; } };
    }
  });
  // Marks window.__firstPlayable as bench:browser does, so "before first playable" is the page's own timing.
  await context.addInitScript(FIRST_PLAYABLE_PROBE);
  const page = await context.newPage();
  const requested: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => { requested.push(new URL(r.url()).pathname.split('/').pop() ?? ''); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, requested, errors, audioContexts: () => page.evaluate(() => (window as unknown as { __audioContexts: number }).__audioContexts) };
}

describe('first load of the game page', () => {
  it('modulepreloads the map\'s chunks: the scene, Phaser and the unit symbols', async () => {
    const html = await (await fetch(base())).text();
    const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\.\/assets\/([^"]+)"/g)].map((m) => m[1]!);
    const phaser = chunksHolding(PHASER);
    expect(phaser).toHaveLength(1);
    expect(preloaded).toContain(phaser[0]);
    expect(preloaded.some((f) => f.startsWith('startGame-'))).toBe(true);
    expect(preloaded.some((f) => f.startsWith('symbolImages-'))).toBe(true);
  });

  it('creates no AudioContext, fetches nothing of zod before the map is playable, and draws the map', async () => {
    // With the briefing, as a new player sees it (it shows the kit's objectives).
    const load = await coldLoad(`${base()}?camp=coalition&seed=first-load&anim=off&summary=off`);
    try {
      await load.page.waitForFunction(() => (window as unknown as { __firstPlayable?: number }).__firstPlayable !== undefined, undefined, { timeout: 60_000 });
      // What the page had asked for by first playable (Resource Timing: what came after is still arriving).
      const before = await load.page.evaluate(() => {
        const t = (window as unknown as { __firstPlayable: number }).__firstPlayable;
        return performance.getEntriesByType('resource').filter((e) => e.startTime <= t).map((e) => new URL(e.name).pathname.split('/').pop() ?? '');
      });
      expect(before.some((f) => f.startsWith('phaser-'))).toBe(true);
      expect(before.filter((f) => zodChunks().includes(f))).toEqual([]);
      // Nor the AI (aiPlayers.ts), and of the messages only the map's group (docs/i18n.md).
      const ai = chunksHolding(AI).filter((f) => !/Worker-/.test(f));
      expect(ai).toHaveLength(1);
      expect(before.filter((f) => ai.includes(f))).toEqual([]);
      expect(before.filter((f) => /^(en|ru|ar)-[a-z]+-/.test(f))).toEqual([expect.stringMatching(/^en-game-/)]);
      const rules = chunksHolding(RULES).filter((f) => !/Worker-/.test(f));
      expect(rules).toHaveLength(1);
      expect(before.filter((f) => rules.includes(f)), 'the command rules').toEqual([]);
      for (const [name, marker] of Object.entries(ON_FIRST_USE)) {
        const chunks = chunksHolding(marker);
        expect(chunks, name).toHaveLength(1);
        expect(before.filter((f) => chunks.includes(f)), name).toEqual([]);
      }
      await expect.poll(() => load.page.locator('[data-testid="briefing-objectives"] li').count()).toBeGreaterThan(0);
      await screenshot(load.page, 'first-load-briefing');
      expect(await load.page.evaluate(() => window.__deconfliction!.session.snapshot().state.phase)).toBe('russia');
      await load.page.click('[data-testid="briefing-begin"]');
      // Russia moves first: on Begin its AI, loaded after the first draw, plays its phase.
      await expect.poll(() => load.page.evaluate(() => window.__deconfliction!.session.snapshot().state.phase), { timeout: 30_000 }).toBe('coalition');
      expect(load.requested.filter((f) => ai.includes(f))).toHaveLength(1);
      expect(load.requested.filter((f) => rules.includes(f)), 'the command rules, once').toHaveLength(1);
      expect(await load.page.evaluate(() => window.__deconfliction!.drawnUnitIds().length)).toBeGreaterThan(0);
      // With the rules in, the player's orders go through as before: a unit moves (its range drawn from them).
      await mapSettled(load.page);
      expect(await moveAUnit(load.page, 'coalition')).toBe(true);
      await screenshot(load.page, 'first-load-map');
      expect(await load.audioContexts()).toBe(0);
      expect(load.errors).toEqual([]);
    } finally {
      await load.page.context().close();
    }
  });

  it('shows the kit\'s objectives in the briefing against any opponent doctrine (the build\'s kit check holds for it)', async () => {
    for (const doctrine of ['cautious', 'assertive']) {
      const load = await coldLoad(`${base()}?camp=coalition&seed=first-load&doctrine=${doctrine}&anim=off&summary=off`);
      try {
        await expect.poll(() => load.page.locator('[data-testid="briefing-objectives"] li').count(), { message: doctrine }).toBeGreaterThan(0);
        expect(load.errors).toEqual([]);
      } finally {
        await load.page.context().close();
      }
    }
  });

  it('fetches zod once data from outside arrives: a replay link', async () => {
    const load = await coldLoad(`${base()}#replay=not-a-replay`);
    try {
      await expect.poll(() => load.requested.filter((f) => zodChunks().includes(f)).length, { timeout: 30_000 }).toBeGreaterThan(0);
      await expect.poll(() => load.page.locator('#start-menu').count()).toBe(1);
    } finally {
      await load.page.context().close();
    }
  });
});
