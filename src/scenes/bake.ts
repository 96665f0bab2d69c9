// A small look made of parts (a plate of paths, a symbol, texts) drawn once into a texture, shared by
// every object that looks the same: one image a frame instead of the parts, whose paths the canvas
// renderer fills again and WebGL triangulates again in every frame of a pan.

/**
 * An image of the look `key`, `width` × `height` round its centre, drawn at `res` texture pixels per
 * map pixel with `pad` pixels of room round it (outlines, shadows); `parts` makes the look round (0, 0)
 * the first time only.
 */
export function bakedImage(
  scene: Phaser.Scene, key: string, width: number, height: number, parts: () => Phaser.GameObjects.GameObject[], res: number, pad: number,
): Phaser.GameObjects.Image {
  bake(scene, key, width, height, parts, res, pad);
  return scene.add.image(-width / 2 - pad, -height / 2 - pad, key).setOrigin(0, 0).setScale(1 / res);
}

/** Draws the look `key` into its texture unless it is there already (bakedImage's arguments); returns whether it drew. */
export function bake(
  scene: Phaser.Scene, key: string, width: number, height: number, parts: () => Phaser.GameObjects.GameObject[], res: number, pad: number,
): boolean {
  if (scene.textures.exists(key)) return false;
  const c = scene.add.container((width / 2 + pad) * res, (height / 2 + pad) * res, parts()).setScale(res);
  scene.textures.addDynamicTexture(key, Math.ceil((width + 2 * pad) * res), Math.ceil((height + 2 * pad) * res))?.draw(c).render();
  c.destroy();
  return true;
}
