// npm run sim: plays N seeded games headless and prints a summary (or --json). Game i uses seed S+i.
import { POLICIES } from '../ai/simple';
import type { Camp } from '../engine';
import { MAIN_SCENARIO_ID, SCENARIO_IDS, builtinScenario } from '../scenarios';
import { type SimSummary, simulate } from '../sim/simulate';
import { type FlagSpec, UsageError, runCli, usage } from './args';

const policyNames = Object.keys(POLICIES).join('|');
const spec: FlagSpec = {
  scenario: { kind: 'string', default: MAIN_SCENARIO_ID, help: `scenario id (${SCENARIO_IDS.join(', ')})` },
  games: { kind: 'int', default: 100, help: 'number of games, at least 1' },
  seed: { kind: 'int', default: 1, help: 'first seed; game i uses seed+i' },
  coalition: { kind: 'string', default: 'advance', help: `coalition policy (${policyNames})` },
  russia: { kind: 'string', default: 'advance', help: `russia policy (${policyNames})` },
  is: { kind: 'string', default: 'hold', help: `IS policy (${policyNames})` },
  json: { kind: 'bool', help: 'print JSON instead of a table' },
  help: { kind: 'bool', help: 'show this help' },
};

function table(s: SimSummary): string {
  const pct = (n: number): string => `${((100 * n) / s.games).toFixed(1)}%`;
  const row = (label: string, n: number): string => `  ${label.padEnd(16)}${String(n).padStart(6)}  ${pct(n)}`;
  return [
    `${s.scenario}: ${s.games} games from seed ${s.seed} (coalition ${s.policies.coalition}, russia ${s.policies.russia}, IS ${s.policies.is})`,
    row('coalition wins', s.results.coalition),
    row('russia wins', s.results.russia),
    row('draws', s.results.draw),
    row('direct clash', s.results.clash),
    `  highest rung reached`,
    ...Object.entries(s.maxRung).map(([name, n]) => row(`  ${name}`, n)),
    `  mean turns      ${s.meanTurns.toFixed(1)}`,
    `  mean VP         coalition ${s.meanPoints.coalition.toFixed(1)}, russia ${s.meanPoints.russia.toFixed(1)}, IS ${s.meanPoints.is.toFixed(1)}`,
    `  mean incidents  ${s.meanIncidents.toFixed(2)}`,
    `  mean messages   ${s.meanMessages.toFixed(1)}`,
    `  ms per game     ${s.msPerGame.toFixed(1)}`,
  ].join('\n');
}

runCli('npm run sim --', spec, (flags) => {
  if (flags.help) { process.stdout.write(`${usage('npm run sim --', spec)}\n`); return; }
  const scenario = builtinScenario(String(flags.scenario));
  if (!scenario) throw new UsageError(`unknown scenario "${flags.scenario}"; known: ${SCENARIO_IDS.join(', ')}`);
  const games = Number(flags.games);
  if (games < 1) throw new UsageError(`--games must be at least 1, got ${games}`);
  const policies = {} as Record<Camp, string>;
  for (const camp of ['coalition', 'russia', 'is'] as const) {
    const name = String(flags[camp]);
    if (!POLICIES[name]) throw new UsageError(`unknown policy "${name}" for --${camp}; known: ${policyNames}`);
    policies[camp] = name;
  }
  const summary = simulate(scenario, { games, seed: Number(flags.seed), policies });
  process.stdout.write(flags.json ? `${JSON.stringify(summary, null, 2)}\n` : `${table(summary)}\n`);
});
