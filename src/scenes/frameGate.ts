// The map is drawn only in frames where something on it changed. Phaser draws every scene every frame
// (a whole map frame cost 60-120 ms of main-thread CPU under 4x throttling in canvas), though the map
// is still most of the time. The game still steps every frame (input, camera keys, animations, split
// redraws); after the step the gate says whether to draw: when asked (a view change, a key, a resize,
// a texture), while a camera moves or a tween, an animation or a split redraw runs. A canvas keeps its
// last picture when nothing is drawn into it, in WebGL too (the compositor keeps the last frame).
import * as Phaser from 'phaser';

/** What a camera's picture depends on; a change means a frame to draw. */
function cameraState(cam: Phaser.Cameras.Scene2D.Camera): number[] {
  return [cam.scrollX, cam.scrollY, cam.zoom, cam.x, cam.y, cam.width, cam.height, cam.alpha, cam.visible ? 1 : 0];
}

export class FrameGate {
  private asked = true;
  private readonly checks: (() => boolean)[] = [];
  private wasBusy = false;
  private readonly cameras: { cam: Phaser.Cameras.Scene2D.Camera; seen: number[] }[] = [];

  /** Draws the next frame. */
  readonly request = (): void => { this.asked = true; };

  /** Draws every frame in which `busy` is true after the step (animations, work spread over frames). */
  watch(busy: () => boolean): void {
    this.checks.push(busy);
  }

  /** Draws every frame in which the camera moved, zoomed or resized. */
  watchCamera(cam: Phaser.Cameras.Scene2D.Camera): void {
    this.cameras.push({ cam, seen: [] });
  }

  /** Called once per step, after the scenes' updates: whether to draw this frame. */
  wanted(): boolean {
    let want = this.asked;
    this.asked = false;
    for (const c of this.cameras) {
      const now = cameraState(c.cam);
      if (now.some((v, i) => v !== c.seen[i])) {
        want = true;
        c.seen = now;
      }
    }
    // The step in which the work ends (the last counters made, the animation's last position) is
    // drawn too: the watch already reads idle after it.
    const busy = this.checks.some((check) => check());
    want ||= busy || this.wasBusy;
    this.wasBusy = busy;
    return want;
  }
}

/** A Phaser game whose step draws only when its gate wants a frame (Phaser.Game#step, the drawing made conditional). */
export class GatedGame extends Phaser.Game {
  readonly gate = new FrameGate();
  /** Frames stepped and frames drawn so far (read by the tests' probe). */
  readonly frames = { stepped: 0, drawn: 0 };

  override step(time: number, delta: number): void {
    // Destroying and pausing are Phaser's own business.
    if ((this as unknown as { pendingDestroy: boolean }).pendingDestroy || this.isPaused) {
      super.step(time, delta);
      return;
    }
    const events = this.events;
    events.emit(Phaser.Core.Events.PRE_STEP, time, delta);
    events.emit(Phaser.Core.Events.STEP, time, delta);
    this.scene.update(time, delta);
    events.emit(Phaser.Core.Events.POST_STEP, time, delta);
    this.frames.stepped++;
    if (!this.gate.wanted()) return;
    this.frames.drawn++;
    const renderer = this.renderer;
    renderer.preRender();
    events.emit(Phaser.Core.Events.PRE_RENDER, renderer, time, delta);
    this.scene.render(renderer);
    renderer.postRender();
    events.emit(Phaser.Core.Events.POST_RENDER, renderer, time, delta);
  }
}
