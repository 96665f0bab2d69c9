// A worker thread of the simulation pool: plays the games it is given, by index, and posts each result.
import { parentPort, workerData } from 'node:worker_threads';
import { builtinScenario } from '../scenarios';
import type { PolicyNames } from './play';
import { playRecord } from './record';

interface Job { scenario: string; policies: PolicyNames; seed: number; indices: number[] }

const job = workerData as Job;
const scenario = builtinScenario(job.scenario)!;
for (const i of job.indices) parentPort!.postMessage({ i, result: playRecord(scenario, job.seed + i, job.policies) });
parentPort!.postMessage({ done: true });
