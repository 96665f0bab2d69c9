// A unit counter: a light plate with the unit's military symbol (APP-6 / 2525, see symbols.ts), the
// camp's tag, the strength in steps and a ★ for great-power units. Frame shape, tag and colour each
// tell the camps apart, so a counter can be read without seeing colour. Spent units are dimmed and
// carry a ✓ (acted) or ⊘ (no movement left), so that state is not told by fading alone.
import * as Phaser from 'phaser';
import type { Camp, Unit, UnitType } from '../engine/core';
import { CAMP_COLOUR, CAMP_TAG } from '../presenter/colours';
import { bake, bakedImage } from './bake';
import { SYMBOL_MAX_W, symbolTexture } from './symbols';

export const COUNTER_W = 58;
export const COUNTER_H = 36;

/** APP-6 entity codes (SIDC characters 10-15) to the usual counter abbreviations. */
const ENTITY_ABBREV: readonly [prefix: string, abbrev: string][] = [
  ['121102', 'MECH'], ['121104', 'MOT'], ['1211', 'INF'], ['1217', 'SOF'], ['1303', 'ART'], ['1407', 'ENG'],
];

/** A short type label: from the symbol code, else from the type's name. */
export function typeAbbrev(type: UnitType): string {
  const entity = type.sidc.slice(10, 16);
  const known = ENTITY_ABBREV.find(([prefix]) => entity.startsWith(prefix));
  if (known) return known[1];
  const words = type.name.split(/[\s-]+/).filter((w) => /^[A-Za-z]/.test(w));
  return words.length === 1 ? words[0]!.slice(0, 3).toUpperCase() : words.slice(0, 3).map((w) => w[0]!.toUpperCase()).join('');
}

// Resolution in the style, not setResolution() after: that would render each text a second time.
const TEXT_STYLE: Phaser.Types.GameObjects.Text.TextStyle = {
  fontFamily: 'system-ui, sans-serif', fontSize: '11px', fontStyle: 'bold', color: '#111111', resolution: 3,
};

/**
 * Each font's metrics, measured once: a new text otherwise measures its font again (a third of making
 * a counter, and Control's all-seeing map makes dozens). The metrics depend on the font alone.
 */
const fontMetrics = new Map<string, Phaser.Types.GameObjects.Text.TextMetrics>();

function addText(scene: Phaser.Scene, x: number, y: number, text: string, style: Phaser.Types.GameObjects.Text.TextStyle): Phaser.GameObjects.Text {
  const font = `${style.fontStyle} ${style.fontSize} ${style.fontFamily}`;
  const metrics = fontMetrics.get(font);
  const t = scene.add.text(x, y, text, metrics ? { ...style, metrics } : style);
  if (!metrics) fontMetrics.set(font, t.style.getTextMetrics());
  return t;
}

const PLATE = 0xf4f1e8;
/** The middle of the symbol's box (left of the text column), from the counter's centre. */
const SYMBOL_X = -COUNTER_W / 2 + 1 + SYMBOL_MAX_W / 2;
/** The left edge of the text column. */
const COLUMN_X = -COUNTER_W / 2 + 2 + SYMBOL_MAX_W;

export interface CounterOptions {
  selected: boolean;
  /** Has acted this phase: drawn dimmed with a ✓. */
  spent: boolean;
  /** Has no movement points left but may still act: drawn a little dimmed with a ⊘. */
  immobile?: boolean;
  /** The player's camp: its units are drawn as friends, IS as hostile, the other power as neutral. */
  viewer: Camp;
}

/** Everything a counter's look depends on: a counter whose key is unchanged is moved, not drawn again. */
export function counterKey(unit: Unit, type: UnitType, opts: CounterOptions): string {
  return [unit.camp, type.sidc, type.name, type.steps, unit.strength, unit.greatPower, opts.selected, opts.spent, opts.immobile ?? false, opts.viewer].join('|');
}

/** Texture pixels per map pixel of a baked counter: crisp up to the closest zoom (2.5, where counters keep scale 1). */
const BAKE_RES = 2.5;
/** Room round the plate in the texture: the selected outline's outer half and the shadow. */
const BAKE_PAD = 3;

/** A counter is one image: its look is drawn once into a texture per look (bake.ts). */
export function makeCounter(scene: Phaser.Scene, unit: Unit, type: UnitType, x: number, y: number, opts: CounterOptions): Phaser.GameObjects.Container {
  const image = bakedImage(scene, `counter:${counterKey(unit, type, opts)}`, COUNTER_W, COUNTER_H, () => counterParts(scene, unit, type, opts), BAKE_RES, BAKE_PAD);
  const c = scene.add.container(x, y, [image]);
  c.setSize(COUNTER_W, COUNTER_H);
  c.setName(unit.id);
  // Own units with nothing left to do this phase fade and carry a mark, so the player sees who still
  // can act without telling it by fading alone.
  if (opts.spent) c.setAlpha(0.5);
  else if (opts.immobile) c.setAlpha(0.75);
  return c;
}

/** Draws the counter's look into its texture ahead of makeCounter, unless it is there; returns whether it drew. */
export function bakeCounter(scene: Phaser.Scene, unit: Unit, type: UnitType, opts: CounterOptions): boolean {
  return bake(scene, `counter:${counterKey(unit, type, opts)}`, COUNTER_W, COUNTER_H, () => counterParts(scene, unit, type, opts), BAKE_RES, BAKE_PAD);
}

/** The counter's plate, symbol and texts, round its centre. */
function counterParts(scene: Phaser.Scene, unit: Unit, type: UnitType, opts: CounterOptions): Phaser.GameObjects.GameObject[] {
  const g = scene.add.graphics();
  const w = COUNTER_W, h = COUNTER_H;
  g.fillStyle(0x000000, 0.35);
  g.fillRoundedRect(-w / 2 + 2, -h / 2 + 2, w, h, 5);
  g.fillStyle(PLATE, 1);
  g.fillRoundedRect(-w / 2, -h / 2, w, h, 5);
  // A bar of the camp's colour between the symbol and the text column ties the plate to its camp.
  g.fillStyle(CAMP_COLOUR[unit.camp], 1);
  g.fillRect(COLUMN_X, -h / 2 + 3, 2, h - 6);
  g.lineStyle(opts.selected ? 3 : 1.5, opts.selected ? 0xffd21f : 0x111111, 1);
  g.strokeRoundedRect(-w / 2, -h / 2, w, h, 5);
  const parts: Phaser.GameObjects.GameObject[] = [g];

  const tex = symbolTexture(scene, type.sidc, unit.camp, opts.viewer);
  if (tex) {
    parts.push(scene.add.image(SYMBOL_X, 0, tex.key).setScale(tex.scale));
  } else {
    parts.push(addText(scene, SYMBOL_X, 0, typeAbbrev(type), { ...TEXT_STYLE, fontSize: '12px' }).setOrigin(0.5));
  }
  const texts: Phaser.GameObjects.Text[] = [
    addText(scene, w / 2 - 2, 1, CAMP_TAG[unit.camp], { ...TEXT_STYLE, fontSize: '10px' }).setOrigin(1, 0.5),
    addText(scene, w / 2 - 2, h / 2, `${unit.strength}/${type.steps}`, TEXT_STYLE).setOrigin(1, 1),
  ];
  if (unit.greatPower) texts.push(addText(scene, w / 2 - 2, -h / 2 + 1, '★', { ...TEXT_STYLE, fontSize: '10px' }).setOrigin(1, 0));
  const mark = opts.spent ? '✓' : opts.immobile ? '⊘' : '';
  if (mark) texts.push(addText(scene, -w / 2 + 3, -h / 2 + 1, mark, { ...TEXT_STYLE, fontSize: '10px' }).setOrigin(0, 0));
  return [...parts, ...texts];
}
