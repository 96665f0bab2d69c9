// The hot-seat flow on one screen, headless (src/presenter/hotSeat.ts): the screen follows the match
// (handover, team, Control, pause, the end), pause returns where the match is, each team's log is kept
// from the other, Control's injects (due ones fired once, as the handover begins) and the autosave.
import { describe, expect, it } from 'vitest';
import { type Command, legalCommands } from '../../src/engine';
import { type ExerciseConfig, defaultConfig } from '../../src/exercise/config';
import { Controller } from '../../src/presenter/controller';
import { HotSeat, exerciseSession } from '../../src/presenter/hotSeat';
import { MAIN_SCENARIO_ID, builtinScenario } from '../../src/scenarios';
import { useLocale } from '../../src/i18n/messages';
import { loadScenarioText, scenarioText } from '../../src/text/scenarioText';

const scenario = builtinScenario(MAIN_SCENARIO_ID)!;
const config: ExerciseConfig = { ...defaultConfig(scenario, 'hot-seat-1'), injects: ['strike-16-sep'] };
const STRIKE = scenario.injects.find((i) => i.id === 'strike-16-sep')!;

function open(storage?: Pick<Storage, 'setItem'>) {
  const session = exerciseSession(config, scenario);
  const controller = new Controller(session);
  const seat = new HotSeat(session, controller, config, storage);
  controller.start();
  return { session, controller, seat };
}

const texts = (c: Controller): string[] => c.log.map((l) => l.text);

describe('hot seat', () => {
  it('shows what the match says: a handover before each team phase, the team after Continue, no team\'s log to the other', () => {
    const { session, controller, seat } = open();
    expect(seat.screen).toBe('handover');
    expect(session.viewer).toBe('none');
    expect(seat.handoverNotice()).toMatchObject({ team: 'russia', turn: 1, calls: 0, injects: [] });
    seat.takeOver();
    expect([seat.screen, session.camp, session.viewer]).toEqual(['team', 'russia', 'team']);

    const move = legalCommands(scenario, session.snapshot().state).find((c): c is Extract<Command, { type: 'move' }> => c.type === 'move')!;
    const before = controller.log.length;
    controller.command(move);
    const russian = texts(controller).slice(before)[0]!;
    expect(russian, 'the move is in russia\'s log').toBeDefined();
    controller.command({ type: 'end_phase' });
    expect(seat.screen).toBe('handover');
    expect(seat.handoverNotice().team).toBe('coalition');
    expect(controller.log, 'nothing of the leaving team shows at the handover').toEqual([]);
    seat.takeOver();
    expect(session.camp).toBe('coalition');
    expect(texts(controller)).not.toContain(russian);

    controller.command({ type: 'end_phase' }); // IS plays by the AI, then turn 2 hands over to russia
    expect(seat.handoverNotice()).toMatchObject({ team: 'russia', turn: 2 });
    seat.takeOver();
    expect(texts(controller), 'the team gets its own log back').toContain(russian);
  });

  it('pause hides everything and resume returns to where the match is: the team, or the handover Control paused from', () => {
    const { session, seat } = open();
    seat.takeOver();
    seat.pause();
    expect([seat.screen, session.viewer]).toEqual(['paused', 'none']);
    expect(session.apply({ type: 'end_phase' }).ok).toBe(false);
    seat.resume();
    expect([seat.screen, session.viewer]).toEqual(['team', 'team']);

    session.apply({ type: 'end_phase' });
    seat.settle();
    seat.openControl();
    expect([seat.screen, session.viewer]).toEqual(['control', 'all']);
    seat.pause();
    expect([seat.screen, session.viewer]).toEqual(['paused', 'none']);
    seat.resume();
    expect([seat.screen, session.viewer]).toEqual(['handover', 'none']);
    seat.openControl();
    seat.closeControl();
    expect(seat.screen).toBe('handover');
  });

  it('fires a due inject once, as its handover begins, and tells both teams of it', () => {
    const { session, controller, seat } = open();
    const injects = (): number => session.snapshot().commands!.filter((c) => c.type === 'inject').length;
    while (session.view().turn < STRIKE.turn) {
      expect(injects()).toBe(0);
      seat.takeOver();
      controller.command({ type: 'end_phase' });
    }
    expect(seat.handoverNotice()).toMatchObject({ team: 'russia', turn: STRIKE.turn, injects: [STRIKE.title] });
    seat.settle();
    controller.changed();
    expect(injects(), 'fired once however often the screen settles').toBe(1);
    seat.takeOver();
    expect(texts(controller).some((t) => t.startsWith(`Inject — ${STRIKE.title}`))).toBe(true);
    controller.command({ type: 'end_phase' });
    expect(seat.handoverNotice()).toMatchObject({ team: 'coalition', turn: STRIKE.turn, injects: [STRIKE.title] });
    seat.takeOver();
    expect(texts(controller).some((t) => t.startsWith(`Inject — ${STRIKE.title}`))).toBe(true);
    expect(seat.fire({ kind: 'scenario', id: 'no-such-inject' })).toEqual(expect.any(String));
    // Each team has the inject on its attention banner until it acknowledges it; one team's
    // acknowledging leaves the other's.
    const banner = controller.attentionNow();
    expect(banner.map((a) => [a.kind, a.camp])).toEqual([['inject', 'coalition']]);
    controller.acknowledge(banner[0]!.id);
    expect(controller.attentionNow()).toEqual([]);
    expect(controller.attention.filter((a) => a.camp === 'russia')).toHaveLength(1);
  });

  // Issue 18: the teams' inject line was "Inject — <English title>: <English text>" in every language.
  it.each(['ru', 'ar'] as const)('words the teams\' inject line in %s, from the scenario\'s overlay', async (lang) => {
    await useLocale(lang);
    await loadScenarioText(scenario.id);
    try {
      const { session, controller, seat } = open();
      while (session.view().turn < STRIKE.turn) { seat.takeOver(); controller.command({ type: 'end_phase' }); }
      seat.settle();
      seat.takeOver();
      const local = scenarioText(scenario).inject(STRIKE.id)!;
      const line = texts(controller).find((x) => x.includes(local.title));
      expect(line).toBeDefined();
      expect(line!.match(/[A-Za-z]{2,}/g)).toBeNull();
    } finally {
      await useLocale('en');
    }
  });

  it('saves when the record changes, not when only the screen does', () => {
    const writes: string[] = [];
    const { controller, seat, session } = open({ setItem: (_k, v) => { writes.push(v); } });
    const after = (): number => writes.length;
    const first = after();
    seat.takeOver();
    seat.pause();
    seat.resume();
    expect(after()).toBe(first);
    controller.command({ type: 'end_phase' });
    expect(after()).toBe(first + 1);
    seat.openControl();
    seat.closeControl();
    expect(after()).toBe(first + 1);
    session.addNote('a note');
    controller.changed();
    expect(after()).toBe(first + 2);
    expect(JSON.parse(writes.at(-1)!).notes).toEqual([{ turn: 1, text: 'a note' }]);
  });

  it('ends on the all-seeing debrief when Control escalates to a clash', () => {
    const { session, seat } = open();
    for (let i = 0; i < 10 && session.status !== 'over'; i++) {
      expect(seat.fire({ kind: 'custom', title: `Escalation ${i}`, text: 'Reports of a strike on Russian advisers.', escalation: 20, trust: 0 })).toBeNull();
    }
    expect([seat.screen, session.viewer]).toEqual(['over', 'all']);
    const camps = new Set(session.view().units.map((u) => u.camp));
    expect(camps.has('coalition') && camps.has('russia')).toBe(true);
  });
});
