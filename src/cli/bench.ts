// npm run bench: medians of the engine's speed over repeated runs, each in wall time and in CPU time (the
// process's, so other load on the machine does not stretch it), with the load average. Prints figures;
// asserts nothing. The game is an ai:balanced game (all three camps) of about 400 commands, as played.
import { applyCommand, hashState, legalCommands, newGame, type GameState } from '../engine';
import { MAIN_SCENARIO_ID, builtinScenario } from '../scenarios';
import { makePolicies, playGame, playPhase } from '../sim/play';
import { defaultWorkers } from '../sim/pool';
import { simulate } from '../sim/simulate';
import { playerOf, replayFromCommands } from '../replay/fromCommands';
import { replayFragment } from '../replay/link';
import { verifyReplay } from '../replay/verify';
import { type Timing, medianTiming, perSecond, scale } from '../sim/benchStats';
import { type FlagSpec, runCli } from './args';
import { benchRecord, formatBench } from './benchRecord';
import { machine, timed } from './measure';
import { fold } from '../match/fold';
import { heapGrowth, stateCostByPhase } from './benchState';

const spec: FlagSpec = {
  json: { kind: 'bool', help: 'print JSON' },
  runs: { kind: 'int', default: 7, help: 'repeats per figure (the median is reported)' },
  games: { kind: 'int', default: 200, help: 'ai:balanced games played over the workers for gamesPerSecond' },
  workers: { kind: 'int', default: defaultWorkers(), help: 'worker threads for gamesPerSecond' },
};

const AI = { coalition: 'ai:balanced', russia: 'ai:balanced', is: 'ai:balanced' } as const;
/** Seed of the timed game: 428 commands under rules 7 (any ai:balanced game runs 400-510). */
const SEED = 'bench';
/** Verifications before the timed ones, and per timed sample (its mean is the sample). */
const VERIFY_WARMUP = 20;
const VERIFY_BATCH = 10;

/** Times every great-power AI phase of one ai:balanced game (the AI's own time and the engine's). */
function aiPhaseTimes(scenario: NonNullable<ReturnType<typeof builtinScenario>>, seed: string): Timing[] {
  const policies = makePolicies(AI, seed);
  let state = newGame(scenario, seed);
  const times: Timing[] = [];
  while (state.status === 'playing') {
    const camp = state.phase;
    const t = timed(() => { state = playPhase(scenario, state, policies[camp]).state; });
    if (camp !== 'is') times.push(t);
  }
  return times;
}

runCli('npm run bench --', spec, async (flags) => {
  const scenario = builtinScenario(MAIN_SCENARIO_ID)!;
  const runs = Math.max(1, Number(flags.runs));
  const before = machine();

  // The commands of one ai:balanced game, and every state along it, for applyCommand throughput.
  const game = playGame(scenario, SEED, AI);
  const states: GameState[] = [newGame(scenario, SEED)];
  const end = fold(scenario, states[0]!, game.commands, (step) => states.push(step.state));
  if (end.refused) throw new Error(`bench replay diverged: ${end.refused.error.message}`);
  const mid = states[states.length >> 1]!;
  const replay = replayFromCommands(scenario, SEED, { coalition: playerOf(AI.coalition), russia: playerOf(AI.russia), is: playerOf(AI.is) }, game.commands);

  const apply: Timing[] = [], fullGame: Timing[] = [], hash: Timing[] = [], legal: Timing[] = [], verify: Timing[] = [];
  for (let i = 0; i < runs; i++) {
    apply.push(timed(() => { for (let k = 0; k < game.commands.length; k++) applyCommand(scenario, states[k]!, game.commands[k]); }));
    fullGame.push(timed(() => playGame(scenario, SEED, AI)));
    hash.push(scale(timed(() => { for (let k = 0; k < 100; k++) hashState(mid); }), 1 / 100));
    legal.push(scale(timed(() => { for (let k = 0; k < 10; k++) legalCommands(scenario, mid); }), 1 / 10));
  }
  // Verification on its own, after warm-up runs: timed after the full games above, it paid for their
  // garbage (36.7 ms CPU median against 14.5 alone, one run each at load 16). No gc() between: a forced collection made the runs
  // after it 2-4 times slower (the young generation shrinks and fills again).
  const verifyOnce = (): void => { if (!verifyReplay(scenario, replay).ok) throw new Error('bench replay does not verify'); };
  for (let i = 0; i < VERIFY_WARMUP; i++) verifyOnce();
  for (let i = 0; i < runs; i++) verify.push(scale(timed(() => { for (let k = 0; k < VERIFY_BATCH; k++) verifyOnce(); }), 1 / VERIFY_BATCH));
  const stateCost = stateCostByPhase(states, runs);
  const heap = heapGrowth(scenario, AI);
  const turns: Timing[] = [];
  for (let i = 0; i < runs; i++) turns.push(...aiPhaseTimes(scenario, `bench-ai-${i}`));
  const games = Math.max(1, Number(flags.games));
  const workers = Math.max(1, Number(flags.workers));
  const sim = await simulate({ scenario: scenario.id, games, seed: 1, policies: AI, workers });

  const result = benchRecord({
    scenario: scenario.id, runs, seed: SEED, commandsPerGame: game.commands.length,
    applyCommandPerSec: medianTiming(apply.map((t) => perSecond(game.commands.length, t))),
    fullGameMs: medianTiming(fullGame),
    hashStateMs: medianTiming(hash),
    legalCommandsMs: medianTiming(legal),
    aiTurnMs: medianTiming(turns),
    replayVerifyMs: medianTiming(verify),
    replayLinkBytes: replayFragment(replay).length,
    stateCostByPhase: stateCost,
    heapGrowth: heap,
    games, workers,
    gamesPerSecond: perSecond(games, sim.timing.play),
    simStartupMs: sim.timing.startup,
    machine: { before, after: machine() },
  });
  process.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatBench(result).join('\n')}\n`);
});
