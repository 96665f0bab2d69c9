// npx tsx src/cli/lossReport.ts: plays seeds of one match-up and says why A lost each game
// it did not win: a direct clash (who set it off, which incidents raised the ladder) or the VP race
// (which objectives each side ended with, which A lost). For tuning the AI; asserts nothing.
import { type Camp, type GameEvent, type Power, hexKey } from '../engine';
import { builtinScenario, MAIN_SCENARIO_ID } from '../scenarios';
import { playGame } from '../sim/play';
import { type FlagSpec, UsageError, runCli } from './args';

const spec: FlagSpec = {
  a: { kind: 'string', default: 'ai:balanced', help: 'policy A' },
  b: { kind: 'string', default: 'random', help: 'policy B' },
  as: { kind: 'string', default: 'coalition', help: 'the camp A plays (coalition|russia)' },
  games: { kind: 'int', default: 50, help: 'seeds' },
  seed: { kind: 'int', default: 1, help: 'first seed' },
  verbose: { kind: 'bool', help: 'one line per game lost' },
  help: { kind: 'bool', help: 'show this help' },
};

const inc = (m: Map<string, number>, k: string, n = 1): void => { m.set(k, (m.get(k) ?? 0) + n); };
const top = (m: Map<string, number>): string => [...m].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${n}`).join(', ');

runCli('npx tsx src/cli/lossReport.ts', spec, async (flags) => {
  const aCamp = String(flags.as) as Power;
  if (aCamp !== 'coalition' && aCamp !== 'russia') throw new UsageError('--as must be coalition or russia');
  const bCamp: Power = aCamp === 'coalition' ? 'russia' : 'coalition';
  const scenario = builtinScenario(MAIN_SCENARIO_ID)!;
  const games = Number(flags.games);
  const names = { [aCamp]: String(flags.a), [bCamp]: String(flags.b), is: 'ai:balanced' } as Record<Camp, string>;
  let wins = 0;
  const kinds = new Map<string, number>();
  const clashRaise = new Map<string, number>();
  const clashLast = new Map<string, number>();
  const lostObj = new Map<string, number>();
  const bHeld = new Map<string, number>();
  const aMissing = new Map<string, number>();
  const margins: number[] = [];
  const clashLoss = new Map<string, number>();
  const attackPlace = new Map<string, number>();
  for (let s = Number(flags.seed); s < Number(flags.seed) + games; s++) {
    const events: GameEvent[] = [];
    const { state } = playGame(scenario, String(s), names, (phase) => events.push(...phase.events));
    const r = state.result!;
    if (r.reason !== 'direct_clash' && r.winner === aCamp) { wins++; continue; }
    let line = `seed ${s}: `;
    if (r.reason === 'direct_clash') {
      // No power set it off: an inject's effect, or the line itself (contact, a proxy's own fire).
      const by = r.clashBy ?? (r.clashInject === undefined ? 'no one (contact)' : `inject ${r.clashInject}`);
      inc(kinds, `clash by ${by === aCamp ? 'A' : by === bCamp ? 'B' : by}`);
      const raises = new Map<string, number>();
      for (const e of events) {
        if (e.type !== 'escalation_changed' || e.delta <= 0) continue;
        const who = e.by === aCamp ? 'A' : e.by === bCamp ? 'B' : '-';
        const cause = e.cause.includes('contact') ? 'contact' : e.cause;
        inc(raises, `${who}:${cause}`, e.delta);
      }
      for (const i of state.crisis.incidents) for (const l of i.losses) inc(clashLoss, `${l.camp === aCamp ? 'A' : 'B'} ${l.greatPower ? 'GP' : 'proxy'} by ${i.type}`, l.steps);
      // Where B attacked A on purpose: a victim that only suspects was struck from the air unannounced.
      for (const i of state.crisis.incidents) {
        if (i.type !== 'deliberate_attack' || i.cause !== bCamp) continue;
        inc(attackPlace, `${scenario.objectiveAt.get(hexKey(i.hex))?.id ?? 'open ground'} (${i.knowledge[aCamp] === 'suspects' ? 'air' : 'ground'})`);
      }
      for (const [k, n] of raises) inc(clashRaise, k, n);
      const last = state.crisis.escalation.last;
      inc(clashLast, `${last?.by === aCamp ? 'A' : last?.by === bCamp ? 'B' : '-'}:${last?.cause.includes('contact') ? 'contact' : last?.cause}`);
      line += `clash by ${by} turn ${state.turn}; raises ${top(raises)}`;
    } else {
      inc(kinds, r.winner === 'draw' ? 'draw' : 'VP loss');
      margins.push(r.points[aCamp] - r.points[bCamp]);
      for (const o of scenario.objectives) {
        if (state.control[o.id] === bCamp) inc(bHeld, o.id);
        if (state.control[o.id] !== aCamp) inc(aMissing, o.id);
      }
      line += `VP ${r.points[aCamp]}-${r.points[bCamp]}; B holds ${scenario.objectives.filter((o) => state.control[o.id] === bCamp).map((o) => o.id).join(' ')}`;
    }
    const lost = events.filter((e) => e.type === 'objective_captured' && e.from === aCamp);
    for (const e of lost) if (e.type === 'objective_captured') inc(lostObj, `${e.objective}->${e.camp}`);
    if (lost.length) line += `; A lost ${lost.map((e) => e.type === 'objective_captured' ? `${e.objective}->${e.camp}` : '').join(' ')}`;
    if (flags.verbose) process.stdout.write(`${line}\n`);
  }
  process.stdout.write(`${names[aCamp]} as ${aCamp} v ${names[bCamp]}: won ${wins}/${games}\n`);
  process.stdout.write(`  not won: ${top(kinds)}\n`);
  if (clashRaise.size) process.stdout.write(`  escalation in clash games (who:cause points): ${top(clashRaise)}\n  last raise: ${top(clashLast)}\n  steps lost in clash games: ${top(clashLoss)}\n`);
  if (attackPlace.size) process.stdout.write(`  B's deliberate attacks on A in clash games, by place: ${top(attackPlace)}\n`);
  if (margins.length) process.stdout.write(`  VP margins: ${margins.sort((x, y) => x - y).join(' ')}\n  B held at end: ${top(bHeld)}\n  A missing at end: ${top(aMissing)}\n`);
  if (lostObj.size) process.stdout.write(`  objectives A lost during play: ${top(lostObj)}\n`);
});
