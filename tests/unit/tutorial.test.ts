// The tutorial: its scenario and setup check as data, its state machine (Next, Skip, Back, facts that
// stay seen), and a whole playthrough with the real controller: each step done by the very action the
// page asks for, on the fixed seed, with the same dice every time.
import { describe, expect, it } from 'vitest';
import { type Hex, hexKey } from '../../src/engine';
import { loadScenario } from '../../src/engine/validation';
import { Controller } from '../../src/presenter/controller';
import { GameSession } from '../../src/presenter/session';
import { back, forward, goTo, leave, observe, startTutorial, statusOf, waiting } from '../../src/tutorial/machine';
import { TUTORIAL_SETUP, checkSetup, tutorialScenario } from '../../src/tutorial/setup';
import { tutorialSteps } from '../../src/tutorial/steps';
import { Tutorial } from '../../src/tutorial/tutorial';
import tutorialData from '../../assets/scenarios/tutorial-2017.json';
import middleEuphrates from '../../assets/maps/middle-euphrates.json';

const steps = tutorialSteps(TUTORIAL_SETUP, (h) => hexKey(h));

describe('tutorial state machine', () => {
  it('Next on a step that only tells moves on without marking it skipped', () => {
    const s = forward(startTutorial(), steps);
    expect(s.index).toBe(1);
    expect(s.skipped.size).toBe(0);
  });

  it('Skip on a step not done marks it skipped; Back returns to it, still not done', () => {
    let s = forward(startTutorial(), steps); // on "select"
    expect(waiting(s, steps)).toBe(true);
    s = forward(s, steps);
    expect(s.index).toBe(2);
    expect(statusOf(s, steps[1]!)).toBe('skipped');
    s = back(s);
    expect(s.index).toBe(1);
    expect(waiting(s, steps)).toBe(true);
    s = observe(s, ['selected'], ['a line']);
    expect(statusOf(s, steps[1]!)).toBe('done');
    expect(waiting(s, steps)).toBe(false);
  });

  it('a fact stays seen and keeps the log lines of the change that first showed it', () => {
    let s = observe(startTutorial(), ['moved'], ['first']);
    s = observe(s, ['moved', 'fired'], ['second']);
    expect(s.facts.get('moved')).toEqual(['first']);
    expect(s.facts.get('fired')).toEqual(['second']);
    expect(observe(s, ['moved'], ['third'])).toBe(s);
  });

  it('Back stops at the first step, Next at the last, and nothing moves once left', () => {
    expect(back(startTutorial()).index).toBe(0);
    const last = goTo(startTutorial(), steps, steps.length - 1);
    expect(forward(last, steps).index).toBe(steps.length - 1);
    expect(goTo(startTutorial(), steps, steps.length).index).toBe(0);
    const gone = leave(goTo(startTutorial(), steps, 3));
    expect(forward(gone, steps).index).toBe(3);
    expect(back(gone).index).toBe(3);
  });
});

describe('tutorial setup', () => {
  it('loads and checks clean', () => {
    expect(() => tutorialScenario()).not.toThrow();
    expect(checkSetup(tutorialScenario(), TUTORIAL_SETUP)).toEqual([]);
  });

  it('names the field of a setup that points at nothing', () => {
    const bad = { ...TUTORIAL_SETUP, units: { ...TUTORIAL_SETUP.units, guns: 'no-such-guns' }, hexes: { ...TUTORIAL_SETUP.hexes, fireAt: { q: 4, r: 17 } } };
    const errors = checkSetup(tutorialScenario(), bad);
    expect(errors.map((e) => e.path)).toEqual(['tutorial.units.guns', 'tutorial.hexes.fireAt']);
    expect(errors[0]!.message).toContain('no-such-guns');
  });

  it('a broken scenario file is refused with the path of the bad field', () => {
    const broken = { ...tutorialData, units: tutorialData.units.map((u, i) => (i === 1 ? { ...u, hex: [99, 99] } : u)) };
    const loaded = loadScenario(broken, middleEuphrates);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors.map((e) => e.path)).toContain('units[1].hex');
  });
});

/** Plays the tutorial as the page asks, through the controller, and returns what each step saw. */
function playThrough() {
  const session = new GameSession(tutorialScenario(), TUTORIAL_SETUP.camp, TUTORIAL_SETUP.seed);
  const controller = new Controller(session);
  const tutorial = new Tutorial(controller, TUTORIAL_SETUP);
  let notice: Parameters<Controller['sendHotline']>[0] | undefined;
  controller.onCompose((body) => { notice = body; });
  controller.start();
  const { units, hexes } = TUTORIAL_SETUP;
  const done: string[] = [];
  const expectSpot = (h: Hex) => expect(tutorial.step.spot(tutorial.snapshot())).toEqual({ hex: h });
  const next = () => {
    expect(tutorial.state.index === 0 || !waiting(tutorial.state, tutorial.steps), `step ${tutorial.step.id} is done`).toBe(true);
    done.push(tutorial.step.id);
    tutorial.forward();
  };
  next(); // welcome
  controller.select(units.infantry); next();
  expectSpot(hexes.moveTo);
  controller.clickHex(hexes.moveTo); next();
  controller.clickHex(hexes.assault); next();
  controller.select(units.guns);
  expectSpot(hexes.fireAt);
  controller.clickHex(hexes.fireAt); next();
  expect(tutorial.step.spot(tutorial.snapshot())).toEqual({ selector: '[data-testid="air-strike"]' });
  controller.setMode('air');
  controller.clickHex(hexes.strikeAt); next();
  expect(tutorial.step.spot(tutorial.snapshot())).toEqual({ selector: '[data-testid="warning-notify"]' });
  controller.notifyFirst(); next();
  expect(controller.sendHotline(notice!).ok).toBe(true); next();
  controller.setMode('air');
  controller.clickHex(hexes.strikeAt);
  expect(controller.warning?.risk.notified).toBe(true);
  expect(tutorial.step.spot(tutorial.snapshot())).toEqual({ selector: '[data-testid="warning-confirm"]' });
  controller.confirmWarning(); next();
  controller.select(units.mobile);
  controller.clickHex(hexes.mobileTo); next();
  expect(session.undoBlocked()).toBeNull();
  expect(session.undo()).toBe(true);
  controller.changed(); // as the Undo button does
  next();
  return { tutorial, done, session };
}

describe('tutorial playthrough', () => {
  it('every step is done by the action it asks for, on the fixed seed', () => {
    const { tutorial, done } = playThrough();
    expect(done).toEqual(steps.slice(0, -1).map((s) => s.id));
    expect(tutorial.step.id).toBe('done');
    expect([...tutorial.state.skipped]).toEqual([]);
    expect(tutorial.linesOf('assaulted').join(' ')).toContain('Conoco');
  });

  it('the dice fall the same way every time: the artillery and the notified strike both hit, no incident', () => {
    const a = playThrough(), b = playThrough();
    expect(a.session.hash()).toBe(b.session.hash());
    expect(a.tutorial.linesOf('fired').join(' ')).toMatch(/lost 1 step/);
    expect(a.tutorial.linesOf('struck').join(' ')).toMatch(/Hawijat Kati lost 1 step/);
    expect(a.session.view().crisis.incidents).toEqual([]);
  });

  it('a move driven back by hand is not an undo', () => {
    const session = new GameSession(tutorialScenario(), TUTORIAL_SETUP.camp, TUTORIAL_SETUP.seed);
    const controller = new Controller(session);
    const tutorial = new Tutorial(controller, TUTORIAL_SETUP);
    controller.start();
    const home = session.view().units.find((u) => u.id === TUTORIAL_SETUP.units.mobile)!.hex;
    controller.select(TUTORIAL_SETUP.units.mobile);
    controller.clickHex(TUTORIAL_SETUP.hexes.mobileTo);
    expect(tutorial.state.facts.has('mobile_moved')).toBe(true);
    controller.clickHex(home);
    expect(hexKey(session.view().units.find((u) => u.id === TUTORIAL_SETUP.units.mobile)!.hex)).toBe(hexKey(home));
    expect(tutorial.state.facts.has('undone')).toBe(false);
  });
});

describe('tutorial facts', () => {
  it('a strike notice sent from the hotline without Notify first does the Notify first step too', () => {
    const session = new GameSession(tutorialScenario(), TUTORIAL_SETUP.camp, TUTORIAL_SETUP.seed);
    const controller = new Controller(session);
    const tutorial = new Tutorial(controller, TUTORIAL_SETUP);
    controller.start();
    expect(tutorial.state.facts.has('composing')).toBe(false);
    const sent = controller.sendHotline({ kind: 'notify', activity: 'strike', area: { centre: TUTORIAL_SETUP.hexes.strikeAt, radius: 1 }, turn: 1 });
    expect(sent.ok).toBe(true);
    expect([...tutorial.state.facts.keys()]).toEqual(expect.arrayContaining(['composing', 'notified']));
  });
});
