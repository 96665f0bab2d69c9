// Places every label clear of the counters and of each other (labelLayout.ts), remembers what it
// placed, and tells the page which crisis tags found no room (the map key lists them).
import type { LabelItem } from './labelItems';
import { layoutLabels } from './labelLayout';

export class LabelPlacer {
  /** What the last layout placed on the map. */
  placed: LabelItem[] = [];
  private offMap: string[] = [];
  private listener: ((tags: readonly string[]) => void) | undefined;

  /** Tells `fn` (now and on every change) which crisis tags have no room on the map. */
  onOffMap(fn: (tags: readonly string[]) => void): void {
    this.listener = fn;
    fn(this.offMap);
  }

  /** Lays `items` out in their order of priority; what finds no room is hidden. */
  place(items: readonly LabelItem[], gap: number): void {
    const boxes = layoutLabels(items.map((i) => i.req), gap);
    items.forEach((item, i) => item.place(boxes[i]!));
    this.placed = items.filter((_, i) => boxes[i]);
    const offMap = items.filter((item, i) => item.req.kind === 'tag' && !boxes[i]).map((item) => item.text);
    if (offMap.join('\n') !== this.offMap.join('\n')) {
      this.offMap = offMap;
      this.listener?.(offMap);
    }
  }
}
