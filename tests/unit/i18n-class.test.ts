// The exercise and class screens' words in Russian and Arabic: scenario dates and turn ranges through
// Intl (English keeps the engine's "9 Sep 2017"), the built-in camps' names, the rungs, a seat code's
// problems and the class's one-line summary with Russian and Arabic plurals.
import { afterEach, describe, expect, it } from 'vitest';
import { BASE_LOCALE, t, useLocale } from '../../src/i18n/messages';
import { builtinScenario } from '../../src/scenarios';
import { campLabel, rungNameOf, scenarioDate, turnDaysText } from '../../src/text/localNames';
import { codeProblem } from '../../src/ui/classnet/codeCheck';

const scenario = builtinScenario('deir-ez-zor-2017')!;

describe('the exercise and class screens in three languages', () => {
  afterEach(() => useLocale(BASE_LOCALE));

  it('write scenario dates for each language', async () => {
    expect(scenarioDate('2017-09-09')).toBe('9 Sep 2017');
    await useLocale('ru');
    expect(scenarioDate('2017-09-09')).toMatch(/^9\sсентября\s2017\sг\.$/u);
    expect(turnDaysText(scenario, 1)).toMatch(/^9\s*–\s*10\sсентября\s2017\sг\.$/u);
    await useLocale('ar');
    expect(scenarioDate('2017-09-09')).toBe('9 أيلول/سبتمبر 2017');
  });

  it('name the built-in camps and the rungs from the glossary, and keep a camp name a file wrote', async () => {
    await useLocale('ru');
    expect(campLabel(scenario, 'coalition')).toBe('Коалиция, поддерживаемая США (СДС и США)');
    expect(rungNameOf('Friction')).toBe('Трения');
    const own = { data: { ...scenario.data, camps: { ...scenario.data.camps, russia: { ...scenario.data.camps.russia, name: 'Red team' } } } };
    expect(campLabel(own, 'russia')).toBe('Red team');
    await useLocale('ar');
    expect(rungNameOf('Direct clash')).toBe('صدام مباشر');
  });

  it('tell a student what is wrong with a seat code in Russian', async () => {
    await useLocale('ru');
    expect(codeProblem('')).toBe('Введите код места, который дал вам преподаватель.');
  });

  it('count the groups with Russian and Arabic plurals', async () => {
    await useLocale('ru');
    const ru = (count: number): string => t().class_summary({ count, outcomes: '…', incidents: '1', messages: '2' });
    expect([1, 3, 5].map((n) => ru(n).split(':')[0])).toEqual(['1 группа', '3 группы', '5 групп']);
    expect(t().class_kind_draw({ count: 2 })).toBe('2 ничьи');
    await useLocale('ar');
    expect(t().class_kind_coalition({ count: 2 })).toBe('فوزان للتحالف');
  });
});
