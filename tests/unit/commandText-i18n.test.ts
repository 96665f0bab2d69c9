// The replay viewer's line for a recorded hotline message or Control ruling, in each language: the
// message kind, the finding and a scenario inject are worded, not shown as their ids ("горячая линия: notify").
import { afterEach, describe, expect, it } from 'vitest';
import { type Command, type MessageKind, RULING_FINDINGS } from '../../src/engine';
import { BASE_LOCALE, LOCALES, useLocale } from '../../src/i18n/messages';
import { commandText } from '../../src/text/commandText';
import { MESSAGE_KIND_LABEL } from '../../src/text/messageText';
import { builtinScenario } from '../../src/scenarios';
import { loadScenarioText, scenarioText } from '../../src/text/scenarioText';

const KINDS = Object.keys(MESSAGE_KIND_LABEL) as MessageKind[];
const name = (id: string): string => id;
const place = (): string => '';
const latinWords = (text: string): string[] => [...text.matchAll(/[A-Za-z]{2,}/g)].map((m) => m[0]);

describe('commandText', () => {
  afterEach(() => useLocale(BASE_LOCALE));

  it('has message kinds and findings to check', () => {
    expect(KINDS.length).toBeGreaterThan(5);
    expect(RULING_FINDINGS.length).toBe(3);
  });

  for (const locale of LOCALES.filter((l) => l !== BASE_LOCALE)) {
    it(`${locale}: words every hotline message kind and every ruling, with no English left`, async () => {
      await useLocale(locale);
      const commands: Command[] = [
        ...KINDS.map((kind) => ({ type: 'hotline', message: { kind, to: 'russia' } }) as unknown as Command),
        ...RULING_FINDINGS.map((finding) => ({ type: 'ruling', incident: 'I1', finding }) as Command),
      ];
      const left = commands.map((c) => commandText(c, name, place)).filter((text) => latinWords(text.replace('I1', '')).length > 0);
      expect(left).toEqual([]);
    });

    it(`${locale}: names a scenario inject by its translated title, as the replay viewer asks`, async () => {
      await useLocale(locale);
      const scenario = builtinScenario('deir-ez-zor-2017')!;
      await loadScenarioText(scenario.id);
      expect(scenario.injects.length).toBeGreaterThan(0);
      const title = (id: string): string => scenarioText(scenario).inject(id)?.title ?? id;
      const lines = scenario.injects.map((j) => commandText({ type: 'inject', inject: { kind: 'scenario', id: j.id } } as Command, name, place, { injectTitle: title }));
      expect(lines.filter((text) => latinWords(text).length > 0)).toEqual([]);
    });
  }

  it('en: names a kind by its label and a finding in words', async () => {
    await useLocale(BASE_LOCALE);
    expect(commandText({ type: 'hotline', message: { kind: 'notify', to: 'russia' } } as unknown as Command, name, place)).toContain(MESSAGE_KIND_LABEL.notify);
    expect(commandText({ type: 'ruling', incident: 'I1', finding: 'accident' }, name, place)).not.toMatch(/: accident$/);
  });
});
