// Two figures of `npm run bench` about the state as a game grows (issue 19): what the copy made by
// every command and the hash cost per command early, mid and late in the game (they should not grow
// with its length), and how much the heap grows as a process plays on (games one after another, as
// the sim and the class server do).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type GameState, type Scenario, StateHasher, copyState, hashState } from '../engine';
import { type PolicyNames, playGame } from '../sim/play';
import { type Timing, medianTiming, scale } from '../sim/benchStats';
import { timed } from './measure';

/**
 * Per command, in µs: the copy applyCommand makes of the state; the state's hash by the incremental
 * StateHasher, every state hashed in turn (as verification hashes its checkpoints); and by hashState alone.
 */
export interface StateCost { commands: number; chars: number; copyUs: Timing; hashUs: Timing; fullHashUs: Timing }
export interface StateCostByPhase { early: StateCost; mid: StateCost; late: StateCost }

/** Times copy and hash over the states of each third of a game (median of `runs`), per state. */
export function stateCostByPhase(states: readonly GameState[], runs: number): StateCostByPhase {
  const third = Math.floor(states.length / 3);
  const part = (from: number, to: number): StateCost => {
    const slice = states.slice(from, to);
    const copy: Timing[] = [];
    const hash: Timing[] = [];
    const full: Timing[] = [];
    // Enough passes for each sample to last a few ms: a single copy takes about a microsecond.
    const passes = 20;
    for (let r = 0; r < runs; r++) {
      copy.push(scale(timed(() => { for (let p = 0; p < passes; p++) for (const s of slice) copyState(s); }), 1000 / (passes * slice.length)));
      // The hasher has seen the states before this third, as it would have in a game.
      const hasher = new StateHasher();
      for (const s of states.slice(Math.max(0, from - 2), from)) hasher.hash(s);
      hash.push(scale(timed(() => { for (const s of slice) hasher.hash(s); }), 1000 / slice.length));
      full.push(scale(timed(() => { for (const s of slice) hashState(s); }), 1000 / slice.length));
    }
    const chars = Math.round(slice.reduce((n, s) => n + JSON.stringify(s).length, 0) / slice.length);
    return { commands: slice.length, chars, copyUs: medianTiming(copy), hashUs: medianTiming(hash), fullHashUs: medianTiming(full) };
  };
  return { early: part(0, third), mid: part(third, 2 * third), late: part(2 * third, states.length) };
}

/** The heap after a full collection at two points of a long run. */
export interface HeapGrowth { fromTurn: number; toTurn: number; fromMB: number; toMB: number; percent: number }

/** A full collection: node exposes gc() only under a flag, which can be set once running. */
function collect(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/**
 * Plays games one after another (nothing of a finished game is kept) and measures the heap used,
 * after a full collection, once `fromTurn` turns have been played in all, and again at `toTurn`.
 */
export function heapGrowth(scenario: Scenario, policies: PolicyNames, fromTurn = 50, toTurn = 200): HeapGrowth {
  let played = 0;
  let fromBytes = 0;
  let toBytes = 0;
  for (let game = 0; played < toTurn; game++) {
    playGame(scenario, `heap-${game}`, policies, (phase) => {
      if (phase.state.phase !== 'coalition' && phase.state.status === 'playing') return; // a turn ends as its last phase does
      played++;
      if (played === fromTurn || played === toTurn) {
        collect();
        if (played === fromTurn) fromBytes = process.memoryUsage().heapUsed;
        else toBytes = process.memoryUsage().heapUsed;
      }
    });
  }
  const mb = (b: number): number => +(b / 2 ** 20).toFixed(2);
  return { fromTurn, toTurn, fromMB: mb(fromBytes), toMB: mb(toBytes), percent: +((100 * (toBytes - fromBytes)) / fromBytes).toFixed(1) };
}

