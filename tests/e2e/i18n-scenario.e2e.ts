// The built-in scenario's own prose in Russian and Arabic (translation overlays, docs/i18n.md): the
// briefing's situation, objectives and learning objectives, the side panel's unit names, the exercise
// setup's and Control's inject lists and a team's briefing pack, as a player and a teacher see them.
// Screenshots (test-results/screens/i18n-scenario-*) are for looking at.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exerciseCode } from '../../src/exercise/code';
import { launchBrowser, openPage, screenshot } from './browser';
import { nextFrame } from './game';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** Sentences and names of the Deir ez-Zor scenario and kit, as each language's overlay writes them. */
const TEXT = {
  ru: {
    situation: 'прорвали трёхлетнюю блокаду Дейр-эз-Зора', objective: 'Переправа у Хавиджат-Сакра', learning: 'сначала уведомление, потом удар',
    unit: '«Силы тигра» (Сухейль аль-Хасан)', inject: 'Удар неустановленной стороны по позициям СДС', warning: 'Россия предупреждает через СМИ',
    guidance: 'Цель Москвы', role: 'Офицер горячей линии',
  },
  ar: {
    situation: 'كسرت الفرقة 17 وقوات النمر حصار دير الزور', objective: 'معبر حويجة صكر', learning: 'الإشعار أولًا، ثم الضربة',
    unit: 'قوات النمر (سهيل الحسن)', inject: 'ضربة مجهولة المصدر على مواقع قسد', warning: 'روسيا تحذّر عبر وسائل الإعلام',
    guidance: 'هدف موسكو', role: 'ضابط الخط الساخن',
  },
} as const;
type Lang = keyof typeof TEXT;
const LANGS = Object.keys(TEXT) as Lang[];

describe('scenario prose in Russian and Arabic', () => {
  it.each(LANGS)('%s: the briefing and the side panel', async (lang: Lang) => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?lang=${lang}&camp=russia&seed=i18n-scenario&renderer=canvas`);
    const briefing = page.locator('#briefing');
    await briefing.waitFor();
    await page.getByTestId('briefing-objectives').waitFor(); // the kit, loaded after the briefing opens
    const text = await briefing.innerText();
    expect(text).toContain(TEXT[lang].situation);
    expect(text).toContain(TEXT[lang].objective);
    expect(await page.getByTestId('briefing-objectives').innerText()).toContain(TEXT[lang].learning);
    expect(text).not.toContain('Tiger Forces');
    expect(text).not.toContain('Hawijat Saqr crossing');
    await screenshot(page, `i18n-scenario-briefing-${lang}`);
    await page.getByTestId('briefing-begin').click();
    await page.waitForFunction(() => window.__deconfliction?.ready === true, undefined, { timeout: 30_000 });
    await nextFrame(page);
    expect(await page.locator('#hud').innerText()).toContain(TEXT[lang].unit);
    await screenshot(page, `i18n-scenario-panel-${lang}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(LANGS)('%s: the exercise setup, a team\'s briefing pack and Control\'s injects', async (lang: Lang) => {
    const code = exerciseCode({ scenario: 'deir-ez-zor-2017', seed: 'i18n-scenario', teams: { coalition: 'human', russia: 'human' }, control: true, injects: ['strike-16-sep', 'public-warning-21-sep'] });
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?exercise=${code}&lang=${lang}&renderer=canvas`);
    await page.getByTestId('exercise-setup').waitFor();
    await expect.poll(() => page.getByTestId('ex-inject-strike-16-sep').locator('xpath=..').innerText()).toContain(TEXT[lang].inject);
    await screenshot(page, `i18n-scenario-setup-${lang}`);

    await page.getByTestId('ex-pack-russia').click();
    const pack = page.locator('#briefing-pack');
    await pack.waitFor();
    expect(await page.getByTestId('pack-guidance').innerText()).toContain(TEXT[lang].guidance);
    expect(await page.getByTestId('pack-roles').innerText()).toContain(TEXT[lang].role);
    expect(await pack.innerText()).toContain(TEXT[lang].unit);
    await screenshot(page, `i18n-scenario-pack-${lang}`);
    await page.getByTestId('pack-close').click();

    await page.getByTestId('ex-start').click();
    await page.waitForFunction(() => window.__deconfliction?.ready === true, undefined, { timeout: 30_000 });
    await page.getByTestId('handover').waitFor({ state: 'visible' });
    await page.getByTestId('handover-control').click();
    const panel = page.getByTestId('control-panel');
    await panel.waitFor();
    const injects = await page.locator('[data-testid="fire-strike-16-sep"]').locator('xpath=..').innerText();
    expect(injects).toContain(TEXT[lang].inject);
    expect(await panel.innerText()).toContain(TEXT[lang].warning);
    expect(await panel.innerText()).not.toContain('Unattributed strike');
    await screenshot(page, `i18n-scenario-control-${lang}`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
