// Objects out of the camera's view are left out of the frame: Phaser draws every object of the
// display list in every frame, and the map has most of its counters, names, flags and tags off screen
// at any time. Before each drawn frame, each counter, text, image and container of the scene (and of
// its layers) is kept or left out by its box against the view (with a margin), through the camera's
// filter, so an object's own visibility (the label layout hides what finds no room) is untouched.
// Full-map objects (the terrain, the graphics layers) are always drawn.
import * as Phaser from 'phaser';
import { screenToWorld } from './cameraControls';

/** World pixels round the view in which objects are still drawn (half a counter at the largest scale). */
const MARGIN = 70;

type Boxed = Phaser.GameObjects.Text | Phaser.GameObjects.Image | Phaser.GameObjects.Container;

function boxed(o: Phaser.GameObjects.GameObject): o is Boxed {
  return o instanceof Phaser.GameObjects.Text || o instanceof Phaser.GameObjects.Image || o instanceof Phaser.GameObjects.Container;
}

/** Left, top, right, bottom of an object in world pixels (a container's children are round its centre). */
function extent(o: Boxed): [number, number, number, number] {
  const w = Math.abs(o.displayWidth), h = Math.abs(o.displayHeight);
  // A container without a size is drawn round its position: the margin covers it.
  const ox = o instanceof Phaser.GameObjects.Container ? 0.5 : o.originX, oy = o instanceof Phaser.GameObjects.Container ? 0.5 : o.originY;
  return [o.x - ox * w, o.y - oy * h, o.x + (1 - ox) * w, o.y + (1 - oy) * h];
}

export function cullToView(scene: Phaser.Scene, cam: Phaser.Cameras.Scene2D.Camera): void {
  // From scroll and zoom: the camera's worldView is only brought up to date while it renders.
  const a = screenToWorld(cam, 0, 0), z = screenToWorld(cam, cam.width, cam.height);
  const left = a.x - MARGIN, top = a.y - MARGIN, right = z.x + MARGIN, bottom = z.y + MARGIN;
  const id = cam.id;
  const visit = (list: readonly Phaser.GameObjects.GameObject[]): void => {
    for (const o of list) {
      if (o instanceof Phaser.GameObjects.Layer) { visit(o.getChildren()); continue; }
      if (!boxed(o)) continue;
      const [l, t, r, b] = extent(o);
      if (r < left || l > right || b < top || t > bottom) o.cameraFilter |= id;
      else o.cameraFilter &= ~id;
    }
  };
  visit(scene.children.list);
}
