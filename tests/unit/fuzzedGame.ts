// A game that reaches what the goldens do not: ai:balanced play (the hotline and its agreements) with
// Control's injects (scenario and custom) and rulings dropped in at seeded random points. For tests
// that must see every kind of command: apply never changing its input, the incremental hasher.
import seedrandom from 'seedrandom';
import { type Command, type GameState, applyCommand, newGame, sharedView } from '../../src/engine';
import { makePolicies } from '../../src/sim/play';
import { scenario } from './replayFixtures';

const AI = { coalition: 'ai:balanced', russia: 'ai:balanced', is: 'ai:balanced' } as const;
const FINDINGS = ['accident', 'coalition', 'russia'] as const;

/** The commands of a whole game from `seed`, every one of them legal at its point. */
export function fuzzedGame(seed: string): Command[] {
  const rng = seedrandom(seed);
  const policies = makePolicies(AI, seed);
  const injects = (scenario.data.injects ?? []).map((i) => i.id);
  let state: GameState = newGame(scenario, seed);
  const commands: Command[] = [];
  const apply = (command: Command): boolean => {
    const r = applyCommand(scenario, state, command);
    if (!r.ok) return false;
    state = r.state;
    commands.push(command);
    return true;
  };
  for (let guard = 0; state.status === 'playing' && guard < 5000; guard++) {
    const roll = rng();
    if (roll < 0.02 && injects.length > 0) {
      apply({ type: 'inject', inject: { kind: 'scenario', id: injects.splice(Math.floor(rng() * injects.length), 1)[0]! } });
    } else if (roll < 0.03) {
      apply({ type: 'inject', inject: { kind: 'custom', title: `Fuzz ${commands.length}`, text: 'Control says so.', escalation: Math.floor(rng() * 3), trust: -Math.floor(rng() * 2) } });
    } else if (roll < 0.06 && state.crisis.incidents.some((i) => !i.ruling)) {
      const open = state.crisis.incidents.filter((i) => !i.ruling);
      const incident = open[Math.floor(rng() * open.length)]!.id;
      for (const finding of FINDINGS) if (apply({ type: 'ruling', incident, finding })) break;
    } else {
      const policy = policies[state.phase];
      const command = policy.next(scenario, sharedView(scenario, state, state.phase));
      if (!apply(command)) {
        policy.refused?.(command);
        apply({ type: 'end_phase' });
      }
    }
  }
  return commands;
}
