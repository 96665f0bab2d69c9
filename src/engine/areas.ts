// Where agreements apply: circular areas of hexes and deconfliction lines.
import type { Agreement, Area, LineSpec } from './crisisTypes';
import { type Hex, hexDistance, hexKey } from './hex';
import type { GameMap } from './map';
import type { Power } from './types';

export const inArea = (area: Area, h: Hex): boolean => hexDistance(area.centre, h) <= area.radius;

/** Each power's own bank under a river line: the coalition east, the government side west. */
export const HOME_BANK: Readonly<Record<Power, 'E' | 'W'>> = { coalition: 'E', russia: 'W' };

/** Is a unit of `power` standing at `h` on the far side of (or on) the line? */
export function beyondLine(map: GameMap, line: LineSpec, power: Power, h: Hex): boolean {
  if (line.kind === 'river') {
    const bank = map.bankOf(h);
    return bank !== undefined && bank !== HOME_BANK[power];
  }
  const k = hexKey(h);
  return line.hexes.some((x) => hexKey(x) === k);
}

/** Agreements in force on `turn`. */
export const activeAgreements = (agreements: readonly Agreement[], turn: number): Agreement[] =>
  agreements.filter((a) => a.from <= turn && (a.until === null || a.until >= turn));

/** The line both powers have agreed, if one stands. */
export const agreedLine = (agreements: readonly Agreement[], turn: number): Agreement | undefined =>
  activeAgreements(agreements, turn).find((a) => a.kind === 'line');
