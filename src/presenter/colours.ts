// Map and counter colours. Camp colours are colour-blind safe (Okabe-Ito blue/vermilion, and grey),
// and every counter also carries text, so colour is never the only cue.
import type { Camp, Terrain } from '../engine/core';

export const TERRAIN_COLOUR: Readonly<Record<Terrain, number>> = {
  river: 0x3f7fc8,
  valley: 0x8fbf6a,
  desert: 0xe6d8ad,
  urban: 0x9b9b9b,
  industrial: 0x6f6385,
  hills: 0xa67c52,
  island: 0x3f7fc8,
  airbase: 0xc4c2b8,
  field: 0x2b2b2b,
};

/** The green drawn inside an island hex, over the river blue. */
export const ISLAND_LAND = 0x7fb35a;

export const CAMP_COLOUR: Readonly<Record<Camp, number>> = {
  coalition: 0x3b7dd8,
  russia: 0xd55e00,
  is: 0x333333,
};

/** Threat ranges (key T): the camps' colours, but IS's near-black would vanish in the fog: Okabe-Ito's reddish purple. */
export const THREAT_COLOUR: Readonly<Record<Camp, number>> = { coalition: CAMP_COLOUR.coalition, russia: CAMP_COLOUR.russia, is: 0xcc79a7 };

export const CAMP_CSS: Readonly<Record<Camp, string>> = {
  coalition: '#3B7DD8',
  russia: '#D55E00',
  is: '#333333',
};

/** Short camp tags printed on counters and objective flags. */
export const CAMP_TAG: Readonly<Record<Camp, string>> = { coalition: 'CO', russia: 'RU', is: 'IS' };

export const ROAD_COLOUR = 0x7a4a21;
export const BRIDGE_DOWN_COLOUR = 0xe0201b;
export const OBJECTIVE_COLOUR = 0xffd21f;
export const RANGE_COLOUR = 0xffffff;
export const PATH_COLOUR = 0xffd21f;
export const TARGET_COLOUR = 0xff2d2d;
export const SITE_COLOUR = 0x00e5ff;

/**
 * The crisis on the map (Okabe-Ito hues). Each kind also has its own line pattern and a text label,
 * so none is told apart by colour alone: see src/ui/mapKey.ts for the key.
 */
export const CRISIS_COLOUR = {
  notice: 0xffffff,
  line: 0xcc79a7,
  shared: 0x56b4e9,
  holdFire: 0x009e73,
  withdrawal: 0xe69f00,
  warning: 0xff2d2d,
  incident: 0xf0e442,
  pick: 0xffd21f,
} as const;
