// The teaching kit: checked on load (errors name the JSON path), no spoilers in what the packs show,
// each team's private information in its own part only, and the review's answers to the learning
// objectives, the hotwash's closest and furthest moments and the decision points, computed from games.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Command, type GameState, type Scenario, applyCommand, newGame, turnDate } from '../../src/engine';
import { loadScenario } from '../../src/engine/validation';
import { MESSAGE_KINDS } from '../../src/engine/messageParse';
import { type Kit, MESSAGE_KIND_NAMES, loadKit } from '../../src/exercise/kit';
import { KIT_IDS, kitFor } from '../../src/exercise/kits';
import type { Replay } from '../../src/replay/format';
import { replayFromCommands } from '../../src/replay/fromCommands';
import { parseReplayText } from '../../src/replay/parse';
import { buildReview } from '../../src/review/build';
import { learningChecks } from '../../src/review/learning';
import { walkReplay } from '../../src/review/walk';
import { builtinScenario } from '../../src/scenarios';
import { situation } from '../../src/ui/briefing';
import { at, buildGame } from './builder';
import { datesIn } from './spoilers';
import { END, say } from './play';

const scenario = builtinScenario('deir-ez-zor-2017')!;
const kit = kitFor(scenario)!;
const raw = (): Record<string, unknown> => JSON.parse(readFileSync('assets/kits/deir-ez-zor-2017.json', 'utf8'));

function golden(name: string): { scenario: Scenario; replay: Replay } {
  const p = parseReplayText(readFileSync(`tests/golden/${name}.json`, 'utf8'), builtinScenario);
  if (!p.ok) throw new Error(p.message);
  return p;
}

/** What a team's pack shows of the kit and the situation (the rest of the pack is rules and the team's own units). */
const packTexts = (k: Kit, camp: 'coalition' | 'russia'): string[] => [
  ...situation(scenario, camp), ...(scenario.data.story?.background.map((b) => `${b.label}: ${b.text}`) ?? []), ...k.background.events, k.background.sources, ...k.objectives.map((o) => o.text),
  ...k.teams[camp].guidance, ...k.teams[camp].redLines, ...k.teams[camp].private, ...k.teams[camp].roles.flatMap((r) => [r.title, ...r.duties]),
];

describe('the teaching kit file', () => {
  it('knows the engine\'s message kinds', () => {
    expect([...MESSAGE_KIND_NAMES].sort()).toEqual([...MESSAGE_KINDS].sort());
  });

  it('loads for the main scenario', () => {
    expect(loadKit(raw(), scenario)).toMatchObject({ ok: true });
  });

  it('every shipped kit fits its shipped scenario', () => {
    for (const id of KIT_IDS) expect(kitFor(builtinScenario(id)!), id).toBeDefined();
  });

  it('the class time the menu gives is no shorter than the handbook\'s shortest timetable for the whole game', () => {
    // Played by hand (issue 16), Khasham's three turns took a class timetable of 50 minutes; the menu said 40.
    for (const id of KIT_IDS) {
      const s = builtinScenario(id)!;
      const whole = kitFor(s)!.handbook.timetables.filter((t) => t.turns === s.data.turns).map((t) => t.minutes);
      if (whole.length) expect(s.data.classMinutes, id).toBeGreaterThanOrEqual(Math.min(...whole));
    }
  });

  it('a scenario file from disk under a built-in id that does not fit the kit plays without one', () => {
    const file = JSON.parse(readFileSync('assets/scenarios/deir-ez-zor-2017.json', 'utf8'));
    file.injects = [];
    const loaded = loadScenario(file, JSON.parse(readFileSync('assets/maps/middle-euphrates.json', 'utf8')));
    if (!loaded.ok) throw new Error(loaded.errors[0]!.message);
    expect(kitFor(loaded.scenario)).toBeUndefined();
  });

  it('names the JSON path of each fault', () => {
    // The file as plain JSON, to break on purpose.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const errors = (mutate: (k: any) => void) => {
      const k = raw();
      mutate(k);
      const r = loadKit(k, scenario);
      return r.ok ? [] : r.errors.map((e) => e.path);
    };
    expect(errors((k) => { k.handbook.injects[1].inject = 'no-such-inject'; })).toEqual(['handbook.injects[1].inject']);
    expect(errors((k) => { delete k.teams.russia.private; })).toEqual(['teams.russia.private']);
    expect(errors((k) => { k.objectives[2].check = { kind: 'rung_below', rung: 'Panic' }; })).toEqual(['objectives[2].check.rung']);
    expect(errors((k) => { k.record[0].measure = { kind: 'capture', objective: 'atlantis' }; })).toEqual(['record[0].measure.objective']);
    expect(errors((k) => { k.handbook.timetables[0].slots[1].from = 6; })).toEqual(['handbook.timetables[0].slots[1]']);
    expect(errors((k) => { k.teams.coalition.roles[2].role = 'commander'; })).toEqual(['teams.coalition.roles[2].role']);
    expect(errors((k) => { k.scenario = 'khasham-2018'; })).toEqual(['scenario']);
  });
});

describe('briefing packs without spoilers', () => {
  const lastOfTurn1 = turnDate(scenario, 2); // the day turn 2 begins: nothing from then on
  it.each(['coalition', 'russia'] as const)('the %s pack names no date after turn 1, no inject and not Khasham', (camp) => {
    const text = packTexts(kit, camp).join('\n');
    expect(datesIn(text).filter((d) => d >= lastOfTurn1.slice(0, 10))).toEqual([]);
    for (const j of scenario.injects) expect(text).not.toContain(j.title);
    expect(text).not.toMatch(/Khasham|Konashenkov|killed|Conoco gas plant on/);
  });

  it('finds the dates it looks for (the check can fail)', () => {
    expect(datesIn('On 16 Sep a strike; 14 October Al-Mayadin; 7–8 Feb 2018 Khasham; 5–9 Sep 2017.')).toEqual(['2017-09-16', '2017-10-14', '2018-02-08', '2017-09-09', '2018-01-01']);
  });

  it('keeps the history for the debrief', () => {
    const debrief = kit.debrief.events.map((e) => `${e.date} ${e.text}`).join('\n');
    for (const d of ['16 Sep', '18 Sep', '21 Sep', '23 Sep', '14 Oct', 'Khasham']) expect(debrief).toContain(d);
  });

  it('gives each team information the other does not have, and three roles', () => {
    for (const [camp, other] of [['coalition', 'russia'], ['russia', 'coalition']] as const) {
      const theirs = packTexts(kit, other).join('\n');
      for (const p of kit.teams[camp].private) expect(theirs).not.toContain(p);
      expect(kit.teams[camp].roles.map((r) => r.role).sort()).toEqual(['commander', 'hotline', 'intelligence']);
    }
  });
});

/** Plays `commands` from a fresh game, failing loudly on an illegal one. */
function playOut(s: Scenario, seed: string, commands: readonly Command[]): GameState {
  let state = newGame(s, seed);
  for (const c of commands) {
    const r = applyCommand(s, state, c);
    if (!r.ok) throw new Error(r.error.message);
    state = r.state;
  }
  return state;
}
const endUntil = (s: Scenario, seed: string, commands: Command[], done: (st: GameState) => boolean): void => {
  while (!done(playOut(s, seed, commands))) commands.push(END);
};
const answerOf = (r: { objectives: { id: string; answer: string }[] }, id: string) => r.objectives.find((o) => o.id === id)!.answer;

describe('the learning objectives, answered from the game', () => {
  // A small board: Russia's spotter, IS between, the coalition next to the target.
  const { scenario: small } = buildGame({
    units: [{ id: 's', camp: 'russia', at: [2, 2] }, { id: 'is', camp: 'is', at: [3, 2] }, { id: 'c', camp: 'coalition', at: [4, 2] }],
    sorties: 1,
  });
  const strike = { type: 'air_strike', target: at(3, 2) } as const;
  const notice = say({ kind: 'notify', activity: 'strike', area: { centre: at(3, 2), radius: 0 }, turn: 1 });
  const players: Replay['players'] = { coalition: { kind: 'human' }, russia: { kind: 'human' }, is: { kind: 'ai', policy: 'hold' } } as Replay['players'];
  const noticeAnswer = (commands: Command[]) => {
    const replay = replayFromCommands(small, 'test', players, commands);
    return learningChecks(kit, walkReplay(small, replay), replay).find((o) => o.id === 'notice-before-strike')!;
  };
  const first = newGame(small, 'test').phase;

  it('a strike near the other camp without a notice is a no; with one first, a yes; none at all, not tested', () => {
    expect(first).toBe('russia');
    expect(noticeAnswer([strike])).toMatchObject({ answer: 'no', evidence: expect.stringContaining('1 of 1 strike') });
    expect(noticeAnswer([notice, strike])).toMatchObject({ answer: 'yes' });
    expect(noticeAnswer([END])).toMatchObject({ answer: 'not tested' });
  });

  // The coalition-wins game to turn 4, then the 16 Sep strike on the coalition.
  const g = golden('coalition-wins');
  const base: Command[] = [];
  for (const c of g.replay.commands) {
    if (playOut(g.scenario, g.replay.seed, base).turn >= 4) break;
    base.push(c);
  }
  base.push({ type: 'inject', inject: { kind: 'scenario', id: 'strike-16-sep' } });
  const review = (commands: Command[]) => buildReview(g.scenario, replayFromCommands(g.scenario, g.replay.seed, g.replay.players, commands)).kit!;

  it('an incident left without a protest is a no; protested, a yes; the protest denied is answered, ignored it is not', () => {
    const silent = [...base];
    endUntil(g.scenario, g.replay.seed, silent, (s) => s.turn > 4);
    expect(answerOf(review(silent), 'protest-incidents')).toBe('no');
    expect(answerOf(review(silent), 'answer-protests')).toBe('not tested');

    const protested = [...base];
    endUntil(g.scenario, g.replay.seed, protested, (s) => s.phase === 'coalition');
    protested.push(say({ kind: 'protest', incident: 'I1' }));
    const ignored = [...protested];
    endUntil(g.scenario, g.replay.seed, ignored, (s) => s.crisis.messages.some((m) => m.body.kind === 'protest' && m.status === 'unanswered'));
    const k = review(ignored);
    expect(answerOf(k, 'protest-incidents')).toBe('yes');
    expect(answerOf(k, 'answer-protests')).toBe('no');
    expect(answerOf(k, 'no-unanswered')).toBe('no');

    const denied = [...protested];
    endUntil(g.scenario, g.replay.seed, denied, (s) => s.phase === 'russia');
    const id = playOut(g.scenario, g.replay.seed, denied).crisis.messages.find((m) => m.body.kind === 'protest')!.id;
    denied.push(say({ kind: 'deny', to: id }));
    const d = review(denied);
    expect(answerOf(d, 'answer-protests')).toBe('yes');
    // The class compares this moment: the strike, the protest and the denial in one line.
    expect(d.decisions.find((x) => x.id === 'first_incident')!.game).toMatch(/^Turn 4: .* set off by Control \(inject J1\), against Coalition\. Coalition protested on turn 4; Russia denied it \(H\d+\)\.$/);
    expect(d.decisions.find((x) => x.id === 'first_protest')!.game).toMatch(/^Turn 4: Coalition protested incident I1 \(H\d+\); Russia denied it/);
  });

  it('the highest rung: a clash is a no; a game that stayed low is a yes', () => {
    const clash = golden('direct-clash');
    const r = buildReview(clash.scenario, clash.replay);
    expect(answerOf(r.kit!, 'below-confrontation')).toBe('no');
    const calm = buildReview(g.scenario, g.replay);
    expect(Math.max(...calm.series.peak)).toBeLessThan(60);
    expect(answerOf(calm.kit!, 'below-confrontation')).toBe('yes');
  });
});

describe('the hotwash', () => {
  const g = golden('coalition-wins');
  const r = buildReview(g.scenario, g.replay);
  const hw = r.kit!.hotwash;

  it('has phases with timings that add up, and questions on what each team expected', () => {
    expect(hw.minutes).toBe(hw.phases.reduce((s, p) => s + p.minutes, 0));
    expect(hw.phases.length).toBeGreaterThanOrEqual(3);
    expect(hw.expectations.coalition.length).toBeGreaterThan(0);
    expect(hw.expectations.russia.length).toBeGreaterThan(0);
  });

  it('finds the closest and furthest moments from the game\'s own timeline', () => {
    const conoco = r.timeline.find((e) => e.kind === 'capture' && e.ref === 'conoco' && e.actor !== 'is');
    const c = hw.comparisons.find((x) => x.id === 'conoco')!;
    expect(c.gameTurn).toBe(conoco?.turn ?? null);
    expect(c.recordTurn).toBe(8); // 23 Sep 2017: turn 8 of two-day turns from 9 Sep
    // Closest: of what the game did, the nearest in turns; furthest: first what it never did, by the turns since.
    const happened = hw.comparisons.filter((x) => x.gameTurn !== null);
    const never = hw.comparisons.filter((x) => x.gameTurn === null);
    expect(happened.length).toBeGreaterThan(0);
    expect(never.length).toBeGreaterThan(0);
    expect(hw.comparisons.find((x) => x.id === hw.closest)!.distance).toBe(Math.min(...happened.map((x) => x.distance)));
    expect(hw.comparisons.find((x) => x.id === hw.closest)!.gameTurn).not.toBeNull();
    expect(hw.comparisons.find((x) => x.id === hw.furthest)!.distance).toBe(Math.max(...never.map((x) => x.distance)));
    for (const x of never) expect(x.distance).toBe(r.turns - x.recordTurn + 1);
  });

  it('leaves out what the record has after the game\'s end and the game never reached', () => {
    const short = g.replay.commands.slice(0, 10);
    const early = buildReview(g.scenario, replayFromCommands(g.scenario, g.replay.seed, g.replay.players, short)).kit!.hotwash;
    expect(early.comparisons.map((x) => x.id)).not.toContain('mayadin');
  });
});
