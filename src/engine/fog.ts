// Fog of war: each camp sees the hexes within sight of its own units, plus the other power's units
// that power has shared over the hotline. A view is the state as one camp knows it; it never holds a
// hidden unit, the dice state, the seed or the author of an incident the viewer only suspects.
import { activeAgreements, inArea } from './areas';
import { type Board, typeOf } from './board';
import { cloneJson } from './clone';
import type { Agreement, CrisisState, Incident } from './crisisTypes';
import { type HexKey, hexKey, hexRange } from './hex';
import { minesFor } from './mines';
import type { Scenario } from './scenario';
import type { Camp, GameState, Unit } from './types';

export type Viewer = Camp | 'all';

export interface GameView extends Omit<GameState, 'rng' | 'seed' | 'units' | 'reinforcements'> {
  viewer: Viewer;
  units: Unit[];
  reinforcements: GameState['reinforcements'];
  /** Hexes the viewer sees now ("q,r"); every hex for 'all'. */
  visible: HexKey[];
}

/** A board that also carries the crisis: the full state or a view. */
export type CrisisBoard = Board & { crisis: CrisisState };

/** On-map hex keys within each sight radius of each hex, per scenario: sight is asked for on every command. */
const SIGHT = new WeakMap<Scenario, Map<string, readonly HexKey[]>>();

function sightFrom(scenario: Scenario, unit: Unit): readonly HexKey[] {
  let cache = SIGHT.get(scenario);
  if (!cache) SIGHT.set(scenario, (cache = new Map()));
  const radius = typeOf(scenario, unit).sight;
  const key = `${unit.hex.q},${unit.hex.r},${radius}`;
  let keys = cache.get(key);
  if (!keys) {
    keys = hexRange(unit.hex, radius).filter((h) => scenario.map.isOnMap(h)).map(hexKey);
    cache.set(key, keys);
  }
  return keys;
}

/** Sight sets lately worked out, by the camp's units' positions and ranges: every view and strike asks. */
const SEEN = new WeakMap<Scenario, Map<string, ReadonlySet<HexKey>>>();
const MAX_SEEN = 256;

/** The hexes `camp` sees (a set shared between callers: read it only). */
export function visibleHexes(scenario: Scenario, units: readonly Unit[], camp: Camp): ReadonlySet<HexKey> {
  let key = camp;
  for (const u of units) if (u.camp === camp) key += `;${u.hex.q},${u.hex.r},${typeOf(scenario, u).sight}`;
  let cache = SEEN.get(scenario);
  if (!cache) SEEN.set(scenario, (cache = new Map()));
  let seen = cache.get(key);
  if (!seen) {
    const set = new Set<HexKey>();
    for (const u of units) {
      if (u.camp !== camp) continue;
      for (const k of sightFrom(scenario, u)) set.add(k);
    }
    if (cache.size >= MAX_SEEN) cache.delete(cache.keys().next().value!);
    cache.set(key, (seen = set));
  }
  return seen;
}

/** Is `unit` shown to `viewer` by a share of positions, or by this turn's face-to-face meeting? */
export function sharedWith(crisis: CrisisState, turn: number, viewer: Camp, unit: Unit): boolean {
  if (viewer === 'is' || unit.camp === 'is' || unit.camp === viewer) return false;
  return activeAgreements(crisis.agreements, turn).some((a) =>
    a.kind === 'meeting' || (a.kind === 'shared_positions' && a.by === unit.camp && a.area !== null && inArea(a.area, unit.hex)));
}

/** A predicate: does `camp` know of this unit (its own, in sight, or shared)? */
export function knownTo(scenario: Scenario, board: CrisisBoard, camp: Camp, seen = visibleHexes(scenario, board.units, camp)): (u: Unit) => boolean {
  // The same test as sharedWith, with the agreements in force found once for all the units asked about.
  let shares: Agreement[] | undefined;
  return (u) => {
    if (u.camp === camp || seen.has(hexKey(u.hex))) return true;
    if (camp === 'is' || u.camp === 'is') return false;
    shares ??= activeAgreements(board.crisis.agreements, board.turn).filter((a) => a.kind === 'meeting' || a.kind === 'shared_positions');
    return shares.some((a) => a.kind === 'meeting' || (a.by === u.camp && a.area !== null && inArea(a.area, u.hex)));
  };
}

/** The board as `camp` sees it, sharing the state's objects: for read-only rule checks, not for callers. */
export function boardSeenBy(scenario: Scenario, state: GameState, camp: Camp): Board {
  return { ...state, units: state.units.filter(knownTo(scenario, state, camp)) };
}

/** An incident as `viewer` knows it: a power that only suspects does not learn the true author. */
export function incidentFor(incident: Incident, viewer: Viewer): Incident {
  if (viewer === 'all' || viewer === 'is' || incident.knowledge[viewer] !== 'suspects') return incident;
  // The author's own entry ('caused') would name it: shown as knowing who did it, which is also true.
  const knowledge = { ...incident.knowledge };
  for (const p of Object.keys(knowledge) as (keyof typeof knowledge)[]) if (knowledge[p] === 'caused') knowledge[p] = 'knows';
  return { ...incident, cause: null, knowledge };
}

export function viewFor(scenario: Scenario, state: GameState, viewer: Viewer): GameView {
  return cloneJson(sharedView(scenario, state, viewer));
}

/**
 * The same view as viewFor, but sharing the state's objects instead of copying them: for the AI
 * runners, which ask for a view before every command and never write to it. Do not mutate it.
 */
export function sharedView(scenario: Scenario, state: GameState, viewer: Viewer): GameView {
  const { rng: _rng, seed: _seed, units, reinforcements, ...shared } = state;
  if (viewer === 'all') return { ...shared, viewer, units, reinforcements, visible: scenario.map.hexes.map(hexKey) };
  const incidents = shared.crisis.incidents.map((i) => incidentFor(i, viewer));
  let escalation = shared.crisis.escalation;
  const last = escalation.last;
  if (last?.incident && incidents.some((i) => i.id === last.incident && i.cause === null)) escalation = { ...escalation, last: { ...last, by: null } };
  const seen = visibleHexes(scenario, units, viewer);
  // An inject's notes name where units came in: for Control, not for a camp that may not see them.
  const injects = shared.crisis.injects?.map((j) => (j.notes.length > 0 ? { ...j, notes: [] } : j));
  return {
    ...shared,
    crisis: { ...shared.crisis, incidents, escalation, ...(injects ? { injects } : {}) },
    mines: minesFor(shared.mines, viewer),
    viewer,
    units: units.filter(knownTo(scenario, state, viewer, seen)),
    reinforcements: reinforcements.filter((r) => r.unit.camp === viewer),
    visible: visibleList(seen),
  };
}

/** A sight set as a list, made once per set (sets are shared, and so are these lists: read them only). */
const LISTS = new WeakMap<ReadonlySet<HexKey>, HexKey[]>();
function visibleList(seen: ReadonlySet<HexKey>): HexKey[] {
  let list = LISTS.get(seen);
  if (!list) LISTS.set(seen, (list = [...seen]));
  return list;
}
