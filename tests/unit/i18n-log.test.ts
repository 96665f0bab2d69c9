// The map screen's running texts in Russian and Arabic: every event-log line of a whole recorded game
// (as Control sees it, so every kind of event the game produced), each round's turn summary, and the
// combat preview hold no English word but scenario data (unit, objective, place and inject names, which
// stay as written: docs/i18n.md) and the engine's ids.
import { afterEach, describe, expect, it } from 'vitest';
import { type CombatPreview, type GameEvent, applyCommand, newGame } from '../../src/engine';
import { BASE_LOCALE, type Locale, useLocale } from '../../src/i18n/messages';
import { describeEvent } from '../../src/text/eventText';
import { summariseRound } from '../../src/text/turnSummary';
import { previewLines, previewTag } from '../../src/text/combatText';
import { FULL_SEED, fullGame, scenario } from './replayFixtures';

/** Latin words the scenario itself writes (names, inject titles and texts): data, kept as written. */
const DATA = new Set([
  ...scenario.data.units.map((u) => u.name), ...scenario.objectives.map((o) => o.name), ...scenario.map.data.places.map((p) => p.name),
  ...(scenario.data.injects ?? []).flatMap((i) => [i.title, i.text]),
].flatMap((s) => s.match(/[A-Za-z]{2,}/g) ?? []));
const english = (texts: readonly string[]): string[] => [...new Set(texts.flatMap((s) => s.match(/[A-Za-z]{2,}/g) ?? []))].filter((w) => !DATA.has(w));

/** Each command's events of the recorded game, in order. */
function recordedEvents(): GameEvent[][] {
  let state = newGame(scenario, FULL_SEED);
  return fullGame().commands.map((c) => {
    const r = applyCommand(scenario, state, c);
    if (!r.ok) throw new Error(r.error.message);
    state = r.state;
    return r.events;
  });
}

const preview = (kind: 'assault' | 'fire'): CombatPreview => ({
  odds: { odds: '2:1', kind } as CombatPreview['odds'], faces: [], attackerLoss: [3, 2, 1], defenderLoss: [1, 3, 2],
  attackerExpectedSixths: 4, defenderExpectedSixths: 7, takeSixths: 2, attackerDestroyedSixths: 1, defenderDestroyedSixths: 2, retreatSixths: 0,
});

describe('the log, the turn summary and the combat preview speak the page\'s language', () => {
  afterEach(() => useLocale(BASE_LOCALE));
  const batches = recordedEvents();
  const names = new Map(scenario.data.units.map((u) => [u.id, u.name]));
  const ctx = { scenario, unitName: (id: string) => names.get(id) ?? id };

  it.each(['ru', 'ar'] as Locale[])('%s: no English sentence in a recorded game\'s log and summaries', async (locale) => {
    await useLocale(locale);
    const lines = batches.flat().map((e) => describeEvent(e, ctx)).filter((s): s is string => s !== null);
    expect(lines.length).toBeGreaterThan(100);
    const summaries = batches.flatMap((events) => {
      const s = summariseRound(events, 'coalition', ctx);
      return [s.headline, ...s.items.map((i) => i.text)];
    });
    expect(english([...lines, ...summaries])).toEqual([]);
  });

  it.each(['ru', 'ar'] as Locale[])('%s: no English word in the combat preview', async (locale) => {
    await useLocale(locale);
    const texts = (['assault', 'fire'] as const).flatMap((k) => [previewTag(preview(k)), ...previewLines(preview(k)).flatMap((r) => [r.label, r.text])]);
    expect(english(texts)).toEqual([]);
  });

  it('English keeps its wording', () => {
    expect(previewTag(preview('assault'))).toBe('2:1 · hit 83% · risk 50% · take 33%');
    expect(previewLines(preview('fire'))[0]).toEqual({ label: 'Defender loses', text: '0 steps 17%, 1 step 50%, 2 steps 33%; expected 1.17 steps; a unit destroyed 33%' });
  });
});
