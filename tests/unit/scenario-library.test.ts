// The scenario library: every built-in scenario loads and is listed; the three from issue 16 keep
// their dates and places to the record (docs/history.md, the map's gazetteer); a story's background
// never tells the future; the debrief and the questions are each scenario's own.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Scenario, newGame, turnDate } from '../../src/engine';
import { loadScenario } from '../../src/engine/validation';
import mapJson from '../../assets/maps/middle-euphrates.json';
import crossingJson from '../../assets/scenarios/the-crossing-2017.json';
import { replayFromCommands } from '../../src/replay/fromCommands';
import { buildReview } from '../../src/review/build';
import { turnOfDate } from '../../src/review/history';
import { SCENARIO_IDS, builtinScenario } from '../../src/scenarios';

const NEW = ['the-crossing-2017', 'al-bukamal-2017', 'khasham-2018'] as const; // in the registry's (the record's) order
const get = (id: string): Scenario => builtinScenario(id)!;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const iso = (y: number, m: number, d: number): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The timeline of docs/history.md: each row's dates (a row without a year takes the last one named), and its text. */
function timeline(): { dates: Set<string>; text: string }[] {
  const rows = readFileSync('docs/history.md', 'utf8').split('\n').filter((l) => /^\| [~\dlS]/.test(l) && !l.startsWith('| date'));
  let year = 0;
  return rows.map((row) => {
    const [cell, text] = row.split('|').slice(1, 3).map((s) => s.trim()) as [string, string];
    const y = /\b(20\d\d)\b/.exec(cell);
    if (y) year = Number(y[1]);
    const dates = new Set<string>();
    // "7-8 Feb", "12 / 18 Nov", "16 Sep (~00:30 GMT)", "~30 Sep", "7 Apr / 19 Jun", "Sep 2016" (the whole month), "late Oct".
    for (const part of cell.replace(/\(.*?\)/g, '').split('/')) {
      const month = MONTHS.findIndex((m) => part.includes(m)) + 1 || MONTHS.findIndex((m) => cell.includes(m)) + 1;
      const range = /(\d{1,2})\s*-\s*(\d{1,2})/.exec(part);
      const day = /(?:^|[\s~])(\d{1,2})(?=\s|$)/.exec(part.replace(/20\d\d/, ''));
      const [from, to] = range ? [Number(range[1]), Number(range[2])] : day ? [Number(day[1]), Number(day[1])] : part.includes('late') ? [20, 31] : [1, 31];
      for (let d = from; d <= to; d++) dates.add(iso(year, month, d));
    }
    return { dates, text };
  });
}
const TIMELINE = timeline();
const rowsOn = (date: string): string[] => TIMELINE.filter((r) => r.dates.has(date)).map((r) => r.text);

describe('the scenario library', () => {
  it('lists the four scenarios, each loading, with its class time', () => {
    expect(SCENARIO_IDS).toEqual(['deir-ez-zor-2017', ...NEW]);
    for (const id of NEW) {
      const s = get(id);
      expect(s.data.classMinutes, id).toBeGreaterThan(0);
      expect(s.data.story, id).toBeDefined();
      expect(s.injects.length, id).toBeGreaterThan(0);
    }
  });

  it('keeps the crossing within a 50-minute class: six turns of two days, 14 to 25 September 2017', () => {
    const s = get('the-crossing-2017');
    expect([s.data.startDate, s.data.turns, s.data.daysPerTurn, s.data.classMinutes]).toEqual(['2017-09-14', 6, 2, 50]);
    expect(turnDate(s, 6)).toBe('2017-09-24');
  });

  it('reads the timeline of docs/history.md (the parser the fact checks below stand on)', () => {
    expect(rowsOn('2017-09-16')[0]).toContain('strike hits SDF positions');
    expect(rowsOn('2018-02-08')[0]).toContain('Khasham');
    expect(rowsOn('2017-11-19')[0]).toContain('Al-Bukamal');
    expect(rowsOn('2017-09-17')).toEqual([]);
  });

  it('fires each inject on the turn of the event it is drawn from, an event in docs/history.md', () => {
    const drawn: Record<string, [string, string]> = {
      'strike-16-sep': ['2017-09-16', 'strike hits SDF positions'],
      'public-warning-21-sep': ['2017-09-21', 'Konashenkov'],
      'mortars-24-sep': ['2017-09-24', 'Asapov'],
      'assault-7-feb': ['2018-02-07', 'Wagner contractors'],
      'bukamal-retaken-10-nov': ['2017-11-10', 'IS retakes it'],
    };
    const seen = NEW.flatMap((id) => get(id).injects.map((j) => ({ id, j })));
    expect(seen.map((x) => x.j.id).sort()).toEqual(Object.keys(drawn).sort());
    for (const { id, j } of seen) {
      const [date, words] = drawn[j.id]!;
      expect(j.turn, `${id} ${j.id}`).toBe(turnOfDate(get(id), date));
      expect(rowsOn(date).join(' '), `${id} ${j.id}`).toContain(words);
    }
  });

  it('dates every debrief line and every background item by an event in docs/history.md', () => {
    for (const id of [...NEW, 'deir-ez-zor-2017']) {
      const story = get(id).data.story!;
      for (const [i, h] of (story.history ?? []).entries()) expect(rowsOn(h.date), `${id} story.history[${i}] ${h.date}`).not.toEqual([]);
      for (const [i, b] of story.background.entries()) expect(rowsOn(b.date), `${id} story.background[${i}] ${b.date}`).not.toEqual([]);
    }
  });

  it('puts each objective on the map\'s place of that name (the gazetteer, from GeoNames and the sources it names)', () => {
    for (const id of NEW) {
      const s = get(id);
      for (const o of s.objectives) {
        if (s.map.terrainAt(o.hex) === 'island') continue; // Hawijat Saqr: a crossing site, not a gazetteer place
        const place = s.map.data.places.find((p) => p.hex[0] === o.hex.q && p.hex[1] === o.hex.r);
        expect(place?.name, `${id} ${o.id}`).toMatch(new RegExp(`^${o.name.replace(/[()]/g, '.')}`));
      }
    }
  });

  it('starts each camp on its bank: the crossing and Al-Bukamal across the river, at Khasham the government\'s east-bank villages', () => {
    const banks = (id: string, camp: string) => new Set(newGame(get(id), '1').units.filter((u) => u.camp === camp).map((u) => get(id).map.bankOf(u.hex)));
    expect(banks('the-crossing-2017', 'russia')).toEqual(new Set(['W']));
    expect(banks('the-crossing-2017', 'coalition')).toEqual(new Set(['E']));
    expect(banks('al-bukamal-2017', 'russia')).toEqual(new Set(['W']));
    expect(banks('al-bukamal-2017', 'coalition')).toEqual(new Set(['E']));
    const kh = get('khasham-2018');
    const khasham = newGame(kh, '1');
    expect(new Set(khasham.units.filter((u) => u.camp === 'coalition').map((u) => kh.map.bankOf(u.hex)))).toEqual(new Set(['E']));
    expect(khasham.units.filter((u) => u.camp === 'russia' && kh.map.bankOf(u.hex) === 'E').map((u) => u.hex)).toEqual([{ q: 3, r: 21 }, { q: 3, r: 21 }]);
    expect(khasham.control.conoco).toBe('coalition');
  });

  it('makes the Khasham contractors deniable as data: not Russian personnel, and brought by an assault Russia disowns', () => {
    const kh = get('khasham-2018');
    expect(kh.unitTypes.contractors!.greatPower).toBe(false);
    const assault = kh.injects.find((j) => j.id === 'assault-7-feb')!;
    expect(assault.effect).toMatchObject({ kind: 'irregular_assault', sponsor: 'russia', target: { q: 4, r: 20 } });
    // About forty Americans at Conoco: one step of US special forces with the SDF.
    const atConoco = newGame(kh, '1').units.filter((u) => u.hex.q === 4 && u.hex.r === 20);
    expect(atConoco.map((u) => [u.camp, u.greatPower])).toEqual([['coalition', false], ['coalition', true]]);
  });

  it('puts the Iraqi forces at Al-Qa\'im on the government side, the border post unable to move', () => {
    const bk = get('al-bukamal-2017');
    const iraqi = bk.data.units.filter((u) => u.name.includes('Iraqi'));
    expect(iraqi.map((u) => u.camp)).toEqual(['russia', 'russia', 'russia']);
    expect(bk.unitTypes.border_post!.movement).toBe(0);
    expect(bk.map.data.places.find((p) => p.name.startsWith('Al-Qa\'im'))!.hex).toEqual(bk.data.units.find((u) => u.id === 'qaim')!.hex);
  });
});

describe('a scenario\'s story', () => {
  const load = (change: (s: typeof crossingJson) => void) => {
    const copy = structuredClone(crossingJson);
    change(copy);
    const r = loadScenario(copy, mapJson);
    // The English each error says (its code and data, for other languages, are tested in engine-text-i18n).
    return r.ok ? [] : r.errors.map(({ path, message }) => ({ path, message }));
  };

  it('refuses a briefing background dated on or after the start: the packs must not tell the future', () => {
    expect(load((s) => { s.story.background[2]!.date = '2017-09-23'; })).toEqual([
      { path: 'story.background[2].date', message: '2017-09-23 is not before the start (2017-09-14): the briefing must not tell the future' },
    ]);
  });

  it('names the path of an aim or a debrief line that is no objective, and of a broken date', () => {
    expect(load((s) => {
      s.story.aims.russia[1] = 'raqqa';
      (s.story.history[3]!.compare as { objective: string }).objective = 'omar';
      s.story.history[0]!.date = '16 Sep';
    })).toEqual([
      { path: 'story.history[0].date', message: 'expected YYYY-MM-DD' },
    ]);
    expect(load((s) => {
      s.story.aims.russia[1] = 'raqqa';
      (s.story.history[3]!.compare as { objective: string }).objective = 'omar';
    })).toEqual([
      { path: 'story.aims.russia[1]', message: 'no objective has the id "raqqa"' },
      { path: 'story.history[3].compare.objective', message: 'no objective has the id "omar"' },
    ]);
  });

  it('names a map centre off the map', () => {
    expect(load((s) => { (s as { centre?: number[] }).centre = [40, 3]; })).toEqual([{ path: 'centre', message: 'hex 40,3 is off the map' }]);
  });

  it('refuses a class time that is not a positive whole number of minutes', () => {
    expect(load((s) => { s.classMinutes = 0; }).map((e) => e.path)).toEqual(['classMinutes']);
    expect(load((s) => { s.classMinutes = 12.5; }).map((e) => e.path)).toEqual(['classMinutes']);
  });

  it('gives the Khasham debrief its own history, sources and questions, with the fired assault beside its record', () => {
    const kh = get('khasham-2018');
    const players = { coalition: { kind: 'human' }, russia: { kind: 'human' }, is: { kind: 'ai', policy: 'hold' } } as const;
    const replay = replayFromCommands(kh, 'k1', players, [{ type: 'inject', inject: { kind: 'scenario', id: 'assault-7-feb' } }]);
    const review = buildReview(kh, replay);
    expect(review.history.map((h) => h.topic)).toEqual([
      'The assault on Conoco', 'The call on the line', 'Deniability and the clash that was not', 'Who held Conoco', 'Inject: A column moves on Conoco',
    ]);
    expect(review.history[0]!.history).toContain('On the game\'s calendar: 7 Feb 2018 (turn 1).');
    expect(review.history[3]!.game).toContain('the coalition held it at the end');
    expect(review.historySources).toContain('Battle of Khasham');
    expect(review.questions.map((q) => q.id)).toEqual(expect.arrayContaining(['khasham-attribution', 'khasham-denial', 'khasham-deniability', 'khasham-closest']));
    expect(review.history.map((h) => h.topic)).not.toContain('The west bank in September'); // the main scenario's lines stay its own
  });
});
