// The unit symbols drawn at build time (assets/symbols/units.json, see scripts/make-symbols.ts),
// decoded once into canvases before the scene starts, so counters can use them at once.
import file from '../../assets/symbols/units.json';
import type { UnitSymbolFile } from './symbolKeys';

/** Canvas pixels per screen pixel, so a symbol stays crisp when the camera zooms in. */
export const SYMBOL_RESOLUTION = 3;

export interface SymbolImage { canvas: HTMLCanvasElement; width: number; height: number }

const images = new Map<string, SymbolImage>();
let loading: Promise<void> | undefined;

async function decode(svg: string, width: number, height: number): Promise<SymbolImage> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * SYMBOL_RESOLUTION;
  canvas.height = height * SYMBOL_RESOLUTION;
  canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
  return { canvas, width, height };
}

/** Decodes every symbol; a symbol that fails to decode is left out (its counters print the type). */
export function loadUnitSymbols(): Promise<void> {
  loading ??= Promise.all(Object.entries((file as UnitSymbolFile).symbols).map(async ([key, s]) => {
    try {
      images.set(key, await decode(s.svg, s.width, s.height));
    } catch (e) {
      console.warn(`unit symbol ${key} did not decode`, e);
    }
  })).then(() => undefined);
  return loading;
}

export function symbolImage(key: string): SymbolImage | undefined {
  return images.get(key);
}
