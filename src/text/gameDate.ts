// A date of the scenario's calendar ("2017-09-23") in the page's language: English keeps the game's own
// short form ("23 Sep 2017", the engine's formatDate, which the tests and saved reviews read), Russian
// and Arabic go through Intl ("23 сент. 2017 г.", "23 سبتمبر 2017").
import { formatDate as englishDate } from '../engine/core';
import { formatDate } from '../i18n/format';
import { currentLocale } from '../i18n/messages';

export function gameDate(iso: string): string {
  if (currentLocale() === 'en') return englishDate(iso);
  return formatDate(Date.parse(`${iso}T00:00Z`), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}
