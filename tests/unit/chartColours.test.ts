// The replay viewer's chart (issue 12): escalation and each power's points must be told apart, also
// by colour-blind readers. Colour difference is CIE76 ΔE in Lab, for normal vision and for
// protanopia and deuteranopia simulated with Viénot, Brettel & Mollon (1999).
import { describe, expect, it } from 'vitest';
import { CHART_SERIES } from '../../src/ui/replay/chart';

type RGB = [number, number, number];
const hex = (h: string): RGB => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as RGB;
const toLinear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const mul = (m: number[][], v: RGB): RGB => m.map((r) => r[0]! * v[0] + r[1]! * v[1] + r[2]! * v[2]) as RGB;

// Linear-RGB simulation matrices (Viénot et al. 1999).
const PROTAN = [[0.11238, 0.88762, 0], [0.11238, 0.88762, 0], [0.00401, -0.00401, 1]];
const DEUTAN = [[0.29275, 0.70725, 0], [0.29275, 0.70725, 0], [-0.02234, 0.02234, 1]];

function lab(lin: RGB): RGB {
  const [x, y, z] = mul([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]], lin);
  const f = (t: number): number => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const fx = f(x / 0.95047), fy = f(y), fz = f(z / 1.08883);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}
const deltaE = (a: RGB, b: RGB): number => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

const VISION: Record<string, (c: RGB) => RGB> = {
  normal: (c) => c,
  protanopia: (c) => mul(PROTAN, c),
  deuteranopia: (c) => mul(DEUTAN, c),
};

describe('replay chart colours', () => {
  const series = CHART_SERIES.map((s) => ({ key: s.key, lin: hex(s.colour).map(toLinear) as RGB }));
  const pairs = series.flatMap((a, i) => series.slice(i + 1).map((b) => [a, b] as const));

  it.each(Object.keys(VISION))('every two series differ by ΔE ≥ 30 with %s', (vision) => {
    const sim = VISION[vision]!;
    for (const [a, b] of pairs) {
      const d = deltaE(lab(sim(a.lin)), lab(sim(b.lin)));
      expect(d, `${a.key} v ${b.key}`).toBeGreaterThanOrEqual(30);
    }
  });

  it('the ΔE check tells the old orange from vermilion apart as too close', () => {
    const d = deltaE(lab(hex('#E8833A').map(toLinear) as RGB), lab(hex('#D55E00').map(toLinear) as RGB));
    expect(d).toBeLessThan(30);
  });
});
