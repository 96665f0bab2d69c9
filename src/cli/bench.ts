// npm run bench: medians of the engine's speed over repeated runs. Prints figures; asserts nothing.
import { applyCommand, hashState, legalCommands, newGame, type GameState } from '../engine';
import { MAIN_SCENARIO_ID, builtinScenario } from '../scenarios';
import { makePolicies, playGame, playPhase } from '../sim/play';
import { defaultWorkers } from '../sim/pool';
import { simulate } from '../sim/simulate';
import { DEFAULT_POLICY } from '../ai/simple';
import { playerOf, replayFromCommands } from '../replay/fromCommands';
import { replayFragment } from '../replay/link';
import { verifyReplay } from '../replay/verify';
import { type FlagSpec, runCli } from './args';
import { median } from './measure';
import { fold } from '../match/fold';

const spec: FlagSpec = {
  json: { kind: 'bool', help: 'print JSON' },
  runs: { kind: 'int', default: 7, help: 'repeats per figure (the median is reported)' },
  games: { kind: 'int', default: 200, help: 'ai:balanced games played over the workers for gamesPerSecond' },
  workers: { kind: 'int', default: defaultWorkers(), help: 'worker threads for gamesPerSecond' },
};

const AI = { coalition: 'ai:balanced', russia: 'ai:balanced', is: 'ai:balanced' } as const;

/** Times every great-power AI phase of one ai:balanced game (the AI's own time and the engine's). */
function aiPhaseTimes(scenario: NonNullable<ReturnType<typeof builtinScenario>>, seed: string): number[] {
  const policies = makePolicies(AI, seed);
  let state = newGame(scenario, seed);
  const times: number[] = [];
  while (state.status === 'playing') {
    const camp = state.phase;
    const t0 = performance.now();
    state = playPhase(scenario, state, policies[camp]).state;
    if (camp !== 'is') times.push(performance.now() - t0);
  }
  return times;
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

runCli('npm run bench --', spec, async (flags) => {
  const scenario = builtinScenario(MAIN_SCENARIO_ID)!;
  const runs = Math.max(1, Number(flags.runs));

  // A fixed stream of legal commands from a real game, replayed for applyCommand throughput.
  const game = playGame(scenario, 'bench', DEFAULT_POLICY);
  const states: GameState[] = [newGame(scenario, 'bench')];
  const end = fold(scenario, states[0]!, game.commands, (step) => states.push(step.state));
  if (end.refused) throw new Error(`bench replay diverged: ${end.refused.error.message}`);

  const applyRates: number[] = [];
  const fullGames: number[] = [];
  const hashes: number[] = [];
  const legal: number[] = [];
  for (let i = 0; i < runs; i++) {
    const ms = time(() => { for (let k = 0; k < game.commands.length; k++) applyCommand(scenario, states[k]!, game.commands[k]); });
    applyRates.push((game.commands.length * 1000) / ms);
    fullGames.push(time(() => playGame(scenario, `bench-${i}`, DEFAULT_POLICY)));
    const mid = states[states.length >> 1]!;
    hashes.push(time(() => { for (let k = 0; k < 100; k++) hashState(mid); }) / 100);
    legal.push(time(() => { for (let k = 0; k < 10; k++) legalCommands(scenario, mid); }) / 10);
  }
  // The same game as a replay: verified from the start (checkpoints included), and as a link.
  const replay = replayFromCommands(scenario, 'bench', { coalition: playerOf('advance'), russia: playerOf('advance'), is: playerOf('hold') }, game.commands);
  const verifies: number[] = [];
  for (let i = 0; i < runs; i++) verifies.push(time(() => { if (!verifyReplay(scenario, replay).ok) throw new Error('bench replay does not verify'); }));
  const turns: number[] = [];
  for (let i = 0; i < runs; i++) turns.push(...aiPhaseTimes(scenario, `bench-ai-${i}`));
  const games = Math.max(1, Number(flags.games));
  const workers = Math.max(1, Number(flags.workers));
  const sim = await simulate({ scenario: scenario.id, games, seed: 1, policies: AI, workers });
  const result = {
    scenario: scenario.id,
    runs,
    commandsPerGame: game.commands.length,
    applyCommandPerSec: Math.round(median(applyRates)),
    fullGameMs: +median(fullGames).toFixed(2),
    hashStateMs: +median(hashes).toFixed(4),
    legalCommandsMs: +median(legal).toFixed(3),
    /** Median wall time of one great-power ai:balanced phase: its decisions and the engine applying them. */
    aiTurnMs: +median(turns).toFixed(2),
    /** ai:balanced v ai:balanced (IS AI) complete games per second over all workers, thread start-up included. */
    gamesPerSecond: +((1000 * games) / sim.ms).toFixed(1),
    workers,
    /** Median time to verify the recorded game above from its replay, every checkpoint hashed. */
    replayVerifyMs: +median(verifies).toFixed(2),
    /** Length of that replay's link fragment (#replay=…), in bytes. */
    replayLinkBytes: replayFragment(replay).length,
  };
  if (flags.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else {
    process.stdout.write(`${scenario.id}, median of ${runs} runs\n`);
    for (const [k, v] of Object.entries(result)) if (k !== 'scenario' && k !== 'runs') process.stdout.write(`  ${k.padEnd(20)} ${v}\n`);
  }
});
