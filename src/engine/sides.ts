// The camps and the circle of hexes: the few shapes that every other engine type names. A leaf, so the
// state, crisis and inject types can share them without importing one another in a circle.
import type { Hex } from './hex';

export const CAMPS = ['coalition', 'russia', 'is'] as const;
export type Camp = (typeof CAMPS)[number];
/** The two great-power camps, the ones a player can command. */
export const POWERS = ['coalition', 'russia'] as const;
export type Power = (typeof POWERS)[number];

/** A circle of hexes: everything within `radius` of `centre`. */
export interface Area { centre: Hex; radius: number }
