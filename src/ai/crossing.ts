// Whether an AI power crosses the river it agreed to keep to (or whose bank its doctrine keeps), and
// where its engineers bridge it. In 2017 the government crossed on 18 Sep in spite of the
// understanding: the east-bank quarters, Khasham, Conoco and the oil fields were worth it. The
// crossing is a breach the AI weighs (the engine charges it: line_crossed), not a wall.
import {
  type Camp, type GameView, type Hex, type LineSpec, type Power, type Scenario, type Unit,
  HOME_BANK, isPower, agreedLine, beyondLine, hexDistance, hexNeighbors, rungOf, typeOf,
} from '../engine';

export const RIVER: LineSpec = { kind: 'river' };

/** When a doctrine crosses the river line: from a turn, below a rung, for enough IS-held points beyond it. */
export interface CrossingProfile {
  /** The first turn its units cross; its engineers bridge the turn before. */
  fromTurn: number;
  /** It crosses only below this rung. */
  belowRung: number;
  /** Once across, it stays across below this rung (from it up, it pulls back behind the line). */
  holdRung: number;
  /** The IS-held objectives beyond the river must be worth at least this many points. */
  minPoints: number;
  /** How many proxies go over (its personnel never do); absent: all may. */
  bridgehead?: number;
  /** How far beyond the bridge (in hexes) the bridgehead goes; absent: as far as the objectives lead. */
  reach?: number;
  /** Keeps its bank, with no line agreed, once the other power has turned down the river line it proposed: that power has said the river is contested. */
  lineFirst?: boolean;
}


/** keep: stays behind the river; bridge: engineers bridge it, units stay; cross: units go over. */
export type Crossing = 'keep' | 'bridge' | 'cross';

/** Has the other power answered `camp`'s calls at least as often as it ignored them? */
export function rivalAnswers(view: GameView, camp: Power): boolean {
  let answered = 0;
  let ignored = 0;
  for (const m of view.crisis.messages) {
    if (m.from !== camp) continue;
    if (m.status === 'answered') answered++;
    else if (m.status === 'unanswered') ignored++;
  }
  return answered >= ignored;
}

/** Has the other power rejected a river line `camp` proposed? */
function turnedDown(view: GameView, camp: Power): boolean {
  const proposals = new Set(view.crisis.messages.filter((m) => m.from === camp && m.body.kind === 'propose_line' && m.body.line.kind === 'river').map((m) => m.id));
  return view.crisis.messages.some((m) => m.from !== camp && m.body.kind === 'reject' && proposals.has(m.body.to));
}

/** Incidents that tell a power the other will not let a crossing pass. */
const HOSTILE_ACTS: ReadonlySet<string> = new Set(['deliberate_attack', 'misidentified_strike', 'false_denial']);

const DELIBERATE: ReadonlySet<string> = new Set(['deliberate_attack']);

const hasEngineers = (scenario: Scenario, view: GameView, camp: Power): boolean =>
  view.units.some((u) => u.camp === camp && typeOf(scenario, u).engineer === true);

/** Points of the objectives beyond the river that IS still holds. */
function stakesBeyond(scenario: Scenario, view: GameView, camp: Power): number {
  return scenario.objectives
    .filter((o) => view.control[o.id] === 'is' && beyondLine(scenario.map, RIVER, camp, o.hex))
    .reduce((sum, o) => sum + o.points, 0);
}

/**
 * Where `camp` stands on crossing the river. Without a river line to keep (and no bank kept by
 * doctrine) it crosses freely. With one, a doctrine with a CrossingProfile weighs it: only a camp
 * whose engineers can bridge, from its turn, below its rung, for enough points, and not against a
 * power that has struck its forces, lied about it or ignores its calls; once over, it holds below its hold rung.
 */
export function crossingStance(
  scenario: Scenario, view: GameView, camp: Power, cross: CrossingProfile | undefined, keepLine: boolean, ownBank: boolean,
): Crossing {
  const line = keepLine ? agreedLine(view.crisis.agreements, view.turn) : undefined;
  const riverKept = line?.line?.kind === 'river' || ownBank;
  // A power that turned the river line down has said the river is contested: a bridgehead would meet its fire.
  if (!riverKept && cross?.lineFirst && turnedDown(view, camp) && hasEngineers(scenario, view, camp)) return 'keep';
  if (!riverKept) return 'cross';
  if (!cross) return 'keep';
  const rung = rungOf(view.crisis.escalation.points);
  const over = view.units.some((u) => u.camp === camp && beyondLine(scenario.map, RIVER, camp, u.hex));
  const against = (types: ReadonlySet<string>): boolean => view.crisis.incidents.some((i) => types.has(i.type) && i.victim === camp);
  // Once over it holds, unless attacked on purpose there: a bridgehead under fire is pulled back.
  if (over && (view.pontoons.length > 0 || rung < cross.belowRung)) return rung < cross.holdRung && !against(DELIBERATE) ? 'cross' : 'keep';
  // A power that has struck our forces (by mistake or not), lied about it or leaves our calls unanswered would meet a bridgehead with fire.
  if (rung >= cross.belowRung || view.turn < cross.fromTurn - 1 || against(HOSTILE_ACTS) || !rivalAnswers(view, camp)) return 'keep';
  if (!hasEngineers(scenario, view, camp) || stakesBeyond(scenario, view, camp) < cross.minPoints) return 'keep';
  if (view.turn < cross.fromTurn || view.pontoons.length === 0) return 'bridge';
  return 'cross';
}

/**
 * Whether `camp`'s engineers may bridge the river at `h`: land of both banks beside it, and neither
 * an IS-held objective (no bridge between two strongholds) nor an IS unit next to it.
 */
export function bridgeable(scenario: Scenario, view: GameView, camp: Camp, h: Hex): boolean {
  const map = scenario.map;
  if (map.terrainAt(h) !== 'river' || !isPower(camp)) return false;
  const home = HOME_BANK[camp];
  const around = hexNeighbors(h);
  if (!around.some((n) => map.bankOf(n) === home) || !around.some((n) => map.bankOf(n) !== undefined && map.bankOf(n) !== home)) return false;
  return !scenario.objectives.some((o) => view.control[o.id] === 'is' && hexDistance(o.hex, h) <= 1)
    && !view.units.some((u) => u.camp === 'is' && hexDistance(u.hex, h) <= 1);
}

/**
 * The river hex to bridge: a bridgeable one nearest the IS-held objectives beyond plus nearest an
 * objective the camp holds (the bridgehead runs from held ground to the stakes), then nearest the unit.
 */
export function bridgeSite(scenario: Scenario, view: GameView, unit: Unit): Hex | undefined {
  const camp = unit.camp as Power;
  const map = scenario.map;
  const targets = scenario.objectives.filter((o) => view.control[o.id] === 'is' && beyondLine(map, RIVER, camp, o.hex)).map((o) => o.hex);
  const bases = scenario.objectives.filter((o) => view.control[o.id] === camp).map((o) => o.hex);
  if (targets.length === 0 || bases.length === 0) return undefined;
  const nearest = (hexes: readonly Hex[], h: Hex): number => Math.min(...hexes.map((t) => hexDistance(t, h)));
  let best: { hex: Hex; d: number; e: number } | undefined;
  for (const h of map.hexes) {
    if (!bridgeable(scenario, view, camp, h)) continue;
    const d = nearest(targets, h) + nearest(bases, h);
    const e = hexDistance(unit.hex, h);
    if (!best || d < best.d || (d === best.d && e < best.e)) best = { hex: h, d, e };
  }
  return best?.hex;
}
