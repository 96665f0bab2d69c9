// The after-action review model, on the golden replays: every incident and message is in the timeline
// with the escalation it caused, every escalation change lands somewhere, the history comparison and
// the discussion questions follow what happened in the game.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Command, applyCommand, newGame } from '../../src/engine';
import { TRUST } from '../../src/engine/crisisRules';
import { replayFromCommands } from '../../src/replay/fromCommands';
import { parseReplayText } from '../../src/replay/parse';
import { verifyReplay } from '../../src/replay/verify';
import { buildReview } from '../../src/review/build';
import { turnOfDate } from '../../src/review/history';
import type { Review } from '../../src/review/types';
import { builtinScenario } from '../../src/scenarios';

function golden(name: string) {
  const p = parseReplayText(readFileSync(`tests/golden/${name}.json`, 'utf8'), builtinScenario);
  if (!p.ok) throw new Error(p.message);
  const v = verifyReplay(p.scenario, p.replay);
  if (!v.ok) throw new Error(v.message);
  return { ...p, final: v.state, review: buildReview(p.scenario, p.replay) };
}

const clash = golden('direct-clash');
const coalition = golden('coalition-wins');
const russia = golden('russia-wins');
const start = newGame(clash.scenario, '1').crisis.escalation.points;
const history = (r: Review, topic: string) => r.history.find((h) => h.topic === topic)!;

describe('after-action review', () => {
  it('lists every incident with the escalation it added and who caused it', () => {
    const { final, review } = clash;
    expect(final.crisis.incidents.length).toBe(12);
    for (const inc of final.crisis.incidents) {
      const e = review.timeline.find((x) => x.kind === 'incident' && x.ref === inc.id);
      expect(e, inc.id).toBeDefined();
      expect(e!.turn).toBe(inc.turn);
      expect(e!.actor).toBe(inc.cause);
      expect(e!.delta, inc.id).toBe(inc.escalation);
      expect(e!.escalation.every((c) => c.by === inc.cause)).toBe(true);
    }
  });

  it('accounts for every escalation change: the deltas add up to the final level', () => {
    for (const g of [clash, coalition, russia]) {
      const sum = g.review.timeline.reduce((s, e) => s + e.delta, 0);
      expect(start + sum).toBe(g.final.crisis.escalation.points);
      expect(g.review.series.escalation.at(-1)).toBe(g.final.crisis.escalation.points);
      expect(g.review.series.turns).toEqual(Array.from({ length: g.final.turn }, (_, i) => i + 1));
    }
  });

  it('lists every hotline message in the timeline and the formal transcript', () => {
    const { final, review } = coalition;
    expect(final.crisis.messages.length).toBe(45);
    expect(review.transcript.map((t) => t.id)).toEqual(final.crisis.messages.map((m) => m.id));
    for (const m of final.crisis.messages) {
      expect(review.timeline.some((e) => e.kind === 'message' && e.ref === m.id && e.actor === m.from), m.id).toBe(true);
    }
    expect(review.transcript[0]!.title).toMatch(/^[A-Z ]+/);
    expect(review.transcript[0]!.header).toContain('H1 ·');
  });

  it('gives a message its change in trust, and a call left unanswered its cost and its question', () => {
    const accepted = coalition.review.timeline.find((e) => e.kind === 'message' && /ACCEPTANCE OF H\d+/.test(e.text))!;
    expect(accepted).toBeDefined();
    expect(accepted.trust).toBeGreaterThan(0);
    const left = russia.review.timeline.find((e) => e.text === 'Russia left H1 unanswered.')!;
    expect(left).toMatchObject({ kind: 'message', actor: 'russia', ref: 'H1', trust: TRUST.unanswered });
    expect(russia.review.questions.map((q) => q.id)).toContain('unanswered-call');
    expect(coalition.review.questions.map((q) => q.id)).not.toContain('unanswered-call');
  });

  it('gives the outcome and its score', () => {
    expect(clash.review.outcome.headline).toBe('Direct clash, set off by Russia: both camps lose');
    expect(clash.review.outcome.report?.score).toEqual({ coalition: -50, russia: -100 });
    expect(coalition.review.outcome.headline).toMatch(/coalition .* wins/i);
    expect(russia.review.outcome.report?.winner).toBe('russia');
    expect(coalition.review.outcome.finalHash).toBe('0381ffc4878b208a');
    expect(clash.review.players).toEqual({ coalition: 'Reckless (simple AI)', russia: 'Reckless (simple AI)', is: 'Hold (IS: stand and counterattack)' });
  });

  it('puts the clash and each rung climbed among the key moments, in order', () => {
    const km = clash.review.keyMoments;
    expect(km.some((k) => k.turn === 9 && /Direct US–Russian clash/.test(k.title))).toBe(true);
    expect(km.filter((k) => /climbed a rung/.test(k.why)).length).toBeGreaterThanOrEqual(4);
    expect(km.map((k) => k.command)).toEqual([...km.map((k) => k.command)].sort((a, b) => a - b));
    expect(coalition.review.keyMoments.every((k) => /changed hands|escalation/i.test(k.why))).toBe(true);
  });

  it('compares the game with 2017: dates become turns, and the game side names its own turns', () => {
    expect(turnOfDate(clash.scenario, '2017-09-23')).toBe(8);
    expect(turnOfDate(clash.scenario, '2017-09-18')).toBe(5);
    expect(turnOfDate(clash.scenario, '2017-10-14')).toBe(18);
    const conoco = history(clash.review, 'The Conoco gas plant');
    expect(conoco.history).toBe('The SDF took the Conoco gas plant on 23 Sep 2017 (turn 8).');
    expect(conoco.game).toMatch(/^In your game the coalition took Conoco gas plant on turn 3, earlier than in reality/);
    expect(history(clash.review, 'Crossing the Euphrates').game).toContain('no pontoon was built. The government side never crossed the river.');
    expect(history(russia.review, 'Crossing the Euphrates').game).toContain('the first pontoon was built on turn 18 by the government side at hex 4,23 near Mu Hasan. The government side first crossed on turn 17');
    expect(history(coalition.review, 'Crossing the Euphrates').game).toContain('no pontoon was built');
    expect(history(clash.review, 'The industrial zone and the oil fields').history).toContain('Al-Omar oil field on 22 Oct 2017, after the game\'s last turn (20)');
    expect(history(clash.review, 'The industrial zone and the oil fields').game).toBe('In your game the coalition took Industrial zone on turn 8; the coalition took Jafra oil field on turn 5; no great-power camp took Al-Omar oil field.');
    expect(history(clash.review, 'The disputed strike').game).toContain('12 incidents; the first, I1, was a misidentified strike on turn 1 caused by Coalition');
    expect(history(coalition.review, 'The disputed strike').game).toBe('In your game there was no incident between the powers.');
    expect(history(clash.review, 'The line and Khasham').game).toContain('direct clash, set off by Russia');
    for (const h of clash.review.history) expect(h.sources.length).toBeGreaterThan(5);
  });

  it('keeps the 18 Sep crossing and the later bridge apart, and tells of Asapov and the west bank', () => {
    const crossing = history(clash.review, 'Crossing the Euphrates').history;
    expect(crossing).toContain('by pontoons and ferries on 18 Sep 2017 (turn 5)');
    expect(crossing).toMatch(/bridge, about 210 m long, came later, about 26 Sep 2017 \(turn 9\)/);
    expect(history(clash.review, 'A Russian general killed').history).toContain('Asapov');
    expect(history(clash.review, 'A Russian general killed').history).toContain('24 Sep 2017 (turn 8)');
    expect(history(clash.review, 'A Russian general killed').game).toBe('In your game the unit "Russian military advisers (Asapov)" came through unhurt.');
    expect(history(russia.review, 'A Russian general killed').game).toBe('In your game the unit "Russian military advisers (Asapov)" was destroyed.');
    expect(history(russia.review, 'The west bank in September').history).toContain('about 100 km of the west bank');
    expect(history(russia.review, 'The west bank in September').game).toBe('In your game the government side had gone 10 km down the west-bank highway from the city by the end of September (turn 11).');
  });

  it('writes counts in plain English: no "0 had", "met never" or "shared 0 times"', () => {
    expect(history(clash.review, 'Meetings, maps and warnings').game).toBe('In your game the commanders never met; positions were never shared; no warning was sent.');
    expect(history(coalition.review, 'Meetings, maps and warnings').game).toBe('In your game the commanders never met; positions were never shared; 17 warnings were sent, none in public.');
    expect(history(russia.review, 'Meetings, maps and warnings').game).toBe('In your game the commanders never met; positions were never shared; no warning was sent.');
    expect(history(clash.review, 'The disputed strike').game).toMatch(/\. Of these, 4 had a disputed author \(the victim only suspected who did it\)\.$/);
    for (const g of [clash, coalition, russia]) for (const h of g.review.history) expect(h.game).not.toMatch(/\b0 (had|times|warnings|of them)\b|met never|were 1 /);
  });

  it('asks different questions after a clash than after a quiet win', () => {
    const ids = (r: Review) => r.questions.map((q) => q.id);
    expect(ids(clash.review)).toEqual(expect.arrayContaining(['clash-turning-point', 'clash-intent', 'silent-hotline']));
    expect(ids(clash.review)).not.toContain('winner-risk');
    expect(ids(coalition.review)).toEqual(expect.arrayContaining(['quiet-race', 'winner-risk']));
    expect(ids(coalition.review)).not.toContain('clash-turning-point');
    expect(coalition.review.questions.find((q) => q.id === 'winner-risk')!.text).toMatch(/^The coalition won/);
    expect(russia.review.questions.find((q) => q.id === 'winner-risk')!.text).toMatch(/^The government side won/);
  });

  it('is plain JSON and the same every time', () => {
    expect(JSON.parse(JSON.stringify(clash.review))).toEqual(clash.review);
    expect(buildReview(clash.scenario, clash.replay)).toEqual(clash.review);
  });

  it('lists Control\'s injects with the escalation they caused, and sets scenario injects beside their history', () => {
    // The coalition-wins game up to the start of turn 4, then the 16 Sep strike and a custom inject.
    let state = newGame(coalition.scenario, coalition.replay.seed);
    const commands: Command[] = [];
    for (const c of coalition.replay.commands) {
      if (state.turn >= 4) break;
      const r = applyCommand(coalition.scenario, state, c);
      if (!r.ok) throw new Error(r.error.message);
      state = r.state;
      commands.push(c);
    }
    commands.push({ type: 'inject', inject: { kind: 'scenario', id: 'strike-16-sep' } });
    commands.push({ type: 'inject', inject: { kind: 'custom', title: 'Press leak', text: 'A paper prints the deconfliction map.', escalation: 6, trust: -5 } });
    const replay = replayFromCommands(coalition.scenario, coalition.replay.seed, coalition.replay.players, commands);
    const review = buildReview(coalition.scenario, replay);
    const injects = review.timeline.filter((e) => e.kind === 'inject');
    expect(injects.map((e) => [e.ref, e.actor, e.turn])).toEqual([['J1', 'control', 4], ['J2', 'control', 4]]);
    expect(injects[1]!.delta).toBe(6);
    const strike = review.timeline.find((e) => e.kind === 'incident' && e.command === commands.length - 1)!;
    // The inject did it, not the Russia team: Control is the actor and the author, and no change is Russia's.
    expect(strike.actor).toBe('control');
    expect(strike.text).toContain('caused by Control (inject J1) against Coalition');
    expect(strike.escalation.every((c) => c.by === null && c.inject === 'J1')).toBe(true);
    expect(review.timeline.some((e) => e.actor === 'russia' && e.command >= commands.length - 1)).toBe(false);
    expect(strike.delta).toBeGreaterThan(0);
    expect(review.outcome.injects).toBe(2);
    expect(review.keyMoments.filter((k) => k.title.startsWith('Inject J')).map((k) => k.turn)).toEqual([4, 4]);
    expect(review.questions.map((q) => q.text)).toEqual(expect.arrayContaining([expect.stringContaining('"Unattributed strike on SDF positions"'), expect.stringContaining('"Press leak"')]));
    const line = review.history.find((h) => h.topic === 'Inject: Unattributed strike on SDF positions')!;
    expect(line.history).toMatch(/^At about 00:30 GMT on 16 September 2017/);
    expect(line.sources).toMatch(/^CJTF-OIR statements/);
    expect(line.game).toMatch(/^In your game Control fired it on turn 4 \(J1; planned for turn 4\); it caused incident I\d+/);
    const sum = review.timeline.reduce((s, e) => s + e.delta, 0);
    expect(start + sum).toBe(review.series.escalation.at(-1));
  });

  it('puts an inject\'s public warning in Russia\'s name on Control, in the timeline, the transcript and the history', () => {
    const commands = [...coalition.replay.commands.slice(0, 3), { type: 'inject', inject: { kind: 'scenario', id: 'public-warning-21-sep' } } as Command];
    const replay = replayFromCommands(coalition.scenario, coalition.replay.seed, coalition.replay.players, commands);
    const review = buildReview(coalition.scenario, replay);
    const after = review.timeline.filter((e) => e.command === commands.length);
    expect(after.map((e) => [e.kind, e.actor])).toEqual([['inject', 'control'], ['message', 'control'], ['incident', 'control']]);
    expect(after[1]!.text).toMatch(/^H\d+ Control \(inject J1\) in Russia's name to Coalition: /);
    expect(after[2]!.text).toContain('public warning');
    expect(after[2]!.text).toContain('caused by Control (inject J1)');
    expect(review.transcript.at(-1)!.header).toContain('Control (inject J1) in Russia\'s name to Coalition');
    expect(history(review, 'The disputed strike').game).toMatch(/^In your game there was one incident, I1, a public warning on turn 1 caused by Control \(inject J1\)\.$/);
  });

  it('puts Control\'s notes at the start of their turns and keeps a team\'s remark in the transcript', () => {
    const commands = coalition.replay.commands.map((c, i) => (c.type === 'hotline' && i === coalition.replay.commands.findIndex((x) => x.type === 'hotline')
      ? { ...c, remark: 'Our <b>only</b> line.' } : c));
    const replay = {
      ...replayFromCommands(coalition.scenario, coalition.replay.seed, coalition.replay.players, commands),
      notes: [{ turn: 3, text: 'Blue hesitated over Conoco.' }, { turn: 1, text: 'Both teams briefed.' }],
    };
    const review = buildReview(coalition.scenario, replay);
    const notes = review.timeline.filter((e) => e.kind === 'note');
    expect(notes.map((e) => [e.turn, e.text, e.actor])).toEqual([[1, 'Control\'s note: Both teams briefed.', 'control'], [3, 'Control\'s note: Blue hesitated over Conoco.', 'control']]);
    const i = review.timeline.indexOf(notes[1]!);
    expect(review.timeline[i - 1]!.turn).toBeLessThan(3);
    expect(review.timeline[i + 1]!.turn).toBe(3);
    expect(notes[0]!.command).toBe(0);
    expect(review.transcript[0]!.remark).toBe('Our <b>only</b> line.');
    expect(review.transcript[1]!.remark).toBeUndefined();
  });
});

