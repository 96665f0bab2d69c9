// Fog of war: each camp sees the hexes within sight of its own units, plus the other power's units
// that power has shared over the hotline. A view is the state as one camp knows it; it never holds a
// hidden unit, the dice state, the seed or the author of an incident the viewer only suspects.
import { activeAgreements, inArea } from './areas';
import { type Board, typeOf } from './board';
import { cloneJson } from './clone';
import type { Agreement, CrisisState, Incident } from './crisisTypes';
import { type Grid, gridOf, kept } from './grid';
import { type Hex, type HexKey, hexKey, hexRange } from './hex';
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

/** On-map cells within each sight radius of each cell, per grid: sight is asked for on every command. */
const SIGHT = new WeakMap<Grid, Map<number, Int32Array>>();

function sightCells(grid: Grid, cell: number, radius: number): Int32Array {
  let cache = SIGHT.get(grid);
  if (!cache) SIGHT.set(grid, (cache = new Map()));
  const key = cell * 16 + radius;
  let cells = cache.get(key);
  if (!cells) {
    cells = Int32Array.from(hexRange(grid.hexes[cell]!, radius).map((h) => grid.cellOf(h)).filter((c) => c >= 0));
    cache.set(key, cells);
  }
  return cells;
}

/**
 * Sight sets lately worked out, per scenario, by the camp and its units' cells and sight radii in
 * order (the signature): every view and strike asks, and most ask of a camp that has not moved since.
 */
interface Seen { camp: Camp; sig: readonly number[]; set: ReadonlySet<HexKey> }
interface SeenCache {
  byHash: Map<number, Seen[]>; fifo: { hash: number; seen: Seen }[]; sig: Int32Array;
  /** An empty bitset of the grid, copied for each new sight: a copy is quicker than new Array(n).fill(0). */
  zeros: number[];
}
const SEEN = new WeakMap<Scenario, SeenCache>();
const MAX_SEEN = 256;

/** The hexes `camp` sees (a set shared between callers: read it only). */
export function visibleHexes(scenario: Scenario, units: readonly Unit[], camp: Camp): ReadonlySet<HexKey> {
  const grid = gridOf(scenario);
  let cache = SEEN.get(scenario);
  if (!cache) {
    const zeros: number[] = [];
    for (let i = 0; i <= grid.size >> 4; i++) zeros.push(0);
    SEEN.set(scenario, (cache = { byHash: new Map(), fifo: [], sig: new Int32Array(16), zeros }));
  }
  const types = scenario.unitTypes;
  let n = 0;
  let hash = camp.length;
  for (const u of units) {
    if (u.camp !== camp) continue;
    const cell = grid.cellOf(u.hex);
    if (cell < 0) return sightOf(scenario, units, camp); // off the map: not worth a signature
    if (n === cache.sig.length) { const grown = new Int32Array(2 * n); grown.set(cache.sig); cache.sig = grown; }
    const v = cell * 16 + (types[u.type] ?? typeOf(scenario, u)).sight; // typeOf only to throw for an unknown type
    cache.sig[n++] = v;
    hash = (Math.imul(hash, 31) + v) | 0;
  }
  const bucket = cache.byHash.get(hash);
  if (bucket) {
    for (const e of bucket) if (e.camp === camp && sameSig(e.sig, cache.sig, n)) return e.set;
  }
  const seen: Seen = { camp, sig: kept(cache.sig, n), set: cellSight(grid, cache, units, camp) };
  if (cache.fifo.length >= MAX_SEEN) {
    const old = cache.fifo.shift()!;
    const b = cache.byHash.get(old.hash)!;
    if (b.length === 1) cache.byHash.delete(old.hash);
    else b.splice(b.indexOf(old.seen), 1);
  }
  if (bucket) bucket.push(seen);
  else cache.byHash.set(hash, [seen]);
  cache.fifo.push({ hash, seen });
  return seen.set;
}

function sameSig(a: readonly number[], b: Int32Array, n: number): boolean {
  if (a.length !== n) return false;
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The union of the camp's units' sight, in order of first sighting (unit by unit, hexRange order). */
function cellSight(grid: Grid, cache: SeenCache, units: readonly Unit[], camp: Camp): Sight {
  // Plain arrays of small integers, the membership a bitset of 16 cells a word: typed arrays, one
  // the size of the grid, cost more to make than all the rest here.
  const bits = cache.zeros.slice();
  const order: number[] = [];
  for (let i = 0, k = 0; i < units.length; i++) {
    if (units[i]!.camp !== camp) continue;
    const v = cache.sig[k++]!;
    for (const c of sightCells(grid, v >> 4, v & 15)) {
      const bit = 1 << (c & 15);
      if ((bits[c >> 4]! & bit) !== 0) continue;
      bits[c >> 4]! |= bit;
      order.push(c);
    }
  }
  return new Sight(grid, bits, order);
}

/**
 * A camp's sight as visibleHexes makes it: membership by map cell, and the "q,r" keys in order of
 * first sighting. Cheaper to make than a Set of keys, and most tests of it are by cell (seesHex).
 */
class Sight implements ReadonlySet<HexKey> {
  private set: Set<HexKey> | undefined;
  private keyList: HexKey[] | undefined;
  constructor(private readonly grid: Grid, private readonly bits: readonly number[], private readonly order: readonly number[]) {}
  /** Is the cell seen? */
  hasCell(c: number): boolean { return (this.bits[c >> 4]! & (1 << (c & 15))) !== 0; }
  get size(): number { return this.order.length; }
  has(key: HexKey): boolean {
    const c = this.grid.cellByKey.get(key);
    return c !== undefined && this.hasCell(c);
  }
  /** The keys in order (one list, shared: read it only). */
  list(): HexKey[] {
    if (!this.keyList) {
      const keys: HexKey[] = [];
      for (let i = 0; i < this.order.length; i++) keys.push(this.grid.keys[this.order[i]!]!);
      this.keyList = keys;
    }
    return this.keyList;
  }
  private asSet(): Set<HexKey> { return (this.set ??= new Set(this.list())); }
  forEach(fn: (value: HexKey, key: HexKey, set: ReadonlySet<HexKey>) => void, thisArg?: unknown): void {
    for (const k of this.list()) fn.call(thisArg, k, k, this);
  }
  entries(): SetIterator<[HexKey, HexKey]> { return this.asSet().entries(); }
  keys(): SetIterator<HexKey> { return this.asSet().keys(); }
  values(): SetIterator<HexKey> { return this.asSet().values(); }
  [Symbol.iterator](): SetIterator<HexKey> { return this.asSet()[Symbol.iterator](); }
}

/** A test for membership in `seen`, by cell when it is one of visibleHexes' sets. */
export function seesHex(scenario: Scenario, seen: ReadonlySet<HexKey>): (h: Hex) => boolean {
  if (!(seen instanceof Sight)) return (h) => seen.has(hexKey(h));
  const sight = seen;
  const grid = gridOf(scenario);
  return (h) => {
    const c = grid.cellOf(h);
    return c >= 0 && sight.hasCell(c);
  };
}

/** visibleHexes for a camp with a unit off the map, uncached. */
function sightOf(scenario: Scenario, units: readonly Unit[], camp: Camp): Set<HexKey> {
  const set = new Set<HexKey>();
  for (const u of units) {
    if (u.camp !== camp) continue;
    for (const h of hexRange(u.hex, typeOf(scenario, u).sight)) if (scenario.map.isOnMap(h)) set.add(hexKey(h));
  }
  return set;
}

/** Is `unit` shown to `viewer` by a share of positions, or by this turn's face-to-face meeting? */
export function sharedWith(crisis: CrisisState, turn: number, viewer: Camp, unit: Unit): boolean {
  if (viewer === 'is' || unit.camp === 'is' || unit.camp === viewer) return false;
  return activeAgreements(crisis.agreements, turn).some((a) =>
    a.kind === 'meeting' || (a.kind === 'shared_positions' && a.by === unit.camp && a.area !== null && inArea(a.area, unit.hex)));
}

/** A predicate: does `camp` know of this unit (its own, in sight, or shared)? */
export function knownTo(scenario: Scenario, board: CrisisBoard, camp: Camp, seen = sightOfBoard(scenario, board, camp)): (u: Unit) => boolean {
  // The same test as sharedWith, with the agreements in force found once for all the units asked about.
  let shares: Agreement[] | undefined;
  const sees = seesHex(scenario, seen);
  return (u) => {
    if (u.camp === camp || sees(u.hex)) return true;
    if (camp === 'is' || u.camp === 'is') return false;
    shares ??= activeAgreements(board.crisis.agreements, board.turn).filter((a) => a.kind === 'meeting' || a.kind === 'shared_positions');
    return shares.some((a) => a.kind === 'meeting' || (a.by === u.camp && a.area !== null && inArea(a.area, u.hex)));
  };
}

/** The board as `camp` sees it, sharing the state's objects: for read-only rule checks, not for callers. */
export function boardSeenBy(scenario: Scenario, state: GameState, camp: Camp): Board {
  // The Board's fields only: a spread of the whole state is slow (its shape varies command to command).
  const { turn, phase, status, control, pontoons, sortiesLeft } = state;
  const units = state.units.filter(knownTo(scenario, state, camp));
  return { turn, phase, status, units, control, pontoons, mines: minesFor(state.mines, camp), sortiesLeft };
}

/** An incident as `viewer` knows it: a power that only suspects does not learn the true author. */
export function incidentFor(incident: Incident, viewer: Viewer): Incident {
  if (viewer === 'all' || viewer === 'is' || incident.knowledge[viewer] !== 'suspects') return incident;
  // The author's own entry ('caused') would name it: shown as knowing who did it, which is also true.
  const knowledge = { ...incident.knowledge };
  for (const p of Object.keys(knowledge) as (keyof typeof knowledge)[]) if (knowledge[p] === 'caused') knowledge[p] = 'knows';
  const { unit: _firer, ...rest } = incident; // the proxy that fired would name its camp
  return { ...rest, cause: null, knowledge };
}

export function viewFor(scenario: Scenario, state: GameState, viewer: Viewer): GameView {
  return cloneJson(sharedView(scenario, state, viewer));
}

/**
 * The same view as viewFor, but sharing the state's objects instead of copying them: for the AI
 * runners, which ask for a view before every command and never write to it. Do not mutate it.
 */
export function sharedView(scenario: Scenario, state: GameState, viewer: Viewer): GameView {
  const { units, reinforcements } = state;
  const view = sharedFields(state);
  if (viewer === 'all') return Object.assign(view, { viewer, units, reinforcements, visible: scenario.map.hexes.map(hexKey) }) as unknown as GameView;
  const crisis = state.crisis;
  // The view one command before mostly holds the same units and incidents: its lists are taken again
  // when what they are made from holds the same objects (a state's objects never change once made).
  let before = LAST_VIEWS.get(viewer);
  if (before?.scenario !== scenario) LAST_VIEWS.set(viewer, (before = { scenario, units: [], turn: -1, agreements: [], seen: new Set(), known: [], incidentsIn: [], incidents: [] }));
  if (!sameItems(before.incidentsIn, crisis.incidents)) {
    before.incidentsIn = crisis.incidents.slice();
    before.incidents = crisis.incidents.map((i) => incidentFor(i, viewer));
  }
  const incidents = before.incidents;
  let escalation = crisis.escalation;
  const last = escalation.last;
  if (last?.incident && incidents.some((i) => i.id === last.incident && i.cause === null)) escalation = { ...escalation, last: { ...last, by: null } };
  // An inject's notes name where units came in: for Control, not for a camp that may not see them.
  const injects = crisis.injects?.map((j) => (j.notes.length > 0 ? { ...j, notes: [] } : j));
  // Spread, then its keys set (none added): in this V8 an object spread and then given a key it lacked,
  // or an empty object spread into it, is made by a slow path.
  const viewCrisis = { ...crisis };
  viewCrisis.incidents = incidents;
  viewCrisis.escalation = escalation;
  if (injects) viewCrisis.injects = injects;
  view.crisis = viewCrisis;
  view.mines = minesFor(state.mines, viewer);
  view.viewer = viewer;
  // Which units the viewer knows of depends on the units, the agreements in force and the turn.
  if (!(before.turn === state.turn && sameItems(before.units, units) && sameItems(before.agreements, crisis.agreements))) {
    const seen = visibleHexes(scenario, units, viewer);
    before.units = units.slice();
    before.turn = state.turn;
    before.agreements = crisis.agreements.slice();
    before.seen = seen;
    before.known = withoutOthersOrders(units.filter(knownTo(scenario, state, viewer, seen)), viewer);
  }
  const seen = before.seen;
  view.units = before.known;
  view.reinforcements = reinforcements.filter((r) => r.unit.camp === viewer);
  view.visible = visibleList(seen);
  // The sight the view was made from, for sightOfBoard: the AI asks for it again and again.
  Object.defineProperty(view, VIEW_SIGHT, { value: seen });
  return view as unknown as GameView;
}

const VIEW_SIGHT = Symbol('sight');

/** What sharedView made last for a viewer, and from what (copies of the lists: a state in the making changes its own). */
interface LastView {
  scenario: Scenario; units: Unit[]; turn: number; agreements: Agreement[]; seen: ReadonlySet<HexKey>; known: Unit[];
  incidentsIn: Incident[]; incidents: Incident[];
}
const LAST_VIEWS = new Map<Viewer, LastView>();

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A patron's orders to its proxies are its own: another camp's units are shown without them. */
function withoutOthersOrders(units: Unit[], viewer: Camp): Unit[] {
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.restrained && u.camp !== viewer) units[i] = unordered(u);
  }
  return units;
}

/** A unit without its order, made once per unit object (state units are never changed, only replaced): views before every command ask again. */
const UNORDERED = new WeakMap<Unit, Unit>();
function unordered(u: Unit): Unit {
  let rest = UNORDERED.get(u);
  if (!rest) {
    const { restrained: _order, ...copy } = u;
    UNORDERED.set(u, (rest = copy));
  }
  return rest;
}

/**
 * visibleHexes(scenario, board.units, camp), taken from a view made by sharedView for `camp` when
 * `board` is one (its own units are the state's, in order: the same sight), else worked out.
 */
export function sightOfBoard(scenario: Scenario, board: Board, camp: Camp): ReadonlySet<HexKey> {
  const view = board as Partial<GameView> & { [VIEW_SIGHT]?: ReadonlySet<HexKey> };
  const seen = view[VIEW_SIGHT];
  return seen !== undefined && view.viewer === camp ? seen : visibleHexes(scenario, board.units, camp);
}

/**
 * The state's fields but those a view leaves out or replaces, in the state's order. A loop, not an
 * object rest pattern: V8 copies a rest pattern by a slow path, ten times slower on the state.
 */
function sharedFields(state: GameState): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k in state) {
    if (k === 'rng' || k === 'seed' || k === 'units' || k === 'reinforcements') continue;
    out[k] = state[k as keyof GameState];
  }
  return out;
}

/** A sight set as a list, made once per set (sets are shared, and so are these lists: read them only). */
const LISTS = new WeakMap<ReadonlySet<HexKey>, HexKey[]>();
function visibleList(seen: ReadonlySet<HexKey>): HexKey[] {
  if (seen instanceof Sight) return seen.list();
  let list = LISTS.get(seen);
  if (!list) LISTS.set(seen, (list = [...seen]));
  return list;
}
