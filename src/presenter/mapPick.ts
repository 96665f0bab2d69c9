// Picking hexes on the map for a hotline message: an area's centre (one click) or a line of hexes
// (each click adds or removes one). The hotline form starts a pick; the controller routes map clicks
// to it and the scene draws its preview.
import type { Hex } from '../engine';

export interface MapPick {
  kind: 'area' | 'line';
  /** Radius drawn around the hovered hex while picking an area's centre. */
  radius(): number;
  /** Hexes already in the line being built. */
  hexes(): readonly Hex[];
  /** A hex clicked on the map; returns true when the pick is complete. */
  choose(h: Hex): boolean;
  /** The pick ended: complete, or cancelled (Esc, or another pick started). */
  end(cancelled: boolean): void;
}
