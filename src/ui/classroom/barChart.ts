// A small horizontal bar chart in SVG, for the Monte Carlo's distributions: each bar is labelled with
// its name and count in text, so colour is never the only cue and it prints as drawn.
import { t } from '../../i18n/messages';

const NS = 'http://www.w3.org/2000/svg';

export interface Bar { label: string; value: number; colour: string }

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

export function barChart(title: string, bars: readonly Bar[], total: number, testId: string): SVGSVGElement {
  const row = 24;
  const labelW = 130;
  const barW = 260;
  const width = labelW + barW + 90;
  const root = svg('svg', {
    viewBox: `0 0 ${width} ${bars.length * row + 4}`, width, height: bars.length * row + 4, role: 'img', class: 'bar-chart', 'data-testid': testId,
    'aria-label': t().class_chart_label({ title, bars: bars.map((b) => `${b.label} ${b.value}`).join(', '), total }),
  });
  bars.forEach((b, i) => {
    const y = i * row + 2;
    const w = total > 0 ? (b.value / total) * barW : 0;
    root.append(svg('text', { x: labelW - 6, y: y + 16, 'text-anchor': 'end', class: 'bar-label' }, b.label));
    root.append(svg('rect', { x: labelW, y: y + 3, width: Math.max(w, b.value > 0 ? 1 : 0), height: row - 8, fill: b.colour }));
    const pct = total > 0 ? ` (${((100 * b.value) / total).toFixed(0)}%)` : '';
    root.append(svg('text', { x: labelW + w + 6, y: y + 16, class: 'bar-value' }, `${b.value}${pct}`));
  });
  return root;
}
