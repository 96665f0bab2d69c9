// A worker thread of the simulation pool: says it is ready, waits for the go (so that thread start-up is
// timed apart from the games), then plays the games it is given, by index, and posts each result.
import { parentPort, workerData } from 'node:worker_threads';
import { builtinScenario } from '../scenarios';
import type { PolicyNames } from './play';
import { playRecord } from './record';

interface Job { scenario: string; policies: PolicyNames; seed: number; indices: number[] }

const job = workerData as Job;
const scenario = builtinScenario(job.scenario)!;
const port = parentPort!;
port.once('message', () => {
  for (const i of job.indices) port.postMessage({ i, result: playRecord(scenario, job.seed + i, job.policies) });
  port.postMessage({ done: true });
  port.unref();
});
port.postMessage({ ready: true });
