// Military unit symbols (APP-6 D / MIL-STD-2525 D) drawn by milsymbol from each unit type's SIDC.
// The standard identity (SIDC character 4) is set from the viewer's side of things: the player's
// camp is a friend (rectangle), the other great power is neutral (square) and IS is hostile
// (diamond), so the frame shape tells the three apart without colour. The fill is the camp's
// colour-blind-safe colour with white icon lines. Each distinct symbol is drawn once to a canvas
// and registered as a Phaser texture; counters then reuse the texture.
import * as Phaser from 'phaser';
import ms, { type ColorMode } from 'milsymbol';
import type { Camp } from '../engine';
import { CAMP_CSS } from './colours';

/** 2525 D standard identities (SIDC character 4). */
export type Identity = 'friend' | 'neutral' | 'hostile';
const IDENTITY_DIGIT: Readonly<Record<Identity, string>> = { friend: '3', neutral: '4', hostile: '6' };

/** How the viewing camp sees a unit's camp: itself as friend, IS as hostile, the other power as neutral. */
export function identityOf(camp: Camp, viewer: Camp): Identity {
  if (camp === viewer) return 'friend';
  return camp === 'is' ? 'hostile' : 'neutral';
}

/** The type's 20-character SIDC with its standard identity replaced. */
export function sidcFor(sidc: string, identity: Identity): string {
  return sidc.slice(0, 3) + IDENTITY_DIGIT[identity] + sidc.slice(4);
}

/** Symbol size in milsymbol units (a friend frame is about 1.5 × SIZE by SIZE pixels). */
const SIZE = 18;
/** The box a symbol must fit in on a counter; the taller hostile diamond is scaled down to fit. */
export const SYMBOL_MAX_W = 31;
export const SYMBOL_MAX_H = 34;
/** Canvas pixels per screen pixel, so the symbol stays crisp when the camera zooms in. */
const RESOLUTION = 3;

export interface SymbolTexture {
  key: string;
  /** The scale that draws the texture at its size on a counter. */
  scale: number;
}

function allIdentities(colour: string): ColorMode {
  return { Friend: colour, Hostile: colour, Neutral: colour, Unknown: colour, Civilian: colour, Suspect: colour };
}

const cache = new Map<string, SymbolTexture | null>();

/**
 * The texture for a unit symbol, drawn on first use; null when milsymbol does not know the code
 * (the counter then prints the type's abbreviation instead).
 */
export function symbolTexture(scene: Phaser.Scene, sidc: string, camp: Camp, viewer: Camp): SymbolTexture | null {
  const code = sidcFor(sidc, identityOf(camp, viewer));
  const key = `ms:${code}:${camp}`;
  const known = cache.get(key);
  if (known !== undefined && (known === null || scene.textures.exists(key))) return known;
  const symbol = new ms.Symbol(code, {
    size: SIZE,
    fillColor: CAMP_CSS[camp],
    iconColor: allIdentities('#ffffff'),
    frameColor: allIdentities('#000000'),
    strokeWidth: 4,
    infoFields: false,
    padding: 1,
  });
  if (!symbol.isValid()) {
    cache.set(key, null);
    return null;
  }
  const size = symbol.getSize();
  if (!scene.textures.exists(key)) {
    const canvas = symbol.asCanvas(RESOLUTION);
    if (!scene.textures.addCanvas(key, canvas)) return null;
  }
  const tex: SymbolTexture = {
    key, scale: Math.min(1, SYMBOL_MAX_W / size.width, SYMBOL_MAX_H / size.height) / RESOLUTION,
  };
  cache.set(key, tex);
  return tex;
}
