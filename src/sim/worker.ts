// A worker thread of the simulation pool: says it is ready, waits for the go (so that thread start-up is
// timed apart from the games), then takes the next game's index from the counter it shares with the other
// threads until none is left, plays that game and posts its result.
import { parentPort, workerData } from 'node:worker_threads';
import { builtinScenario } from '../scenarios';
import type { PolicyNames } from './play';
import { playRecord } from './record';
import { loadRules } from '../match/rules';

interface Job { scenario: string; policies: PolicyNames; seed: number; games: number; next: SharedArrayBuffer }

const job = workerData as Job;
const scenario = builtinScenario(job.scenario)!;
const port = parentPort!;
port.once('message', () => {
  const next = new Int32Array(job.next);
  for (let i = Atomics.add(next, 0, 1); i < job.games; i = Atomics.add(next, 0, 1)) {
    port.postMessage({ i, result: playRecord(scenario, job.seed + i, job.policies) });
  }
  port.postMessage({ done: true });
  port.unref();
});
// Ready once the engine's command rules are loaded (src/match/rules.ts).
void loadRules().then(() => port.postMessage({ ready: true }));
