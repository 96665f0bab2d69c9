// The hotline's formal messages in each language, rendered from the same command: one request to hold
// fire sent on the main scenario's map, then its text in English, Russian and Arabic. The message (the
// state) is the same; only the words change, and each language keeps the ids, the place as the sources
// spell it, the hex, the distances, the dates and the turns.
import { afterEach, describe, expect, it } from 'vitest';
import { type Command, applyCommand, newGame } from '../../src/engine';
import { BASE_LOCALE, type Locale, useLocale } from '../../src/i18n/messages';
import { builtinScenario } from '../../src/scenarios';
import { formatMessage, messageHeader, statusText } from '../../src/text/messageText';

const scenario = builtinScenario('deir-ez-zor-2017')!;
/** Russia, in the first phase, asks the coalition to hold fire within 10 km of Mu Hasan for two turns. */
const COMMAND: Command = { type: 'hotline', message: { kind: 'request_hold_fire', area: { centre: { q: 3, r: 23 }, radius: 2 }, turns: 2 } };

function send() {
  const r = applyCommand(scenario, newGame(scenario, 'i18n-hotline'), COMMAND);
  if (!r.ok) throw new Error(`the request was refused: ${JSON.stringify(r.error)}`);
  return { message: r.state.crisis.messages.at(-1)!, state: r.state };
}

async function rendered(locale: Locale) {
  await useLocale(locale);
  const { message, state } = send();
  return { ...formatMessage(scenario, message, state), header: messageHeader(message), status: statusText(message) };
}

/** Latin words left in a text (ids such as H1 and the Z of a time are single letters), but for the place name as the sources spell it. */
const latinWords = (texts: object): string[] =>
  [...Object.values(texts).join(' ').matchAll(/[A-Za-z]{2,}/g)].map((m) => m[0]).filter((w) => !['Mu', 'Hasan'].includes(w));

describe('the hotline in three languages, from one command', () => {
  afterEach(() => useLocale(BASE_LOCALE));

  it('English', async () => {
    expect(await rendered('en')).toEqual({
      title: 'REQUEST TO HOLD FIRE',
      body: 'Request Coalition forces hold all fire into the area within 10 km of Mu Hasan (hex 3,23) for 2 turns, through 12 Sep 2017 (turn 2). Request your answer.',
      header: 'H1 · Air channel · 09 SEP 2017 0600Z · Russia to Coalition',
      status: 'pending, awaiting answer',
    });
  });

  it('Russian', async () => {
    const ru = await rendered('ru');
    expect(ru).toEqual({
      title: 'ЗАПРОС О ПРЕКРАЩЕНИИ ОГНЯ',
      body: 'Просим силы коалиции прекратить любой огонь по району в радиусе 10 км от Mu Hasan (гекс 3,23) на 2 хода, по 12 сентября 2017 г. включительно (ход 2). Просим ответа.',
      header: 'H1 · Воздушный канал · 09 сент. 2017 г. 0600Z · от: Россия, кому: Коалиция',
      status: 'ожидает ответа',
    });
    expect(latinWords(ru)).toEqual([]);
  });

  it('Arabic', async () => {
    const ar = await rendered('ar');
    expect(ar).toEqual({
      title: 'طلب وقف إطلاق النار',
      body: 'نطلب أن توقف قوات التحالف كل إطلاق للنار على المنطقة ضمن 10 كم من Mu Hasan (الخلية 3,23) لمدة دورين، حتى 12 أيلول/سبتمبر 2017 (الدور 2). نطلب ردّكم.',
      header: 'H1 · القناة الجوية · 09 أيلول/سبتمبر 2017 0600Z · من روسيا إلى التحالف',
      status: 'معلّقة بانتظار الرد',
    });
    expect(latinWords(ar)).toEqual([]);
  });

  it('the numbers are the same in every language, and the message itself does not change', async () => {
    // As sets: Arabic says "two turns" in a word (the dual), not "2 turns".
    const digits = async (l: Locale) => { const r = await rendered(l); return [...new Set(`${r.body} ${r.header}`.match(/\d+/g))].sort(); };
    const [en, ru, ar] = [await digits('en'), await digits('ru'), await digits('ar')];
    expect(ru).toEqual(en);
    expect(ar).toEqual(en);
    await useLocale('ru');
    const inRussian = send().message;
    await useLocale('ar');
    expect(send().message).toEqual(inRussian);
  });
});
