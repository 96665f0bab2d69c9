// The scenario validator for authors (npm run scenario -- validate, and a file loaded in the browser):
// the loader's checks, and what a playable scenario needs beyond them (units on their power's bank,
// objectives some power can reach). Errors make a file unplayable; warnings do not. Pure: no I/O.
import { type Hex, hexKey, hexNeighbors } from './hex';
import type { Bank, GameMap } from './map';
import { type DataError, type Scenario, type ScenarioData, checkScenarioFiles, loadScenario } from './scenario';
import { POWERS, type Power } from './sides';

export interface ScenarioReport {
  errors: DataError[];
  warnings: DataError[];
  /** The loaded scenario, when there are no errors. */
  scenario?: Scenario;
}

const BANK_NAME: Readonly<Record<Bank, string>> = { E: 'east', W: 'west' };

/**
 * Validates a scenario (parsed JSON) against the maps it may name (`maps`: map id -> map JSON).
 * Every error and warning names its JSON path and the reason.
 */
export function validateScenario(raw: unknown, maps: Readonly<Record<string, unknown>>): ScenarioReport {
  const warnings: DataError[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { errors: [{ path: '(root)', message: 'a scenario must be a JSON object' }], warnings };
  }
  const mapId = (raw as Record<string, unknown>).map;
  if (typeof mapId === 'string' && !Object.hasOwn(maps, mapId)) {
    return { errors: [{ path: 'map', message: `unknown map "${mapId}"; known maps: ${Object.keys(maps).join(', ')}` }], warnings };
  }
  const rawMap = typeof mapId === 'string' ? maps[mapId] : Object.values(maps)[0];
  const { errors, data, map } = checkScenarioFiles(raw, rawMap);
  if (data && map) {
    checkBanks(data, map, errors, warnings);
    checkReach(data, map, errors);
    if (data.classMinutes === undefined) warnings.push({ path: 'classMinutes', message: 'no intended class time: the menu shows none' });
    const used = new Set([...data.units.map((u) => u.type), ...(data.injects ?? []).flatMap((j) => 'units' in j.effect ? j.effect.units.map((u) => u.type) : [])]);
    for (const type of Object.keys(data.unitTypes)) {
      if (!used.has(type)) warnings.push({ path: `unitTypes.${type}`, message: 'no unit or inject uses this type' });
    }
  }
  if (errors.length > 0) return { errors, warnings };
  const loaded = loadScenario(raw, rawMap);
  return loaded.ok ? { errors, warnings, scenario: loaded.scenario } : { errors: loaded.errors, warnings };
}

const hexOf = (h: readonly [number, number]): Hex => ({ q: h[0], r: h[1] });
const isPowerCamp = (c: string): c is Power => (POWERS as readonly string[]).includes(c);

/** A power that states its bank has every unit on it (islands are on neither bank, and allowed). */
function checkBanks(data: ScenarioData, map: GameMap, errors: DataError[], warnings: DataError[]): void {
  for (const p of POWERS) {
    if (data.banks?.[p] === undefined) warnings.push({ path: `banks.${p}`, message: `no starting bank for ${p}: its units' banks are not checked` });
  }
  data.units.forEach((u, i) => {
    const want = isPowerCamp(u.camp) ? data.banks?.[u.camp] : undefined;
    const bank = map.bankOf(hexOf(u.hex));
    if (want === undefined || bank === undefined || bank === want) return;
    const what = u.arrives !== undefined && u.arrives > 1 ? `arrives on turn ${u.arrives} on` : 'starts on';
    errors.push({ path: `units[${i}].hex`, message: `${u.id} ${what} the ${BANK_NAME[bank]} bank, but ${u.camp}'s bank (banks.${u.camp}) is the ${BANK_NAME[want]}` });
  });
}

/**
 * Every objective must be reachable by some power's units (those at the start and the reinforcements)
 * over land: islands by boat, the river only for a power with engineers (a pontoon), never across a river side.
 */
function checkReach(data: ScenarioData, map: GameMap, errors: DataError[]): void {
  const reached = new Set<string>();
  for (const p of POWERS) {
    const units = data.units.filter((u) => u.camp === p && Object.hasOwn(data.unitTypes, u.type));
    const engineers = units.some((u) => data.unitTypes[u.type]!.engineer);
    const starts = units.filter((u) => data.unitTypes[u.type]!.movement > 0 && !data.unitTypes[u.type]!.carBomb).map((u) => hexOf(u.hex));
    for (const k of landReach(map, starts, engineers)) reached.add(k);
  }
  data.objectives.forEach((o, i) => {
    if (!map.isOnMap(hexOf(o.hex)) || reached.has(hexKey(hexOf(o.hex)))) return;
    errors.push({
      path: `objectives[${i}].hex`,
      message: `${o.id} at ${o.hex[0]},${o.hex[1]} is unreachable: no coalition or russia unit can get there (the river needs engineers; a river side is never crossed)`,
    });
  });
}

/** Hex keys reachable from `starts` by moving hex to hex, whatever the cost. */
function landReach(map: GameMap, starts: readonly Hex[], engineers: boolean): Set<string> {
  const seen = new Set<string>();
  const open = (h: Hex): boolean => {
    const t = map.terrainAt(h);
    return t !== undefined && (t !== 'river' || engineers);
  };
  const stack = starts.filter(open);
  for (const h of stack) seen.add(hexKey(h));
  while (stack.length > 0) {
    const h = stack.pop()!;
    for (const n of hexNeighbors(h)) {
      const k = hexKey(n);
      if (seen.has(k) || !open(n) || map.riverBetween(h, n)) continue;
      seen.add(k);
      stack.push(n);
    }
  }
  return seen;
}
