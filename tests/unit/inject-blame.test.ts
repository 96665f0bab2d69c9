// Injects are Control's: in a game of the main scenario with every inject fired at its turn, the event
// log, the ladder's history and the crisis record never put what an inject did on a team.
import { describe, expect, it } from 'vitest';
import { type Command, type GameEvent, applyCommand, newGame } from '../../src/engine';
import { ladderHistory } from '../../src/exercise/control';
import { MAIN_SCENARIO_ID, builtinScenario } from '../../src/scenarios';
import { describeEvent } from '../../src/text/eventText';

const scenario = builtinScenario(MAIN_SCENARIO_ID)!;
const END: Command = { type: 'end_phase' };

/** Ends phases to each inject's turn and fires it there; returns the commands and each inject's events. */
function fireAll() {
  let s = newGame(scenario, 'blame');
  const commands: Command[] = [];
  const events: GameEvent[] = [];
  const step = (c: Command, keep: boolean) => {
    const r = applyCommand(scenario, s, c);
    if (!r.ok) throw new Error(r.error.message);
    s = r.state;
    commands.push(c);
    if (keep) events.push(...r.events);
  };
  for (const j of [...scenario.injects].sort((a, b) => a.turn - b.turn)) {
    while (s.turn < j.turn) step(END, false);
    step({ type: 'inject', inject: { kind: 'scenario', id: j.id } }, true);
  }
  return { state: s, commands, events };
}

describe('what injects did', () => {
  const { state, commands, events } = fireAll();
  const log = events.map((e) => describeEvent(e, { scenario, unitName: (id) => id, camp: 'coalition' })).filter((t): t is string => t !== null);

  it('the event log names Control, never a team, as the author', () => {
    const blame = /\bby (Russia|Coalition)\b|^(Russia|Coalition) left|(Russia|Coalition)'s denial|^Hotline H\d+, (Russia|Coalition) to|(Government side|Coalition) air strike/;
    expect(log.filter((t) => blame.test(t))).toEqual([]);
    const incidents = log.filter((t) => t.startsWith('Incident '));
    expect(incidents.length).toBeGreaterThanOrEqual(2);
    for (const t of incidents) expect(t).toMatch(/ by Control \(inject J\d\)/);
    expect(log).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Hotline H\d+, Control \(inject J\d\) in Russia's name to Coalition: /),
      expect.stringMatching(/^An air strike set off by Control \(inject J\d\) hit /),
    ]));
  });

  it('the incidents, the ladder\'s history and the last change carry the inject and no power', () => {
    const byInject = new Set(state.crisis.injects!.map((j) => j.incident).filter((i) => i !== null));
    for (const i of state.crisis.incidents.filter((x) => byInject.has(x.id))) expect(i).toMatchObject({ cause: null, inject: expect.stringMatching(/^J\d$/) });
    const steps = ladderHistory(scenario, 'blame', commands).filter((s) => s.incident && byInject.has(s.incident));
    expect(steps.length).toBeGreaterThanOrEqual(2);
    for (const s of steps) expect(s).toMatchObject({ by: null, inject: expect.stringMatching(/^J\d$/) });
  });
});
