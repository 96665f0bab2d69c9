// The committed unit symbols against milsymbol and the built-in scenarios (scripts/make-symbols.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SYMBOLS_PATH, buildSymbols, serializeSymbols } from '../../scripts/make-symbols';
import { CAMPS } from '../../src/engine';
import { SCENARIO_IDS, builtinScenario } from '../../src/scenarios';
import { type UnitSymbolFile, identityOf, symbolKey } from '../../src/scenes/symbolKeys';

const committed = readFileSync(SYMBOLS_PATH, 'utf8');
const file = JSON.parse(committed) as UnitSymbolFile;

describe('unit symbols', () => {
  it('regenerating them gives the committed file byte for byte', () => {
    expect(serializeSymbols(buildSymbols())).toBe(committed);
  });

  it('hold a symbol for every unit of every built-in scenario as each camp sees it', () => {
    const missing: string[] = [];
    for (const id of SCENARIO_IDS) {
      const scenario = builtinScenario(id)!;
      for (const u of scenario.data.units) {
        for (const viewer of CAMPS) {
          const key = symbolKey(scenario.unitTypes[u.type]!.sidc, identityOf(u.camp, viewer), u.camp);
          if (!file.symbols[key]) missing.push(`${u.id} seen by ${viewer}: ${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('draw friends as rectangles, the other power as squares and IS as diamonds', () => {
    const sidc = '10031000151211000000';
    const size = (camp: 'coalition' | 'is', viewer: 'coalition' | 'russia') => file.symbols[symbolKey(sidc, identityOf(camp, viewer), camp)]!;
    const friend = size('coalition', 'coalition'), neutral = size('coalition', 'russia'), hostile = size('is', 'coalition');
    // Sizes include the echelon mark above the frame: compare the frames' shapes with each other.
    expect(friend.width).toBeGreaterThan(neutral.width + 4);
    expect(hostile.width).toBeGreaterThan(neutral.width + 4);
    expect(hostile.height).toBeGreaterThan(friend.height + 4);
    for (const s of [friend, neutral, hostile]) expect(s.svg).toMatch(/^<svg [^>]*width="[\d.]+" height="[\d.]+"/);
  });
});
