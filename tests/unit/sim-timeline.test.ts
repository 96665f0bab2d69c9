// The sim's timeline (issue 13 item 8) agrees with the game it came from, and the pace tables read
// it as the issue states: medians with never-happened games last, day offsets from the real dates.
import { describe, expect, it } from 'vitest';
import { HOME_BANK, type GameEvent, type Power, hexKey } from '../../src/engine';
import { builtinScenario } from '../../src/scenarios';
import { medianOffset, paceRows, storyRows } from '../../src/sim/pace';
import { playGame } from '../../src/sim/play';
import { playRecord } from '../../src/sim/record';
import { type Timeline, TimelineRecorder } from '../../src/sim/timeline';

const scenario = builtinScenario('deir-ez-zor-2017')!;
const POLICIES = { coalition: 'ai:balanced', russia: 'ai:balanced', is: 'ai:balanced' };

/** A land hex of the map on `bank`. */
function hexOn(bank: 'E' | 'W') {
  for (let q = -10; q < 30; q++) for (let r = 0; r < 50; r++) if (scenario.map.bankOf({ q, r }) === bank) return { q, r };
  throw new Error(`no hex on bank ${bank}`);
}

describe('the sim timeline', () => {
  it('agrees with the final state of the game it records', () => {
    const events: GameEvent[] = [];
    const game = playGame(scenario, '4242', POLICIES, (p) => events.push(...p.events));
    const record = playRecord(scenario, 4242, POLICIES);
    const t = record.timeline;
    // The last change of hands of each objective is who holds it at the end.
    for (const o of scenario.objectives) {
      const last = t.captures.filter((c) => c.objective === o.id).at(-1);
      if (last) expect(game.state.control[o.id]).toBe(last.camp);
    }
    expect(t.captures.length).toBe(events.filter((e) => e.type === 'objective_captured').length);
    expect(t.incidents.map((i) => i.kind)).toEqual(game.state.crisis.incidents.map((i) => i.type));
    const counted = Object.values(t.messages).reduce((a, b) => a + (b ?? 0), 0);
    expect(counted).toBe(game.state.crisis.messages.length);
    expect(t.crossings.length).toBeLessThanOrEqual(2);
    expect(new Set(t.crossings.map((c) => c.camp)).size).toBe(t.crossings.length);
  }, 60_000);

  it('counts a power\'s first move to the far bank once, and neither its own bank nor IS', () => {
    const far = (p: Power) => hexOn(HOME_BANK[p] === 'E' ? 'W' : 'E');
    const own = (p: Power) => hexOn(HOME_BANK[p]);
    const rec = new TimelineRecorder(scenario);
    const moved = (camp: 'coalition' | 'russia' | 'is', to: ReturnType<typeof hexOn>): GameEvent => ({ type: 'unit_moved', unit: 'x', camp, path: [to] });
    rec.add([{ type: 'turn_started', turn: 3, date: '2017-09-13' }, moved('russia', own('russia')), moved('is', far('russia'))]);
    rec.add([{ type: 'turn_started', turn: 5, date: '2017-09-17' }, moved('russia', far('russia'))]);
    rec.add([{ type: 'turn_started', turn: 6, date: '2017-09-19' }, moved('russia', far('russia')), { type: 'unit_advanced', unit: 'y', camp: 'coalition', to: far('coalition') }]);
    expect(hexKey(far('russia'))).not.toBe(hexKey(own('russia')));
    expect(rec.timeline.crossings).toEqual([{ turn: 5, camp: 'russia' }, { turn: 6, camp: 'coalition' }]);
  });
});

const tl = (over: Partial<Timeline>): Timeline => ({ captures: [], crossings: [], incidents: [], meetings: [], messages: {}, warnings: [], shares: [], ...over });

describe('the pace tables', () => {
  it('takes the median with games where it never happened counted last', () => {
    expect(medianOffset([1, -3, null])).toBe(1);
    expect(medianOffset([null, null, 2])).toBeNull();
    expect(medianOffset([4, 0, 2, 8])).toBe(2);
  });

  it('dates events by their turn and checks the targets', () => {
    // Turn 5 begins 17 Sep: one day before the real crossing (18 Sep); Conoco on turn 8 (23 Sep) is on the day.
    const games = [5, 5, 6, 7].map((turn) => ({ timeline: tl({ crossings: [{ turn, camp: 'russia' }], captures: [{ turn: 8, objective: 'conoco', camp: 'coalition' }] }) }));
    const rows = paceRows(scenario, [...games, { timeline: tl({}) }]);
    const crossing = rows.find((r) => r.id === 'crossing')!;
    expect(crossing).toMatchObject({ happened: 0.8, median: '2017-09-19', medianDays: 1, met: true });
    expect(rows.find((r) => r.id === 'conoco')).toMatchObject({ median: '2017-09-23', medianDays: 0, met: true });
    expect(rows.find((r) => r.id === 'mayadin')).toMatchObject({ happened: 0, median: null, met: false });
    // Al-Omar never taken counts as "not before 15 Oct".
    expect(rows.find((r) => r.id === 'al-omar')!.met).toBe(true);
  });

  it('counts the mid-September strike only in 13-20 Sep, and no inject\'s incident', () => {
    const strike = (turn: number, inject = false) => ({ timeline: tl({ incidents: [{ turn, kind: 'misidentified_strike' as const, by: inject ? null : 'russia' as const, against: 'coalition' as const, inject }] }), maxRung: 'Incident', outcome: 'draw' as const });
    const rows = storyRows(scenario, [strike(2), strike(4), strike(4, true), strike(7)]);
    // Turn 2 is 11-12 Sep, turn 7 is 21-22 Sep: only the turn-4 strike by a team counts.
    expect(rows.find((r) => r.id === 'strike')!.share).toBe(0.25);
    expect(rows.find((r) => r.id === 'incident')!.share).toBe(0.75);
  });
});
