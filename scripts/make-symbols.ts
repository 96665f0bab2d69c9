// Draws every unit symbol the built-in scenarios need with milsymbol (APP-6 D / MIL-STD-2525 D) and
// writes them as SVG to assets/symbols/units.json. Drawing at build time keeps milsymbol's icon
// tables (some 130 kB of gzipped JavaScript) out of the game. Run: npm run symbols
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ms from 'milsymbol';
import { CAMPS, type Camp } from '../src/engine';
import { builtinScenario, SCENARIO_IDS } from '../src/scenarios';
import { CAMP_CSS } from '../src/presenter/colours';
import { type Identity, type UnitSymbolFile, identityOf, symbolKey } from '../src/scenes/symbolKeys';

export const SYMBOLS_PATH = fileURLToPath(new URL('../assets/symbols/units.json', import.meta.url));

/** Symbol size in milsymbol units (a friend frame is about 1.5 × SIZE by SIZE pixels). */
const SIZE = 18;

const everyIdentity = (colour: string) =>
  ({ Friend: colour, Hostile: colour, Neutral: colour, Unknown: colour, Civilian: colour, Suspect: colour });

/** The SIDCs each camp fields in the built-in scenarios. */
function sidcsByCamp(): Map<Camp, Set<string>> {
  const out = new Map<Camp, Set<string>>(CAMPS.map((c) => [c, new Set<string>()]));
  for (const id of SCENARIO_IDS) {
    const scenario = builtinScenario(id)!;
    for (const u of scenario.data.units) out.get(u.camp)!.add(scenario.unitTypes[u.type]!.sidc);
  }
  return out;
}

export function buildSymbols(): UnitSymbolFile {
  const symbols: UnitSymbolFile['symbols'] = {};
  for (const [camp, sidcs] of sidcsByCamp()) {
    const identities = new Set<Identity>(CAMPS.map((viewer) => identityOf(camp, viewer)));
    for (const sidc of [...sidcs].sort()) {
      for (const identity of [...identities].sort()) {
        const key = symbolKey(sidc, identity, camp);
        const symbol = new ms.Symbol(key.split(':')[0]!, {
          size: SIZE, fillColor: CAMP_CSS[camp], iconColor: everyIdentity('#ffffff'), frameColor: everyIdentity('#000000'),
          strokeWidth: 4, infoFields: false, padding: 1,
        });
        if (!symbol.isValid()) throw new Error(`milsymbol does not know SIDC ${sidc} (${camp})`);
        const { width, height } = symbol.getSize();
        symbols[key] = { svg: symbol.asSVG(), width: Math.ceil(width), height: Math.ceil(height) };
      }
    }
  }
  return { milsymbol: ms.getVersion(), symbols };
}

export const serializeSymbols = (file: UnitSymbolFile): string => JSON.stringify(file, null, 1) + '\n';

function main(): void {
  const file = buildSymbols();
  writeFileSync(SYMBOLS_PATH, serializeSymbols(file));
  console.log(`wrote ${Object.keys(file.symbols).length} symbols to ${SYMBOLS_PATH}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
