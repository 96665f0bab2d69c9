// Names for camps and hexes in the page's language. Pure (no DOM): the log, the HUD and the hotline's
// formal messages all name places the same way.
import { type Camp, type Hex, type Scenario, hexDistance } from '../engine/core';
import { type Messages, t, translatedRecord } from '../i18n/messages';

/** The built-in scenarios' camp names, translated; a scenario file's own names are shown as written. */
const CAMP_NAMES: Readonly<Record<string, (m: Messages) => string>> = {
  'US-backed coalition (SDF and US)': (m) => m.common_camp_name_coalition(),
  'Russian-backed government side (SAA and Russia)': (m) => m.common_camp_name_russia(),
  'Government side, Iran-backed militias and Iraqi forces (with Russia)': (m) => m.common_camp_name_russia_bukamal(),
  'Pro-government forces (SAA, militias, contractors; Russia)': (m) => m.common_camp_name_russia_khasham(),
  'Islamic State': (m) => m.common_camp_name_is(),
};

export const campName = (scenario: Pick<Scenario, 'data'>, camp: Camp): string => {
  const name = scenario.data.camps[camp].name;
  const translated = Object.hasOwn(CAMP_NAMES, name) ? CAMP_NAMES[name] : undefined;
  return translated ? translated(t()) : name;
};

/** Short camp names for the log, where the scenario's full names would crowd every line. */
export const CAMP_SHORT: Readonly<Record<Camp, string>> = translatedRecord({
  coalition: (m) => m.common_camp_short_coalition(), russia: (m) => m.common_camp_short_russia(), is: (m) => m.common_camp_short_is(),
});

/** A place name for a hex: the gazetteer's, an objective's, or its coordinates near a named place. */
export function hexName(scenario: Scenario, h: Hex): string {
  const named = placeName(scenario, h);
  if (named) return named;
  const near = scenario.map.data.places
    .map((p) => ({ name: p.name, d: hexDistance(h, { q: p.hex[0], r: p.hex[1] }) }))
    .filter((p) => p.d <= 2)
    .sort((a, b) => a.d - b.d)[0];
  return near ? t().common_hex_near({ q: h.q, r: h.r, place: near.name }) : t().common_hex({ q: h.q, r: h.r });
}

/** The gazetteer's or an objective's name for exactly this hex, if it has one. */
function placeName(scenario: Scenario, h: Hex): string | undefined {
  const place = scenario.map.placeAt(h);
  if (place) return place.name;
  return scenario.objectives.find((o) => o.hex.q === h.q && o.hex.r === h.r)?.name;
}

/** A hex for formal text: "Deir ez-Zor (hex 1,20)", or "hex 3,22 near Mu Hasan" when it has no name. */
export function hexRef(scenario: Scenario, h: Hex): string {
  const named = placeName(scenario, h);
  return named ? t().common_hex_ref({ place: named, q: h.q, r: h.r }) : hexName(scenario, h);
}

/** Named places to choose an area's centre from without the map (keyboard users): gazetteer and objectives, once per hex. */
export function namedPlaces(scenario: Scenario): { name: string; hex: Hex }[] {
  const out = new Map<string, { name: string; hex: Hex }>();
  for (const o of scenario.objectives) out.set(`${o.hex.q},${o.hex.r}`, { name: o.name, hex: o.hex });
  for (const p of scenario.map.data.places) {
    const hex = { q: p.hex[0], r: p.hex[1] };
    if (scenario.map.isOnMap(hex) && !out.has(`${hex.q},${hex.r}`)) out.set(`${hex.q},${hex.r}`, { name: p.name, hex });
  }
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name));
}
