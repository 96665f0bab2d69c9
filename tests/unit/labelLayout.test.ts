// The map's label layout (src/scenes/labelLayout.ts): greedy by priority, units fixed, nothing overlaps.
import { describe, expect, it } from 'vitest';
import { type LabelRequest, type Rect, collide, layoutLabels, spotsAround, spotsNear } from '../../src/scenes/labelLayout';

const unit = (x: number, y: number): LabelRequest => ({ kind: 'unit', width: 60, height: 38, spots: [{ x, y }] });
const overlapping = (boxes: (Rect | null)[]): [number, number][] => {
  const out: [number, number][] = [];
  boxes.forEach((a, i) => boxes.forEach((b, j) => { if (a && b && i < j && collide(a, b)) out.push([i, j]); }));
  return out;
};

describe('label layout', () => {
  it('keeps units where they are, even on top of each other', () => {
    const boxes = layoutLabels([unit(0, 0), unit(6, 6)]);
    expect(boxes).toEqual([{ x: 0, y: 0, width: 60, height: 38 }, { x: 6, y: 6, width: 60, height: 38 }]);
  });

  it('moves a label off a unit to its next free spot', () => {
    const name: LabelRequest = { kind: 'objective', width: 50, height: 14, spots: [{ x: 10, y: 10 }, { x: 10, y: 40 }] };
    expect(layoutLabels([name, unit(0, 0)])[0]).toEqual({ x: 10, y: 40, width: 50, height: 14 });
  });

  it('places by priority, not by order: the objective name wins the spot over the tag, the odds over the tag', () => {
    const at = [{ x: 100, y: 100 }];
    const tag: LabelRequest = { kind: 'tag', width: 80, height: 14, spots: at };
    const odds: LabelRequest = { kind: 'odds', width: 40, height: 14, spots: [{ x: 90, y: 95 }, { x: 0, y: 0 }] };
    const name: LabelRequest = { kind: 'objective', width: 60, height: 14, spots: at };
    const boxes = layoutLabels([tag, odds, name]);
    expect(boxes[2]).toEqual({ x: 100, y: 100, width: 60, height: 14 });
    expect(boxes[1]).toEqual({ x: 0, y: 0, width: 40, height: 14 });
    expect(boxes[0]).toBeNull();
  });

  it('drops what has no free spot, and keeps the gap between labels', () => {
    const a: LabelRequest = { kind: 'place', width: 20, height: 10, spots: [{ x: 0, y: 0 }] };
    const b: LabelRequest = { kind: 'place', width: 20, height: 10, spots: [{ x: 21, y: 0 }, { x: 23, y: 0 }] };
    expect(layoutLabels([a, b], 2)[1]).toEqual({ x: 23, y: 0, width: 20, height: 10 });
    expect(layoutLabels([a, { ...b, spots: [{ x: 21, y: 0 }] }], 2)[1]).toBeNull();
  });

  it('keeps objective names apart in their first spots, but only the gap from other labels', () => {
    // Al-Susah's name below its hex, Al-Bukamal's first spot just under it: stacked, they read as one block.
    const apart = { gap: 12, within: 2 };
    const susah: LabelRequest = { kind: 'objective', width: 80, height: 16, spots: [{ x: 0, y: 0 }], apart };
    const bukamal: LabelRequest = { kind: 'objective', width: 90, height: 16, spots: [{ x: 0, y: 19 }, { x: 100, y: 40 }], apart };
    expect(layoutLabels([susah, bukamal], 2)[1]).toEqual({ x: 100, y: 40, width: 90, height: 16 });
    const place: LabelRequest = { ...bukamal, kind: 'place', apart: undefined };
    expect(layoutLabels([susah, place], 2)[1]).toEqual({ x: 0, y: 19, width: 90, height: 16 });
    // With no spot apart among its first ones, a name takes the nearest with the plain gap, not one far off.
    const far = function* () { yield { x: 0, y: 19 }; yield { x: 0, y: 20 }; yield { x: 0, y: 300 }; };
    expect(layoutLabels([susah, { ...bukamal, spots: far() }], 2)[1]).toEqual({ x: 0, y: 19, width: 90, height: 16 });
  });

  it('gives a label its shorter form only where the whole finds no room', () => {
    // A name at (0,0)-(60,14); the odds' full form (100 wide) would cover it, its short form (40) fits beside it.
    const name: LabelRequest = { kind: 'objective', width: 60, height: 14, spots: [{ x: 0, y: 0 }] };
    const odds: LabelRequest = { kind: 'odds', width: 100, height: 14, spots: [{ x: 0, y: 0 }], fallback: { width: 40, height: 14, spots: [{ x: 0, y: 0 }, { x: 61, y: 0 }] } };
    expect(layoutLabels([name, odds])[1]).toEqual({ x: 61, y: 0, width: 40, height: 14, fallback: true });
    // With room, the whole.
    expect(layoutLabels([odds])[0]).toEqual({ x: 0, y: 0, width: 100, height: 14 });
  });

  it('spots near a point start on it and widen outwards, nearest first', () => {
    const spots = [...spotsNear({ x: 100, y: 50 }, 20, 10, 5, 3)];
    expect(spots[0]).toEqual({ x: 90, y: 45 });
    const dist = spots.map((p) => Math.hypot(p.x + 10 - 100, p.y + 5 - 50));
    expect(dist).toEqual([...dist].sort((a, b) => a - b));
    expect(Math.max(...dist)).toBeLessThanOrEqual(15);
    expect(new Set(spots.map((p) => `${p.x},${p.y}`)).size).toBe(spots.length);
  });

  it('spots round a counter: below, above, right, left, all clear of it', () => {
    const counter = { x: 0, y: 0, width: 58, height: 36 };
    const [below, above, right, left] = spotsAround(counter, 40, 12, 2, 8, 4);
    for (const p of [below, above, right, left]) expect(collide({ ...p!, width: 40, height: 12 }, counter)).toBe(false);
    expect(below!.y).toBeGreaterThan(36);
    expect(above!.y + 12).toBeLessThan(0);
    expect(right!.x).toBeGreaterThan(58);
    expect(left!.x + 40).toBeLessThan(0);
  });

  it('a crowded valley: a hundred counters and their labels, none covering a counter or each other', () => {
    const reqs: LabelRequest[] = [];
    for (let i = 0; i < 100; i++) {
      const x = (i % 10) * 62 + ((i / 10) | 0) % 2 * 31, y = ((i / 10) | 0) * 54;
      reqs.push(unit(x - 29, y - 22));
      const around = { x: x - 29, y: y - 22, width: 58, height: 36 };
      reqs.push({ kind: i % 3 ? 'tag' : 'objective', width: 110, height: 15, spots: spotsAround(around, 110, 15, 2, 8, 15) });
    }
    const boxes = layoutLabels(reqs, 2);
    const clashes = overlapping(boxes).filter(([i, j]) => reqs[i]!.kind !== 'unit' || reqs[j]!.kind !== 'unit');
    expect(clashes).toEqual([]);
    expect(boxes.filter((b, i) => b && reqs[i]!.kind === 'objective').length, 'objective names placed').toBeGreaterThan(0);
  });
});
