// Military unit symbols (APP-6 D / MIL-STD-2525 D) on the counters: the images milsymbol drew at
// build time (symbolImages.ts), registered as Phaser textures on first use and reused after.
import type * as Phaser from 'phaser';
import type { Camp } from '../engine/core';
import { identityOf, symbolKey } from './symbolKeys';
import { SYMBOL_RESOLUTION, symbolImage } from './symbolImages';

/** The box a symbol must fit in on a counter; the taller hostile diamond is scaled down to fit. */
export const SYMBOL_MAX_W = 31;
export const SYMBOL_MAX_H = 34;

export interface SymbolTexture {
  key: string;
  /** The scale that draws the texture at its size on a counter. */
  scale: number;
}

/**
 * The texture for a unit symbol; null when no symbol was drawn for this type and camp (a scenario
 * the build did not know): the counter then prints the type's abbreviation instead.
 */
export function symbolTexture(scene: Phaser.Scene, sidc: string, camp: Camp, viewer: Camp): SymbolTexture | null {
  const key = symbolKey(sidc, identityOf(camp, viewer), camp);
  const image = symbolImage(key);
  if (!image) return null;
  const textureKey = `ms:${key}`;
  if (!scene.textures.exists(textureKey) && !scene.textures.addCanvas(textureKey, image.canvas)) return null;
  return {
    key: textureKey,
    scale: Math.min(1, SYMBOL_MAX_W / image.width, SYMBOL_MAX_H / image.height) / SYMBOL_RESOLUTION,
  };
}
