// The objectives' owner flags and the minefield markers (their outlines are baked into the map: fogLayer.ts).
import * as Phaser from 'phaser';
import type { Camp, GameView, HexKey, Scenario } from '../engine/core';
import { CAMP_COLOUR, CAMP_TAG, OBJECTIVE_COLOUR } from '../presenter/colours';
import { HEX_SIZE, type HexLayout, type Point } from './layout';
import { bakedImage } from './bake';
import { drawMines } from './mineMarkers';
import type { PlaceLabels } from './placeLabels';

export class ObjectiveLayer {
  private readonly g: Phaser.GameObjects.Graphics;
  private flags: Phaser.GameObjects.Container[] = [];
  /** Hexes with a minefield marker drawn. */
  private mineHexes: HexKey[] = [];
  /** The objectives' owners and the minefields the flags and markers were drawn for. */
  private key: string | undefined;

  constructor(private readonly scene: Phaser.Scene, private readonly scenario: Scenario, private readonly layout: HexLayout) {
    this.g = scene.add.graphics().setDepth(1);
  }

  /** Hexes ("q,r") where the map shows a minefield marker. */
  mines(): HexKey[] {
    return [...this.mineHexes];
  }

  /** Redraws only when an objective changes hands or a field appears (a new owner's flag is drawn once into a texture: bake.ts). */
  draw(view: GameView, labels: PlaceLabels): void {
    const { scenario, scene } = this;
    const owners = scenario.objectives.map((o) => view.control[o.id] ?? null);
    // Minefield markers share the outlines' graphics, so a field going off redraws them too.
    const key = `${owners.join(';')}|${view.mines.known.join(';')}|${view.mines.hidden.join(';')}`;
    if (key === this.key) return;
    this.key = key;
    const g = this.g.clear();
    for (const f of this.flags) f.destroy();
    this.flags = [];
    const flagged: { box: Phaser.GameObjects.Container; c: Point }[] = [];
    for (const [i, o] of scenario.objectives.entries()) {
      // The owner's flag at the hex's top corner: colour plus the camp's tag.
      const owner = owners[i]!;
      const c = this.layout.hexToPixel(o.hex);
      const flag = bakedImage(scene, `flag:${owner ?? 'none'}`, 24, 14, () => flagParts(scene, owner), 2.5, 1);
      const box = scene.add.container(c.x, c.y - HEX_SIZE * 0.85, [flag]).setDepth(4.2).setSize(24, 14).setName(owner ? CAMP_TAG[owner] : '—');
      this.flags.push(box);
      flagged.push({ box, c });
    }
    labels.setFlags(flagged);
    this.mineHexes = drawMines(g, this.layout, view, HEX_SIZE);
  }
}

/** An owner flag round its centre: the owner's colour and tag (a dash for nobody). */
function flagParts(scene: Phaser.Scene, owner: Camp | null): Phaser.GameObjects.GameObject[] {
  const flag = scene.add.graphics();
  flag.fillStyle(owner ? CAMP_COLOUR[owner] : 0xffffff, 1);
  flag.lineStyle(1.5, OBJECTIVE_COLOUR, 1);
  flag.fillRoundedRect(-12, -7, 24, 14, 3);
  flag.strokeRoundedRect(-12, -7, 24, 14, 3);
  const tag = scene.add.text(0, 0, owner ? CAMP_TAG[owner] : '—', {
    fontFamily: 'system-ui, sans-serif', fontSize: '10px', fontStyle: 'bold', color: owner ? '#ffffff' : '#111111', resolution: 3,
  }).setOrigin(0.5);
  return [flag, tag];
}
