// How a unit's symbol is chosen: the type's SIDC, with its standard identity (SIDC character 4) set
// from the viewer's side: the player's camp is a friend (rectangle), the other great power neutral
// (square) and IS hostile (diamond), so the frame shape tells the three apart without colour.
// Shared by scripts/make-symbols.ts, which draws the symbols, and the scene, which looks them up.
import type { Camp } from '../engine/core';

/** 2525 D standard identities. */
export type Identity = 'friend' | 'neutral' | 'hostile';
const IDENTITY_DIGIT: Readonly<Record<Identity, string>> = { friend: '3', neutral: '4', hostile: '6' };

export function identityOf(camp: Camp, viewer: Camp): Identity {
  if (camp === viewer) return 'friend';
  return camp === 'is' ? 'hostile' : 'neutral';
}

/** The symbol's key: the SIDC with its identity set, and the camp whose colour fills it. */
export function symbolKey(sidc: string, identity: Identity, camp: Camp): string {
  return `${sidc.slice(0, 3)}${IDENTITY_DIGIT[identity]}${sidc.slice(4)}:${camp}`;
}

/** assets/symbols/units.json: SVG drawn by milsymbol, with its size in pixels. */
export interface UnitSymbolFile {
  milsymbol: string;
  symbols: Record<string, { svg: string; width: number; height: number }>;
}
