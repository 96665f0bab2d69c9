// The escalation ladder, one mechanic per case: contact and firefights, strikes near the other camp
// with and without notice, deliberate attacks, adviser losses, lines, agreements, warnings, decay,
// meetings, denials, and the direct clash that ends the game. Expected numbers come from the tables.
import { describe, expect, it } from 'vitest';
import { ESCALATION_MAX, type GameState, HOME_BANK, RUNG, RUNGS, type Scenario, agreedLine, applyCommand, firefightChance, rungOf, strikeRisk, viewFor } from '../../src/engine';
import { CLASH_SCORE, EXPOSURE_PCT, FIREFIGHT, HOTLINE, LOWER, MISID, RAISE, RETALIATION_PCT, TRUST } from '../../src/engine/crisisRules';
import { unitById } from '../../src/engine/board';
import { type BuildOptions, at, buildGame } from './builder';
import { withDraws, withRolls } from './dice';
import { END, endTurn, escalationChanges, eventTypes, incidentsIn, phaseTo, play, points, run, say, trust } from './play';

const START = { escalation: 10, trust: 40 }; // DEFAULT_CRISIS, restated so the tests below read on their own
const retaliate = (n: number): number => Math.floor((n * RETALIATION_PCT) / 100);
/** The misidentification chance of a seen, unannounced, unshared strike at this trust. */
const plainChance = (t: number): number => Math.min(MISID.max, Math.max(MISID.min, MISID.base - Math.floor(t / MISID.trustDivisor)));

describe('contact at the end of a turn', () => {
  const setup = (crisis: BuildOptions['crisis'] = {}) => buildGame({
    units: [{ id: 'r', camp: 'russia', at: [3, 2] }, { id: 'c', camp: 'coalition', at: [4, 2] }],
    crisis: { ...START, ...crisis },
  });
  /** Ends phases up to the last one of the turn, where the contact check happens. */
  const lastPhase = (scenario: Scenario, state: GameState) => phaseTo(scenario, state, 'is');

  it('units in contact raise escalation by RAISE.contact; a roll above the firefight chance means no fire', () => {
    const { scenario, state } = setup();
    const s = lastPhase(scenario, state);
    const chance = firefightChance(s);
    expect(chance).toBe(2); // FIREFIGHT.min: 5 + 0 rungs - 40/5 trust is below it
    const r = play(scenario, withDraws(s, [[100, chance + 1]]), END);
    expect(points(r.state)).toBe(START.escalation + RAISE.contact);
    expect(escalationChanges(r.events)).toEqual([expect.objectContaining({ delta: RAISE.contact, by: null, cause: expect.stringContaining('contact') })]);
    expect(incidentsIn(r.events)).toEqual([]);
    expect(unitById(r.state, 'r')!.strength).toBe(3);
    expect(r.state.crisis.escalation.raisedThisTurn).toBe(false); // reset for the new turn
    expect(r.state.turn).toBe(2);
  });

  it('a roll at the firefight chance starts one: a step lost, a firefight incident of disputed authorship', () => {
    const { scenario, state } = setup();
    const s = lastPhase(scenario, state);
    const chance = firefightChance(s);
    // d100 for the fire, then which pair (one pair: int(1)), then who fired first (int(2) = 0: the coalition).
    const r = play(scenario, withDraws(s, [[100, chance], [1, 1], [2, 1]]), END);
    const [incident, ...more] = incidentsIn(r.events);
    expect(more).toEqual([]);
    expect(incident).toMatchObject({
      type: 'firefight', cause: 'coalition', victim: 'russia', hex: at(3, 2), roll: { value: chance, chance },
      knowledge: { coalition: 'caused', russia: 'suspects' }, losses: [{ unit: 'r', camp: 'russia', steps: 1, greatPower: false }],
      escalation: RAISE.firefight + RAISE.proxyStep,
    });
    expect(unitById(r.state, 'r')!.strength).toBe(2);
    expect(points(r.state)).toBe(START.escalation + RAISE.contact + RAISE.firefight + RAISE.proxyStep);
  });

  it('contact in which one side of every pair is a restrained proxy raises by RAISE.contactHeld', () => {
    const { scenario, state } = setup();
    const s = lastPhase(scenario, state);
    const held = { ...s, units: s.units.map((u) => (u.id === 'r' ? { ...u, restrained: true as const } : u)) };
    expect(RAISE.contactHeld).toBeLessThan(RAISE.contact);
    const r = play(scenario, withDraws(held, [[100, firefightChance(held) + 1]]), END);
    expect(escalationChanges(r.events)).toEqual([expect.objectContaining({ delta: RAISE.contactHeld, cause: expect.stringContaining('holding its fire') })]);
    // A free unit of the restrained one's side in contact too: the full rise.
    const more = buildGame({
      units: [{ id: 'r', camp: 'russia', at: [3, 2] }, { id: 'r2', camp: 'russia', at: [5, 2] }, { id: 'c', camp: 'coalition', at: [4, 2] }],
      crisis: START,
    });
    const m = lastPhase(more.scenario, more.state);
    const one = { ...m, units: m.units.map((u) => (u.id === 'r' ? { ...u, restrained: true as const } : u)) };
    const r2 = play(more.scenario, withDraws(one, [[100, firefightChance(one) + 1]]), END);
    expect(escalationChanges(r2.events)).toEqual([expect.objectContaining({ delta: RAISE.contact, cause: '2 contacts between the two camps' })]);
  });

  it('a restrained proxy drawn to open a firefight holds its fire, but for FIREFIGHT.restrainedPct', () => {
    const { scenario, state } = setup();
    const s = lastPhase(scenario, state);
    const held = { ...s, units: s.units.map((u) => (u.id === 'r' ? { ...u, restrained: true as const } : u)) };
    const chance = firefightChance(held);
    // The fire roll hits and Russia (int(2) = 1) is drawn to open it with its restrained unit: a d100 more.
    const quiet = play(scenario, withDraws(held, [[100, chance], [1, 1], [2, 2], [100, FIREFIGHT.restrainedPct + 1]]), END);
    expect(incidentsIn(quiet.events)).toEqual([]);
    expect(unitById(quiet.state, 'c')!.strength).toBe(3);
    expect(points(quiet.state)).toBe(START.escalation + RAISE.contactHeld);
    const fired = play(scenario, withDraws(held, [[100, chance], [1, 1], [2, 2], [100, FIREFIGHT.restrainedPct]]), END);
    expect(incidentsIn(fired.events)).toEqual([expect.objectContaining({ type: 'firefight', cause: 'russia', victim: 'coalition' })]);
    expect(unitById(fired.state, 'c')!.strength).toBe(2);
    // Drawn the other way, the coalition's free unit opens fire on the restrained one: no extra roll.
    const shot = play(scenario, withDraws(held, [[100, chance], [1, 1], [2, 1]]), END);
    expect(incidentsIn(shot.events)).toEqual([expect.objectContaining({ type: 'firefight', cause: 'coalition', victim: 'russia' })]);
    expect(shot.state.rngDraws).toBe(held.rngDraws + 3);
  });

  it('the firefight chance climbs with the rung and falls with trust', () => {
    const low = setup({ escalation: RUNGS[RUNG.crisis]!.min, trust: 0 });
    const high = setup({ escalation: RUNGS[RUNG.crisis]!.min, trust: 100 });
    expect(firefightChance(low.state)).toBeGreaterThan(firefightChance(high.state));
    expect(firefightChance(low.state)).toBeGreaterThan(firefightChance(setup({ trust: 0 }).state));
  });

  it('units two hexes apart are not in contact: the turn is quiet', () => {
    // Great-power troops: proxies this close could open fire on their own (proxy-fire.test.ts).
    const { scenario, state } = buildGame({ units: [{ id: 'r', camp: 'russia', at: [2, 2], greatPower: true }, { id: 'c', camp: 'coalition', at: [4, 2], greatPower: true }] });
    const r = endTurn(scenario, talked(scenario, state));
    expect(points(r.state)).toBe(START.escalation - LOWER.quietTurn);
    expect(r.state.rngDraws).toBe(0);
  });
});

/** The game with a call made on the line in this turn (a notice from Russia, whose phase comes first). */
function talked(scenario: Scenario, state: GameState): GameState {
  expect(state.phase).toBe('russia');
  return run(scenario, state, say({ kind: 'notify', activity: 'strike', area: { centre: at(0, 0), radius: 0 }, turn: state.turn }));
}

describe('decay', () => {
  it('a quiet turn in which the hotline was used lowers escalation by LOWER.quietTurn', () => {
    const { scenario, state } = buildGame({ units: [{ id: 'r', camp: 'russia', at: [0, 0] }, { id: 'c', camp: 'coalition', at: [7, 5] }], crisis: { escalation: 30 } });
    const r = endTurn(scenario, talked(scenario, state));
    expect(points(r.state)).toBe(30 - LOWER.quietTurn);
    expect(escalationChanges(r.events)).toEqual([expect.objectContaining({ delta: -LOWER.quietTurn, cause: 'a quiet turn, managed on the hotline', by: null })]);
    expect(r.state.crisis.escalation.peak).toBe(rungOf(30)); // the peak stays where it was
  });

  it('escalation nobody manages does not fade: a quiet turn without a call lowers nothing', () => {
    const { scenario, state } = buildGame({ units: [{ id: 'r', camp: 'russia', at: [0, 0] }, { id: 'c', camp: 'coalition', at: [7, 5] }], crisis: { escalation: 30 } });
    const r = endTurn(scenario, state);
    expect(points(r.state)).toBe(30);
    expect(escalationChanges(r.events)).toEqual([]);
  });

  it('decay stops at zero', () => {
    const { scenario, state } = buildGame({ units: [{ id: 'r', camp: 'russia', at: [0, 0] }, { id: 'c', camp: 'coalition', at: [7, 5] }], crisis: { escalation: 1 } });
    const once = endTurn(scenario, talked(scenario, state));
    expect(points(once.state)).toBe(0);
    const twice = endTurn(scenario, talked(scenario, once.state));
    expect(points(twice.state)).toBe(0);
    expect(escalationChanges(twice.events)).toEqual([]);
  });
});

/** A Russian spotter, an IS unit and a coalition unit next to it: striking IS risks hitting the coalition. */
function strikeGame(crisis: BuildOptions['crisis'] = {}, spotterAt: [number, number] = [2, 2]) {
  return buildGame({
    units: [{ id: 's', camp: 'russia', at: spotterAt }, { id: 'is', camp: 'is', at: [3, 2] }, { id: 'c', camp: 'coalition', at: [4, 2] }],
    sorties: 1,
    crisis: { ...START, ...crisis },
  });
}
const STRIKE = { type: 'air_strike', target: at(3, 2) } as const;
const notice = (turn = 1) => say({ kind: 'notify', activity: 'strike', area: { centre: at(3, 2), radius: 0 }, turn });

describe('strikes near the other camp', () => {
  it('notice lowers the misidentification chance by -MISID.notice: a roll between the two chances hits only without it', () => {
    const { scenario, state } = strikeGame();
    const bare = strikeRisk(scenario, state, 'russia', at(3, 2));
    expect(bare).toMatchObject({ deliberate: false, nearRival: [at(4, 2)], unseen: false, notified: false, shared: false, provocation: false });
    expect(bare.chance).toBe(plainChance(START.trust));
    const noticed = run(scenario, state, notice());
    const withNotice = strikeRisk(scenario, noticed, 'russia', at(3, 2));
    expect(withNotice.notified).toBe(true);
    expect(withNotice.chance).toBe(bare.chance + MISID.notice);

    const roll = bare.chance; // a hit without notice (roll <= chance), a miss with it
    expect(roll).toBeGreaterThan(withNotice.chance);

    const hit = play(scenario, withDraws(state, [[100, roll], [6, 6]]), STRIKE);
    const [incident] = incidentsIn(hit.events);
    const lost = 3 - unitById(hit.state, 'c')!.strength;
    expect(lost).toBeGreaterThan(0);
    expect(incident).toMatchObject({
      type: 'misidentified_strike', hex: at(4, 2), cause: 'russia', victim: 'coalition', roll: { value: roll, chance: bare.chance },
      knowledge: { russia: 'caused', coalition: 'suspects' }, losses: [{ unit: 'c', camp: 'coalition', steps: lost, greatPower: false }],
      escalation: RAISE.misidentified_strike + lost * RAISE.proxyStep,
    });
    expect(points(hit.state)).toBe(START.escalation + RAISE.misidentified_strike + lost * RAISE.proxyStep);
    expect(unitById(hit.state, 'is')!.strength).toBe(3);

    const miss = play(scenario, withDraws(noticed, [[100, roll], [6, 6]]), STRIKE);
    expect(incidentsIn(miss.events)).toEqual([]);
    expect(unitById(miss.state, 'c')!.strength).toBe(3);
    expect(unitById(miss.state, 'is')!.strength).toBeLessThan(3);
    expect(points(miss.state)).toBe(START.escalation);
  });

  it('a roll one above the chance misses the coalition even without notice', () => {
    const { scenario, state } = strikeGame();
    const chance = strikeRisk(scenario, state, 'russia', at(3, 2)).chance;
    const r = play(scenario, withDraws(state, [[100, chance + 1], [6, 6]]), STRIKE);
    expect(incidentsIn(r.events)).toEqual([]);
    expect(unitById(r.state, 'c')!.strength).toBe(3);
  });

  it('an announced strike that still goes astray is known to its victim', () => {
    const { scenario, state } = strikeGame();
    const noticed = run(scenario, state, notice());
    const chance = strikeRisk(scenario, noticed, 'russia', at(3, 2)).chance;
    const r = play(scenario, withDraws(noticed, [[100, chance], [6, 6]]), STRIKE);
    expect(incidentsIn(r.events)[0]).toMatchObject({ type: 'misidentified_strike', knowledge: { coalition: 'knows' } });
  });

  it('a notice for next turn does not cover this one', () => {
    const { scenario, state } = strikeGame();
    const s = run(scenario, state, notice(2));
    expect(strikeRisk(scenario, s, 'russia', at(3, 2)).notified).toBe(false);
  });

  it('fog raises the chance by MISID.fog; positions shared by the other power lower it by -MISID.shared', () => {
    const { scenario, state } = strikeGame({}, [1, 2]); // the spotter sees the target (2 hexes) but not the coalition unit (3)
    const foggy = strikeRisk(scenario, state, 'russia', at(3, 2));
    expect(foggy.unseen).toBe(true);
    expect(foggy.chance).toBe(plainChance(START.trust) + MISID.fog);
    // The coalition shares its positions around the target (trust rises by TRUST.share, lowering the chance too).
    let s = phaseTo(scenario, state, 'coalition');
    s = run(scenario, s, say({ kind: 'share_positions', area: { centre: at(4, 2), radius: 1 }, turns: 2 }));
    s = phaseTo(scenario, s, 'russia');
    const shared = strikeRisk(scenario, s, 'russia', at(3, 2));
    expect(shared).toMatchObject({ unseen: false, shared: true });
    expect(shared.chance).toBe(plainChance(trust(s)) + MISID.shared);
  });

  it('from rung Incident an unannounced strike near the other camp is a provocation; below it, or with notice, it is not', () => {
    const incidentRung = RUNGS[RUNG.incident]!.min;
    const strike = (escalation: number, announce: boolean) => {
      const { scenario, state } = strikeGame({ escalation });
      const s = announce ? run(scenario, state, notice()) : state;
      return play(scenario, withDraws(s, [[100, 100], [6, 6]]), STRIKE);
    };
    const provoked = strike(incidentRung, false);
    expect(incidentsIn(provoked.events)).toEqual([expect.objectContaining({
      type: 'provocation', cause: 'russia', victim: 'coalition', hex: at(3, 2), losses: [], escalation: RAISE.provocation,
    })]);
    expect(points(provoked.state)).toBe(incidentRung + RAISE.provocation);
    expect(incidentsIn(strike(incidentRung - 1, false).events)).toEqual([]);
    expect(incidentsIn(strike(incidentRung, true).events)).toEqual([]);
  });

  it('a strike with nobody of the other camp within the danger radius draws no d100', () => {
    const { scenario, state } = buildGame({
      units: [{ id: 's', camp: 'russia', at: [2, 2] }, { id: 'is', camp: 'is', at: [3, 2] }, { id: 'c', camp: 'coalition', at: [6, 2] }], sorties: 1,
    });
    const r = play(scenario, state, STRIKE);
    expect(r.state.rngDraws).toBe(1); // the combat d6 only
    expect(incidentsIn(r.events)).toEqual([]);
  });
});

/** The coalition moves first here; its unit stands next to a Russian one. */
function duelGame(crisis: BuildOptions['crisis'] = {}, russianAdviser = false) {
  return buildGame({
    units: [{ id: 'c', camp: 'coalition', at: [4, 2] }, { id: 'r', camp: 'russia', at: [3, 2], greatPower: russianAdviser }],
    phaseOrder: ['coalition', 'russia', 'is'],
    crisis: { ...START, ...crisis },
  });
}
const ASSAULT = { type: 'attack', unit: 'c', target: at(3, 2) } as const;

describe('deliberate attacks and who is hit', () => {
  it('an assault on the other power is a deliberate attack its victim sees for what it is', () => {
    const { scenario, state } = duelGame();
    const r = play(scenario, withRolls(state, [5]), ASSAULT); // 6 vs 6 is 1:1, roll 5 = DL
    const lost = 3 - unitById(r.state, 'r')!.strength;
    expect(lost).toBe(1);
    expect(incidentsIn(r.events)).toEqual([expect.objectContaining({
      type: 'deliberate_attack', cause: 'coalition', victim: 'russia', hex: at(3, 2), roll: null,
      knowledge: { coalition: 'caused', russia: 'knows' }, escalation: RAISE.deliberate_attack + lost * RAISE.proxyStep,
    })]);
    expect(points(r.state)).toBe(START.escalation + RAISE.deliberate_attack + lost * RAISE.proxyStep);
    expect(r.state.rngDraws).toBe(1); // no misidentification roll: the target was chosen
    // The incident is reported before the escalation it caused.
    expect(eventTypes(r.events).slice(-2)).toEqual(['incident', 'escalation_changed']);
  });

  it('an attack that inflicts no loss still counts as deliberate', () => {
    const { scenario, state } = duelGame();
    const r = play(scenario, withRolls(state, [3]), ASSAULT); // 1:1, roll 3 = NE
    expect(unitById(r.state, 'r')!.strength).toBe(3);
    expect(points(r.state)).toBe(START.escalation + RAISE.deliberate_attack);
  });

  it('a step of US or Russian personnel weighs RAISE.greatPowerStep, a proxy step RAISE.proxyStep', () => {
    const rise = (adviser: boolean) => {
      const { scenario, state } = duelGame({}, adviser);
      const r = play(scenario, withRolls(state, [5]), ASSAULT);
      expect(unitById(r.state, 'r')!.strength).toBe(2);
      return { added: points(r.state) - START.escalation, incident: incidentsIn(r.events)[0]! };
    };
    const proxy = rise(false);
    const adviser = rise(true);
    expect(adviser.incident.losses).toEqual([{ unit: 'r', camp: 'russia', steps: 1, greatPower: true }]);
    expect(proxy.incident.losses).toEqual([{ unit: 'r', camp: 'russia', steps: 1, greatPower: false }]);
    expect(adviser.added - proxy.added).toBe(RAISE.greatPowerStep - RAISE.proxyStep);
    expect(adviser.added).toBeGreaterThan(proxy.added);
  });

  it(`from rung Confrontation every rise is multiplied by ${RETALIATION_PCT}%`, () => {
    const base = RAISE.deliberate_attack + RAISE.proxyStep;
    const below = RUNGS[RUNG.confrontation]!.min - 1;
    const atRung = RUNGS[RUNG.confrontation]!.min;
    const rise = (escalation: number) => {
      const { scenario, state } = duelGame({ escalation });
      return points(run(scenario, withRolls(state, [5]), ASSAULT)) - escalation;
    };
    expect(rise(below)).toBe(base);
    expect(rise(atRung)).toBe(retaliate(base));
    expect(retaliate(base)).toBeGreaterThan(base);
  });
});

describe('the top rung: a direct clash ends the game', () => {
  it('the power that pushes escalation to the top takes CLASH_SCORE.culprit, the other CLASH_SCORE.other', () => {
    const { scenario, state } = duelGame({ escalation: ESCALATION_MAX - 1 });
    const r = play(scenario, withRolls(state, [5]), ASSAULT);
    expect(r.state.status).toBe('over');
    expect(points(r.state)).toBe(ESCALATION_MAX);
    expect(r.state.crisis.escalation.peak).toBe(RUNG.clash);
    expect(r.state.result).toMatchObject({
      reason: 'direct_clash', winner: 'none', clashBy: 'coalition', score: { coalition: CLASH_SCORE.culprit, russia: CLASH_SCORE.other },
    });
    expect(CLASH_SCORE.culprit).toBeLessThan(CLASH_SCORE.other);
    expect(r.events.filter((e) => e.type === 'game_over')).toHaveLength(1);
    expect(incidentsIn(r.events)[0]).toMatchObject({ escalation: 1 }); // only what was left below the top
    const after = applyCommand(scenario, r.state, say({ kind: 'request_meeting' }));
    expect(after.ok || after.error.code).toBe('game_over');
  });

  it('a clash from contact, which nobody chose, scores both powers as culprits', () => {
    const { scenario, state } = buildGame({
      // Great-power troops, so that no proxy opens fire on its own before the turn ends.
      units: [{ id: 'r', camp: 'russia', at: [3, 2], greatPower: true }, { id: 'c', camp: 'coalition', at: [4, 2], greatPower: true }],
      crisis: { escalation: ESCALATION_MAX - retaliate(RAISE.contact) },
    });
    const s = phaseTo(scenario, state, 'is');
    const r = play(scenario, s, END);
    expect(r.state.status).toBe('over');
    expect(r.state.turn).toBe(1);
    expect(r.state.result).toMatchObject({ reason: 'direct_clash', winner: 'none', clashBy: null, score: { coalition: CLASH_SCORE.culprit, russia: CLASH_SCORE.culprit } });
    expect(r.state.rngDraws).toBe(0); // no firefight roll after the game ended
  });

  it('one below the top is not a clash', () => {
    const { scenario, state } = duelGame({ escalation: ESCALATION_MAX - 1 - retaliate(RAISE.deliberate_attack) });
    const r = play(scenario, withRolls(state, [3]), ASSAULT); // NE: no loss
    expect(points(r.state)).toBe(ESCALATION_MAX - 1);
    expect(r.state.status).toBe('playing');
  });
});

/** Column 4 is the line (a strip of hexes); Russia west of it, the coalition east. */
const LINE = { kind: 'hexes' as const, hexes: [0, 1, 2, 3, 4, 5].map((row) => at(4, row)) };
function lineGame(extra: { id: string; camp: 'coalition' | 'russia'; at: [number, number] }[] = []) {
  const { scenario, state } = buildGame({
    units: [{ id: 'r', camp: 'russia', at: [1, 2] }, { id: 'c', camp: 'coalition', at: [5, 2] }, { id: 'c2', camp: 'coalition', at: [6, 3] }, ...extra],
    crisis: START,
  });
  // Russia proposes the line, the coalition accepts it in its phase.
  let s = run(scenario, state, say({ kind: 'propose_line', line: LINE }));
  s = phaseTo(scenario, s, 'coalition');
  const accepted = play(scenario, s, say({ kind: 'accept', to: 'H1' }));
  return { scenario, state: accepted.state, events: accepted.events };
}

describe('deconfliction lines', () => {
  it('an accepted line binds both powers; the first crossing in a turn is an incident, and costs trust', () => {
    const { scenario, state, events } = lineGame();
    expect(events.find((e) => e.type === 'agreement_made')).toMatchObject({
      agreement: { id: 'A1', kind: 'line', message: 'H1', by: 'russia', bound: ['coalition', 'russia'], from: 1, until: null, line: LINE },
    });
    expect(trust(state)).toBe(START.trust + TRUST.agreement);
    expect(agreedLine(state.crisis.agreements, 1)?.id).toBe('A1');

    const crossed = play(scenario, state, { type: 'move', unit: 'c', to: at(4, 2) });
    expect(incidentsIn(crossed.events)).toEqual([expect.objectContaining({
      type: 'line_crossed', cause: 'coalition', victim: 'russia', hex: at(4, 2), escalation: RAISE.line_crossed,
    })]);
    expect(crossed.events).toContainEqual({ type: 'agreement_violated', agreement: 'A1', by: 'coalition', incident: 'I1' });
    expect(points(crossed.state)).toBe(START.escalation + RAISE.line_crossed);
    expect(trust(crossed.state)).toBe(START.trust + TRUST.agreement + TRUST.broken);
    expect(crossed.state.crisis.agreements[0]!.violations).toEqual([1]);

    const again = play(scenario, crossed.state, { type: 'move', unit: 'c2', to: at(4, 3) });
    expect(incidentsIn(again.events)).toEqual([]);
    expect(points(again.state)).toBe(points(crossed.state));
  });

  it('pulling back from beyond the line lowers escalation by LOWER.pullBack', () => {
    const { scenario, state } = lineGame([{ id: 'c3', camp: 'coalition', at: [4, 4] }]); // stood on the line before it was agreed
    const r = play(scenario, state, { type: 'move', unit: 'c3', to: at(5, 4) });
    expect(incidentsIn(r.events)).toEqual([]);
    expect(escalationChanges(r.events)).toEqual([expect.objectContaining({ delta: -LOWER.pullBack, by: 'coalition' })]);
    expect(points(r.state)).toBe(START.escalation - LOWER.pullBack);
  });

  it('crossing and coming back in the same turn earns no pull-back', () => {
    const { scenario, state } = lineGame();
    const over = run(scenario, state, { type: 'move', unit: 'c', to: at(4, 2) });
    const back = play(scenario, over, { type: 'move', unit: 'c', to: at(5, 2) });
    expect(escalationChanges(back.events)).toEqual([]);
    expect(points(back.state)).toBe(points(over));
  });

  it('a unit already beyond the line may move there without a new crossing', () => {
    const { scenario, state } = lineGame([{ id: 'c3', camp: 'coalition', at: [4, 4] }]);
    const r = play(scenario, state, { type: 'move', unit: 'c3', to: at(4, 5) });
    expect(incidentsIn(r.events)).toEqual([]);
    expect(points(r.state)).toBe(START.escalation);
  });

  it('an assault that advances over the line is a crossing', () => {
    const { scenario, state } = buildGame({
      units: [{ id: 'r', camp: 'russia', at: [1, 2] }, { id: 'c', camp: 'coalition', type: 'mech', at: [5, 2] }, { id: 'i', camp: 'is', at: [4, 2], strength: 1 }],
      crisis: START,
    });
    let s = run(scenario, state, say({ kind: 'propose_line', line: LINE }));
    s = phaseTo(scenario, s, 'coalition');
    s = run(scenario, s, say({ kind: 'accept', to: 'H1' }));
    const r = play(scenario, withRolls(s, [6]), { type: 'attack', unit: 'c', target: at(4, 2) });
    expect(r.events).toContainEqual(expect.objectContaining({ type: 'unit_advanced', unit: 'c', to: at(4, 2) }));
    expect(incidentsIn(r.events)).toEqual([expect.objectContaining({ type: 'line_crossed', cause: 'coalition', hex: at(4, 2) })]);
  });

  it('a line kept through a turn lowers escalation by LOWER.honoured and raises trust by TRUST.honoured', () => {
    const { scenario, state } = lineGame();
    const r = endTurn(scenario, state);
    expect(points(r.state)).toBe(START.escalation - LOWER.honoured - LOWER.quietTurn);
    expect(trust(r.state)).toBe(START.trust + TRUST.agreement + TRUST.honoured);
  });

  it('under a river line a crossing by pontoon to the far bank is a line crossing', () => {
    const { scenario, state } = buildGame({
      terrain: ['ddddrddd', 'ddddrddd', 'ddddrddd', 'ddddrddd', 'ddddrddd', 'ddddrddd'],
      units: [
        { id: 'm', camp: 'russia', type: 'mech', at: [3, 2] }, { id: 'e', camp: 'russia', type: 'eng', at: [3, 1] },
        { id: 'c', camp: 'coalition', at: [7, 5] },
      ],
      phaseOrder: ['coalition', 'russia', 'is'],
      crisis: START,
    });
    expect(scenario.map.bankOf(at(3, 2))).toBe(HOME_BANK.russia);
    expect(scenario.map.bankOf(at(5, 2))).toBe(HOME_BANK.coalition);
    let s = run(scenario, state, say({ kind: 'propose_line', line: { kind: 'river' } }));
    s = phaseTo(scenario, s, 'russia');
    s = run(scenario, s, say({ kind: 'accept', to: 'H1' }), { type: 'build_pontoon', unit: 'e', at: at(4, 1) });
    const r = play(scenario, s, { type: 'move', unit: 'm', to: at(5, 2) });
    expect(incidentsIn(r.events)).toEqual([expect.objectContaining({ type: 'line_crossed', cause: 'russia', victim: 'coalition', hex: at(5, 2) })]);
    expect(points(r.state)).toBe(START.escalation + RAISE.line_crossed);
  });
});

describe('agreements and warnings', () => {
  /** Russia asks the coalition to leave the area around its unit; the coalition accepts on turn 1. */
  function withdrawalGame() {
    const { scenario, state } = buildGame({
      units: [{ id: 'r', camp: 'russia', at: [0, 0] }, { id: 'c', camp: 'coalition', at: [5, 2] }],
      crisis: START,
    });
    let s = run(scenario, state, say({ kind: 'request_withdrawal', area: { centre: at(5, 2), radius: 1 }, turns: 3 }));
    s = phaseTo(scenario, s, 'coalition');
    s = run(scenario, s, say({ kind: 'accept', to: 'H1' }));
    return { scenario, state: s };
  }

  it('a withdrawal accepted on one turn is broken at the end of the next phase its units still stand in the area', () => {
    const { scenario, state } = withdrawalGame();
    // A turn's grace to get out, then the three turns asked for.
    expect(state.crisis.agreements[0]).toMatchObject({ kind: 'withdrawal', by: 'russia', bound: ['coalition'], from: 1, until: 4 });
    const turn1 = endTurn(scenario, state); // the turn it was made in: no breach yet, and it counts as kept
    expect(incidentsIn(turn1.events)).toEqual([]);
    expect(points(turn1.state)).toBe(START.escalation - LOWER.honoured - LOWER.quietTurn);
    const before = trust(turn1.state);
    const s = phaseTo(scenario, turn1.state, 'coalition');
    const stayed = play(scenario, s, END);
    expect(incidentsIn(stayed.events)).toEqual([expect.objectContaining({ type: 'agreement_broken', cause: 'coalition', victim: 'russia', hex: at(5, 2) })]);
    expect(stayed.events).toContainEqual(expect.objectContaining({ type: 'agreement_violated', agreement: 'A1', by: 'coalition' }));
    expect(points(stayed.state)).toBe(points(s) + RAISE.agreement_broken);
    expect(trust(stayed.state)).toBe(before + TRUST.broken);
  });

  it('leaving the area keeps the withdrawal', () => {
    const { scenario, state } = withdrawalGame();
    const s = phaseTo(scenario, endTurn(scenario, state).state, 'coalition');
    const left = play(scenario, s, { type: 'move', unit: 'c', to: at(7, 2) }, END);
    expect(incidentsIn(left.events)).toEqual([]);
  });

  it('walking into an area the other power warned you off is an ignored warning', () => {
    const { scenario, state } = buildGame({
      units: [{ id: 'r', camp: 'russia', at: [1, 2] }, { id: 'c', camp: 'coalition', at: [6, 2] }],
      crisis: START,
    });
    let s = run(scenario, state, say({ kind: 'warn', area: { centre: at(3, 2), radius: 1 }, consequence: 'strike_back', public: false }));
    expect(s.crisis.agreements[0]).toMatchObject({ kind: 'warning', by: 'russia', bound: ['coalition'], from: 1, until: HOTLINE.warningTurns, consequence: 'strike_back' });
    expect(points(s)).toBe(START.escalation); // a private warning costs nothing
    s = phaseTo(scenario, s, 'coalition');
    const r = play(scenario, s, { type: 'move', unit: 'c', to: at(4, 2) });
    expect(incidentsIn(r.events)).toEqual([expect.objectContaining({ type: 'warning_ignored', cause: 'coalition', victim: 'russia', escalation: RAISE.warning_ignored })]);
    expect(trust(r.state)).toBe(START.trust + TRUST.broken);
  });

  it('a public warning is itself an incident caused by the power that makes it', () => {
    const { scenario, state } = buildGame({ units: [{ id: 'r', camp: 'russia', at: [1, 2] }, { id: 'c', camp: 'coalition', at: [6, 2] }], crisis: START });
    const r = play(scenario, state, say({ kind: 'warn', area: { centre: at(3, 2), radius: 1 }, consequence: 'hold_responsible', public: true }));
    expect(incidentsIn(r.events)).toEqual([expect.objectContaining({ type: 'public_warning', cause: 'russia', victim: 'coalition', hex: at(3, 2), escalation: RAISE.public_warning })]);
    expect(points(r.state)).toBe(START.escalation + RAISE.public_warning);
  });

  it('firing into a hold-fire area you agreed to breaks it', () => {
    const { scenario, state } = buildGame({
      units: [{ id: 's', camp: 'russia', at: [2, 2] }, { id: 'is', camp: 'is', at: [3, 2] }, { id: 'c', camp: 'coalition', at: [7, 5] }],
      sorties: 1, phaseOrder: ['coalition', 'russia', 'is'], crisis: START,
    });
    let s = run(scenario, state, say({ kind: 'request_hold_fire', area: { centre: at(3, 2), radius: 1 }, turns: 1 }));
    s = phaseTo(scenario, s, 'russia');
    s = run(scenario, s, say({ kind: 'accept', to: 'H1' }));
    const r = play(scenario, s, STRIKE);
    expect(incidentsIn(r.events)).toEqual([expect.objectContaining({ type: 'agreement_broken', cause: 'russia', victim: 'coalition', hex: at(3, 2) })]);
    expect(trust(r.state)).toBe(START.trust + TRUST.agreement + TRUST.broken);
  });
});

describe('face-to-face meetings', () => {
  it('a meeting accepted this turn is held at the start of the next: escalation -LOWER.meeting, trust +TRUST.meeting, maps shared', () => {
    const { scenario, state } = buildGame({
      units: [{ id: 'r', camp: 'russia', at: [0, 0] }, { id: 'c', camp: 'coalition', at: [7, 5] }],
      crisis: { ...START, escalation: 50 },
    });
    let s = run(scenario, state, say({ kind: 'request_meeting' }));
    expect(s.crisis.messages[0]).toMatchObject({ from: 'russia', to: 'coalition', status: 'pending', channel: 'commanders' });
    s = phaseTo(scenario, s, 'coalition');
    s = run(scenario, s, say({ kind: 'accept', to: 'H1' }));
    expect(s.crisis.agreements[0]).toMatchObject({ kind: 'meeting', by: 'russia', bound: ['coalition', 'russia'], from: 2, until: 2 });
    expect(trust(s)).toBe(START.trust + TRUST.agreement);
    expect(viewFor(scenario, s, 'coalition').units.map((u) => u.id)).toEqual(['c']);

    const next = endTurn(scenario, s);
    expect(next.state.turn).toBe(2);
    const changes = escalationChanges(next.events);
    expect(changes.map((c) => c.delta)).toEqual([-LOWER.quietTurn, -LOWER.meeting]);
    expect(points(next.state)).toBe(50 - LOWER.quietTurn - LOWER.meeting);
    expect(trust(next.state)).toBe(START.trust + TRUST.agreement + TRUST.meeting);
    // In Col. Dillon's words of 21 Sep 2017 (docs/history.md).
    expect(next.events.some((e) => e.type === 'trust_changed' && e.cause.includes('maps, graphics and information shared'))).toBe(true);
    expect(viewFor(scenario, next.state, 'coalition').units.map((u) => u.id).sort()).toEqual(['c', 'r']);
    expect(viewFor(scenario, next.state, 'russia').units.map((u) => u.id).sort()).toEqual(['c', 'r']);
    // Another meeting waits for the cooldown; the maps are shared on the meeting's turn only.
    const again = applyCommand(scenario, next.state, say({ kind: 'request_meeting' }));
    expect(again.ok || again.error.code).toBe('invalid_message');
    const turn3 = endTurn(scenario, next.state).state;
    expect(viewFor(scenario, turn3, 'coalition').units.map((u) => u.id)).toEqual(['c']);
  });
});

/** Russia's unannounced strike goes astray onto the coalition (who only suspects); the coalition protests in its phase. */
function protestedGame() {
  const { scenario, state } = strikeGame();
  let s = run(scenario, withDraws(state, [[100, 1], [6, 6]]), STRIKE); // 1 is within any chance (MISID.min >= 1)
  expect(s.crisis.incidents[0]).toMatchObject({ id: 'I1', type: 'misidentified_strike', knowledge: { coalition: 'suspects' } });
  s = phaseTo(scenario, s, 'coalition');
  s = run(scenario, s, say({ kind: 'protest', incident: 'I1' }));
  expect(s.crisis.incidents[0]!.status).toBe('protested');
  expect(s.crisis.messages[0]).toMatchObject({ id: 'H1', status: 'pending', to: 'russia' });
  return { scenario, state: phaseTo(scenario, s, 'russia') };
}

describe('protests, denials and acknowledgements', () => {
  it('a false denial costs trust; exposed (roll <= EXPOSURE_PCT) it costs more and is a new incident', () => {
    const { scenario, state } = protestedGame();
    const e0 = points(state);
    const t0 = trust(state);
    const exposed = play(scenario, withDraws(state, [[100, EXPOSURE_PCT]]), say({ kind: 'deny', to: 'H1' }));
    expect(exposed.events).toContainEqual({ type: 'denial_exposed', incident: 'I1', by: 'russia' });
    expect(trust(exposed.state)).toBe(t0 + TRUST.falseDenial + TRUST.exposed);
    expect(exposed.state.crisis.incidents[0]).toMatchObject({ status: 'denied', knowledge: { coalition: 'knows' } });
    expect(incidentsIn(exposed.events)).toEqual([expect.objectContaining({ id: 'I2', type: 'false_denial', cause: 'russia', victim: 'coalition', escalation: RAISE.false_denial })]);
    expect(points(exposed.state)).toBe(e0 + RAISE.false_denial);
    expect(exposed.state.crisis.messages[0]).toMatchObject({ status: 'answered', answer: 'H2' });

    const hidden = play(scenario, withDraws(state, [[100, EXPOSURE_PCT + 1]]), say({ kind: 'deny', to: 'H1' }));
    expect(eventTypes(hidden.events)).not.toContain('denial_exposed');
    expect(trust(hidden.state)).toBe(t0 + TRUST.falseDenial);
    expect(hidden.state.crisis.incidents[0]).toMatchObject({ status: 'denied', knowledge: { coalition: 'suspects' } });
    expect(hidden.state.crisis.incidents).toHaveLength(1);
    expect(points(hidden.state)).toBe(e0);
  });

  it('denying an incident its victim saw for itself is always exposed, with no roll', () => {
    const { scenario, state } = duelGame();
    let s = run(scenario, withRolls(state, [5]), ASSAULT);
    s = phaseTo(scenario, s, 'russia');
    s = run(scenario, s, say({ kind: 'protest', incident: 'I1' }));
    s = phaseTo(scenario, s, 'coalition');
    const draws = s.rngDraws;
    const r = play(scenario, s, say({ kind: 'deny', to: 'H1' }));
    expect(r.state.rngDraws).toBe(draws);
    expect(eventTypes(r.events)).toContain('denial_exposed');
    expect(trust(r.state)).toBe(trust(s) + TRUST.falseDenial + TRUST.exposed);
  });

  it('acknowledging a protest lowers escalation by LOWER.acknowledge and raises trust by TRUST.acknowledge', () => {
    const { scenario, state } = protestedGame();
    const r = play(scenario, state, say({ kind: 'acknowledge', to: 'H1' }));
    expect(r.state.crisis.incidents[0]).toMatchObject({ status: 'acknowledged', knowledge: { coalition: 'knows' } });
    expect(points(r.state)).toBe(points(state) - LOWER.acknowledge);
    expect(trust(r.state)).toBe(trust(state) + TRUST.acknowledge);
    expect(r.state.rngDraws).toBe(state.rngDraws);
    expect(viewFor(scenario, r.state, 'coalition').crisis.incidents[0]!.cause).toBe('russia');
  });
});

describe('who knows the author of a strike gone astray', () => {
  /** The coalition's gun fires on IS next to a Russian unit; the d100 is forced to misidentify. */
  function astray(kind: 'fire' | 'air') {
    const { scenario, state } = buildGame({
      units: [
        { id: 'gun', camp: 'coalition', type: 'arty', at: [6, 2] }, { id: 'c', camp: 'coalition', at: [5, 2] },
        { id: 'is', camp: 'is', at: [3, 2] }, { id: 'r', camp: 'russia', at: [2, 2] },
      ],
      phaseOrder: ['coalition', 'russia', 'is'], sorties: 1, crisis: START,
    });
    const cmd = kind === 'fire' ? { type: 'attack', unit: 'gun', target: at(3, 2) } as const : { type: 'air_strike', target: at(3, 2) } as const;
    const r = play(scenario, withDraws(state, [[100, 1], [6, 6]]), cmd);
    const incident = incidentsIn(r.events)[0]!;
    expect(incident).toMatchObject({ type: 'misidentified_strike', cause: 'coalition', victim: 'russia', hex: at(2, 2) });
    return incident;
  }

  it('an unannounced air strike gone astray leaves its victim suspecting', () => {
    expect(astray('air').knowledge.russia).toBe('suspects');
  });

  it('artillery fire gone astray is seen for what it is, like deliberate ground fire', () => {
    expect(astray('fire').knowledge.russia).toBe('knows');
  });
});

describe('incidents in views', () => {
  it('a victim that only suspects sees neither the author nor who caused it; the author and the facilitator do', () => {
    const { scenario, state } = strikeGame();
    const s = run(scenario, withDraws(state, [[100, 1], [6, 6]]), STRIKE);
    expect(s.crisis.incidents[0]).toMatchObject({ cause: 'russia', knowledge: { russia: 'caused', coalition: 'suspects' } });
    const victim = viewFor(scenario, s, 'coalition').crisis.incidents[0]!;
    expect(victim.cause).toBeNull();
    expect(victim.knowledge.coalition).toBe('suspects');
    expect(Object.values(victim.knowledge)).not.toContain('caused');
    expect(viewFor(scenario, s, 'russia').crisis.incidents[0]!.cause).toBe('russia');
    expect(viewFor(scenario, s, 'all').crisis.incidents[0]).toEqual(s.crisis.incidents[0]);
    expect(viewFor(scenario, s, 'is').crisis.incidents[0]!.cause).toBe('russia');
    expect(s.crisis.incidents[0]!.cause).toBe('russia'); // the view is a copy
  });

  it('the ladder\'s last change does not name the author of an incident the viewer only suspects', () => {
    const { scenario, state } = strikeGame();
    const s = run(scenario, withDraws(state, [[100, 1], [6, 6]]), STRIKE);
    expect(s.crisis.escalation.last).toMatchObject({ cause: 'misidentified_strike', by: 'russia' });
    expect(viewFor(scenario, s, 'coalition').crisis.escalation.last?.by).toBeNull();
  });

  it('an announced strike gone astray is shown with its author', () => {
    const { scenario, state } = strikeGame();
    const noticed = run(scenario, state, notice());
    const s = run(scenario, withDraws(noticed, [[100, 1], [6, 6]]), STRIKE);
    expect(viewFor(scenario, s, 'coalition').crisis.incidents[0]!.cause).toBe('russia');
  });
});

describe('the ladder', () => {
  it('rungs are ordered and rungOf finds each from its threshold', () => {
    RUNGS.forEach((r, i) => {
      expect(rungOf(r.min)).toBe(i);
      if (i > 0) {
        expect(r.min).toBeGreaterThan(RUNGS[i - 1]!.min);
        expect(rungOf(r.min - 1)).toBe(i - 1);
      }
    });
    expect(RUNGS[RUNG.clash]!.min).toBe(ESCALATION_MAX);
  });

  it('a new game starts at the scenario escalation and trust, its peak at that rung', () => {
    const { state } = buildGame({ units: [{ id: 'r', camp: 'russia', at: [0, 0] }], crisis: { escalation: 65, trust: 12 } });
    expect(state.crisis).toMatchObject({ escalation: { points: 65, peak: RUNG.confrontation, raisedThisTurn: false, last: null }, trust: 12 });
  });
});
