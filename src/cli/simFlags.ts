// The flags of `npm run sim` and their checks, apart from the command itself so that the tests can
// check every refusal without starting a process for each.
import { POLICIES } from '../ai/simple';
import type { Camp } from '../engine';
import { MAIN_SCENARIO_ID, SCENARIO_IDS, builtinScenario } from '../scenarios';
import { defaultWorkers } from '../sim/pool';
import { type FlagSpec, type Flags, UsageError } from './args';

const policyNames = Object.keys(POLICIES).join('|');

export const SIM_FLAGS: FlagSpec = {
  scenario: { kind: 'string', default: MAIN_SCENARIO_ID, help: `scenario id (${SCENARIO_IDS.join(', ')})` },
  games: { kind: 'int', default: 100, help: 'number of games, at least 1' },
  seed: { kind: 'int', default: 1, help: 'first seed; game i uses seed+i' },
  coalition: { kind: 'string', default: 'ai:balanced', help: `coalition policy (${policyNames})` },
  russia: { kind: 'string', default: 'ai:balanced', help: `russia policy (${policyNames})` },
  is: { kind: 'string', default: 'ai:balanced', help: 'IS policy (any ai:* name is the IS AI; or hold|random|pass)' },
  workers: { kind: 'int', default: defaultWorkers(), help: 'worker threads, at least 1 (default: the number of cores)' },
  out: { kind: 'string', help: 'also write the results and one record per game to this JSON file' },
  json: { kind: 'bool', help: 'print JSON instead of a table (the progress bar stays on stderr)' },
  help: { kind: 'bool', help: 'show this help' },
};

export interface SimRequest {
  scenario: string;
  games: number;
  seed: number;
  workers: number;
  policies: Record<Camp, string>;
  out?: string;
}

/** The run the flags ask for, or a UsageError naming the first flag that is wrong. */
export function simRequest(flags: Flags): SimRequest {
  const scenario = String(flags.scenario);
  if (!builtinScenario(scenario)) throw new UsageError(`unknown scenario "${scenario}"; known: ${SCENARIO_IDS.join(', ')}`);
  const games = Number(flags.games);
  if (games < 1) throw new UsageError(`--games must be at least 1, got ${games}`);
  const workers = Number(flags.workers);
  if (workers < 1) throw new UsageError(`--workers must be at least 1, got ${workers}`);
  if (flags.out !== undefined && String(flags.out).trim() === '') throw new UsageError('--out needs a file name');
  const policies = {} as Record<Camp, string>;
  for (const camp of ['coalition', 'russia', 'is'] as const) {
    const name = String(flags[camp]);
    if (!POLICIES[name]) throw new UsageError(`unknown policy "${name}" for --${camp}; known: ${policyNames}`);
    policies[camp] = name;
  }
  return { scenario, games, seed: Number(flags.seed), workers, policies, ...(flags.out !== undefined ? { out: String(flags.out) } : {}) };
}
