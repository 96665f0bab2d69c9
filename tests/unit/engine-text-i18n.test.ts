// The rules engine's own sentences in each language: every predicted-effect note code (enumerated from
// the engine's table, so a code added without a wording fails here), and real ones rendered from the
// main scenario with no English left in Russian or Arabic.
import { afterEach, describe, expect, it } from 'vitest';
import { type MessageBody, NOTE_TEXT, type NoteCode, type NoteParams, type PredictNote, newGame, predictMessage, viewFor } from '../../src/engine';
import { BASE_LOCALE, LOCALES, type Locale, useLocale } from '../../src/i18n/messages';
import { builtinScenario } from '../../src/scenarios';
import { noteText } from '../../src/text/predictText';

const scenario = builtinScenario('deir-ez-zor-2017')!;
const OTHERS = LOCALES.filter((l) => l !== BASE_LOCALE);

/** Latin words (two letters or more) left in a text once the given data (ids, names) is taken out. */
const latinWords = (text: string, data: readonly string[] = []): string[] =>
  [...data.reduce((s, d) => s.split(d).join(' '), text).matchAll(/[A-Za-z]{2,}/g)].map((m) => m[0]);

/** Numbers for each note code; typed, so a new code needs one here too. */
const NOTE_SAMPLES: { [C in NoteCode]: NoteParams<C> } = {
  notify_strike: { turn: 3, points: 15 }, notify_strike_astray: {}, notify_ground: {}, line_river: {}, line_hexes: { hexes: 5 },
  line_terms: { trust: 3, escalation: 9, brokenTrust: -10, lower: 1, keptTrust: 1 }, share_sees: { turns: 2 }, share_strikes: { points: 10 },
  hold_fire_terms: { trust: 3, turns: 2, escalation: 6, brokenTrust: -10 }, withdrawal_terms: { trust: 3, turns: 1, escalation: 6, brokenTrust: -10 },
  warn_window: { turns: 2, escalation: 4 }, warn_public: {}, warn_private: {}, protest_answer: {}, protest_replies: { lower: 3 },
  meeting_terms: { trust: 3, lower: 10, meetingTrust: 10 }, accept_bound: {}, reject_lapses: {}, counter_line: {}, acknowledge_receipt: {},
  acknowledge_responsibility: {}, deny_honest: {}, deny_false_known: {}, deny_false_chance: { pct: 50 }, deny_exposure: { trust: -10, escalation: 5 },
};
const sampleNote = (code: NoteCode): PredictNote => {
  const params = NOTE_SAMPLES[code];
  if (!params) throw new Error(`no sample numbers for note code ${code}: add them to NOTE_SAMPLES`);
  return { code, params, message: (NOTE_TEXT[code] as (p: unknown) => string)(params) } as PredictNote;
};
const NOTE_CODES = Object.keys(NOTE_TEXT) as NoteCode[];

describe('predicted-effect notes', () => {
  afterEach(() => useLocale(BASE_LOCALE));

  it('English words each note as the engine does (but the exposure cost, worded as a loss)', () => {
    const differ = NOTE_CODES.filter((c) => c !== 'deny_exposure').map(sampleNote).filter((n) => noteText(n) !== n.message);
    expect(differ.map((n) => `${n.code}: ${noteText(n)} vs ${n.message}`)).toEqual([]);
  });

  it.each(OTHERS)('every note code has a %s sentence with no English in it', async (locale: Locale) => {
    await useLocale(locale);
    const bad = NOTE_CODES.map((code) => {
      try {
        const text = noteText(sampleNote(code));
        return text.trim() === '' || latinWords(text).length > 0 ? `${code}: ${text}` : null;
      } catch (e) {
        return `${code}: ${(e as Error).message}`;
      }
    }).filter((x) => x !== null);
    expect(bad).toEqual([]);
  });

  it.each(OTHERS)('a request to hold fire and a strike notice predicted on the main scenario read in %s', async (locale: Locale) => {
    await useLocale(locale);
    const view = viewFor(scenario, newGame(scenario, 'i18n-notes'), 'russia');
    const bodies: MessageBody[] = [
      { kind: 'request_hold_fire', area: { centre: { q: 3, r: 23 }, radius: 2 }, turns: 2 },
      { kind: 'notify', activity: 'strike', area: { centre: { q: 3, r: 23 }, radius: 2 }, turn: 1 },
    ];
    for (const body of bodies) {
      const p = predictMessage(scenario, view, body);
      if (!p.ok) throw new Error(`refused: ${p.error.message}`);
      const text = p.notes.map(noteText).join(' ');
      expect(text.length).toBeGreaterThan(20);
      expect(latinWords(text)).toEqual([]);
      expect(text).not.toBe(p.notes.map((n) => n.message).join(' '));
    }
  });
});
