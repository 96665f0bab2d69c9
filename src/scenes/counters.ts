// A unit counter: a rounded rectangle in the camp's colour with the type's abbreviation, the camp's
// tag and the strength in steps, so a counter can be read without seeing colour.
import * as Phaser from 'phaser';
import type { Unit, UnitType } from '../engine';
import { CAMP_COLOUR, CAMP_TAG } from './colours';

export const COUNTER_W = 46;
export const COUNTER_H = 32;

/** APP-6 entity codes (SIDC characters 10-15) to the usual counter abbreviations. */
const ENTITY_ABBREV: readonly [prefix: string, abbrev: string][] = [
  ['121102', 'MECH'], ['121104', 'MOT'], ['1211', 'INF'], ['1217', 'SOF'], ['1303', 'ART'], ['1407', 'ENG'],
];

/** A short type label for a 46-pixel counter: from the symbol code, else from the type's name. */
export function typeAbbrev(type: UnitType): string {
  const entity = type.sidc.slice(10, 16);
  const known = ENTITY_ABBREV.find(([prefix]) => entity.startsWith(prefix));
  if (known) return known[1];
  const words = type.name.split(/[\s-]+/).filter((w) => /^[A-Za-z]/.test(w));
  return words.length === 1 ? words[0]!.slice(0, 3).toUpperCase() : words.slice(0, 3).map((w) => w[0]!.toUpperCase()).join('');
}

const TEXT_STYLE: Phaser.Types.GameObjects.Text.TextStyle = {
  fontFamily: 'system-ui, sans-serif', fontSize: '12px', fontStyle: 'bold', color: '#ffffff',
};

export interface CounterOptions { selected: boolean; spent: boolean }

export function makeCounter(scene: Phaser.Scene, unit: Unit, type: UnitType, x: number, y: number, opts: CounterOptions): Phaser.GameObjects.Container {
  const g = scene.add.graphics();
  const w = COUNTER_W, h = COUNTER_H;
  g.fillStyle(0x000000, 0.35);
  g.fillRoundedRect(-w / 2 + 2, -h / 2 + 2, w, h, 5);
  g.fillStyle(CAMP_COLOUR[unit.camp], 1);
  g.fillRoundedRect(-w / 2, -h / 2, w, h, 5);
  g.lineStyle(opts.selected ? 3 : 1.5, opts.selected ? 0xffd21f : 0xffffff, 1);
  g.strokeRoundedRect(-w / 2, -h / 2, w, h, 5);
  const top = scene.add.text(0, -h / 2 + 1, typeAbbrev(type) + (unit.greatPower ? '★' : ''), TEXT_STYLE).setOrigin(0.5, 0);
  const tag = scene.add.text(-w / 2 + 3, h / 2 - 1, CAMP_TAG[unit.camp], { ...TEXT_STYLE, fontSize: '9px', fontStyle: 'normal' }).setOrigin(0, 1);
  const steps = scene.add.text(w / 2 - 3, h / 2 - 1, `${unit.strength}/${type.steps}`, { ...TEXT_STYLE, fontSize: '11px' }).setOrigin(1, 1);
  for (const t of [top, tag, steps]) t.setResolution(2);
  const c = scene.add.container(x, y, [g, top, tag, steps]);
  c.setSize(w, h);
  c.setName(unit.id);
  // Own units with nothing left to do this phase fade, so the player sees who still can act.
  if (opts.spent) c.setAlpha(0.55);
  return c;
}
