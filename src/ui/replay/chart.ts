// The replay's timeline chart: escalation and each power's victory points over the game's commands,
// turn ticks, incidents (red marks on top) and hotline messages (blue marks below), and a cursor at
// the viewer's position. Plain SVG; a click seeks (the range input beside it does the same by keyboard).
import type { TimelinePoint } from '../../presenter/replaySession';
import { CAMP_CSS } from '../../presenter/colours';
import { t } from '../../i18n/messages';

const W = 320;
const H = 96;
const TOP = 10;
const BOTTOM = 84;
const NS = 'http://www.w3.org/2000/svg';

/**
 * The chart's lines and the colours its key shows. Escalation is Okabe-Ito yellow: the orange it was
 * could not be told from the government side's vermilion, by anyone, and least of all by colour-blind
 * readers. It is also the only solid line.
 */
export const CHART_SERIES = [
  { key: 'escalation', colour: '#F0E442', label: () => t().replay_chart_escalation(), dash: '' },
  { key: 'coalition', colour: CAMP_CSS.coalition, label: () => t().replay_chart_coalition(), dash: '4 2' },
  { key: 'russia', colour: CAMP_CSS.russia, label: () => t().replay_chart_russia(), dash: '4 2' },
] as const;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

export class TimelineChart {
  readonly root: SVGSVGElement;
  private readonly cursor: SVGLineElement;
  private readonly x: (i: number) => number;

  constructor(points: readonly TimelinePoint[], onSeek: (index: number) => void) {
    const n = Math.max(1, points.length - 1);
    this.x = (i) => (i / n) * W;
    const vpMax = Math.max(1, ...points.map((p) => Math.max(p.vp.coalition, p.vp.russia)));
    const y = (v: number, max: number): number => BOTTOM - (v / max) * (BOTTOM - TOP);
    const line = (values: number[], max: number, colour: string, label: string, dash = ''): SVGPolylineElement => {
      const p = svg('polyline', { points: values.map((v, i) => `${this.x(i).toFixed(1)},${y(v, max).toFixed(1)}`).join(' '), fill: 'none', stroke: colour, 'stroke-width': 1.5, 'stroke-dasharray': dash });
      p.append(Object.assign(svg('title', {}), { textContent: label }));
      return p;
    };
    const incidents = points.filter((p) => p.incident).length;
    const messages = points.filter((p) => p.message).length;
    this.root = svg('svg', {
      viewBox: `0 0 ${W} ${H}`, class: 'timeline-chart', role: 'img', 'data-testid': 'replay-chart',
      'aria-label': t().replay_chart_label({ incidents: String(incidents), messages: String(messages) }),
    });
    this.root.append(svg('rect', { x: 0, y: 0, width: W, height: H, class: 'chart-bg' }));
    let turn = points[0]?.turn ?? 1;
    points.forEach((p, i) => {
      if (p.turn === turn) return;
      turn = p.turn;
      this.root.append(svg('line', { x1: this.x(i), x2: this.x(i), y1: TOP, y2: BOTTOM, class: 'chart-tick' }));
    });
    this.root.append(...CHART_SERIES.map((s) => s.key === 'escalation'
      ? line(points.map((p) => p.escalation), 100, s.colour, s.label(), s.dash)
      : line(points.map((p) => p.vp[s.key]), vpMax, s.colour, s.label(), s.dash)));
    points.forEach((p, i) => {
      const mark = (node: SVGElement, label: string): void => {
        node.append(Object.assign(svg('title', {}), { textContent: t().replay_chart_mark({ label, turn: String(p.turn), command: String(i) }) }));
        this.root.append(node);
      };
      if (p.incident) mark(svg('path', { d: `M${this.x(i) - 3},1 h6 l-3,6 z`, class: 'chart-incident' }), t().replay_chart_incident());
      if (p.message) mark(svg('circle', { cx: this.x(i), cy: H - 5, r: 2.2, class: 'chart-message' }), t().replay_chart_message());
    });
    this.cursor = svg('line', { x1: 0, x2: 0, y1: 0, y2: H, class: 'chart-cursor' });
    this.root.append(this.cursor);
    this.root.addEventListener('click', (e) => {
      const r = this.root.getBoundingClientRect();
      onSeek(Math.round(((e.clientX - r.left) / r.width) * n));
    });
  }

  setPosition(index: number): void {
    const x = this.x(index).toFixed(1);
    this.cursor.setAttribute('x1', x);
    this.cursor.setAttribute('x2', x);
  }
}
