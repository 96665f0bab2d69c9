// The review's charts, drawn with uPlot (loaded with the review page only, never with the game):
// escalation per turn over the ladder's rung bands, and victory points per camp per turn. Each figure
// also holds its numbers as a table for screen readers.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { CAMPS } from '../../engine';
import { RUNG_BANDS } from '../../review/build';
import type { ReviewSeries } from '../../review/types';
import { CAMP_CSS } from '../../presenter/colours';
import { campShort } from '../../review/campNames';
import { el } from '../dom';
import { t } from '../../i18n/messages';
import { formatNumber } from '../../i18n/format';

import { RUNG_NAMES } from '../../review/rungNames';

/** Fits an A4 page's text width at 96 dpi (about 170 mm), so print needs no scaling. */
export const CHART_WIDTH = 640;
const CHART_HEIGHT = 230;
const BAND_FILL = ['#eef6ea', '#fbf5d8', '#fde9cc', '#fbd9c4', '#f6c3c3', '#e59a9a'];

function dataTable(caption: string, heads: string[], rows: (string | number)[][]): HTMLElement {
  return el('table', { class: 'sr-only' },
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, ...heads.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((c) => el('td', {}, typeof c === 'number' ? formatNumber(c) : c))))));
}

/** Tick labels in the page's language (uPlot's own use the browser's). */
const ticks = (_u: uPlot, splits: number[]): string[] => splits.map((v) => formatNumber(v));

const axes = (yLabel: string): uPlot.Axis[] => [
  { label: t().review_chart_turn(), stroke: '#1b1b1b', grid: { stroke: '#ddd' }, incrs: [1, 2, 5], values: ticks },
  { label: yLabel, stroke: '#1b1b1b', grid: { stroke: '#ddd' }, values: ticks },
];

/** Paints the ladder's rungs behind the plot, with their names at the right. */
const rungBands = (u: uPlot): void => {
  const { ctx, bbox } = u;
  ctx.save();
  ctx.font = `${Math.round(11 * devicePixelRatio)}px system-ui, sans-serif`;
  ctx.textAlign = 'right';
  const names = RUNG_NAMES();
  RUNG_BANDS.forEach((band, i) => {
    const top = u.valToPos(i === RUNG_BANDS.length - 1 ? 105 : band.max, 'y', true);
    const bottom = u.valToPos(band.min, 'y', true);
    ctx.fillStyle = BAND_FILL[i] ?? '#fff';
    ctx.fillRect(bbox.left, top, bbox.width, bottom - top);
    ctx.fillStyle = '#555';
    ctx.fillText(names[i] ?? band.name, bbox.left + bbox.width - 4 * devicePixelRatio, bottom - 4 * devicePixelRatio);
  });
  ctx.restore();
};

export function escalationChart(series: ReviewSeries): HTMLElement {
  const box = el('div', { class: 'chart', 'data-testid': 'escalation-chart', 'aria-hidden': 'true' });
  new uPlot({
    width: CHART_WIDTH, height: CHART_HEIGHT,
    scales: { x: { time: false }, y: { range: [0, 105] } },
    axes: axes(t().review_chart_escalation_axis()),
    series: [
      { label: t().review_chart_turn() },
      { label: t().review_chart_escalation_end(), stroke: '#b00020', width: 2, points: { show: true, size: 5 } },
      { label: t().review_chart_escalation_peak(), stroke: '#7a4b00', width: 1, dash: [4, 3] },
    ],
    hooks: { drawClear: [rungBands] },
    cursor: { show: false },
    legend: { live: false },
  }, [series.turns, series.escalation, series.peak], box);
  return el('figure', { class: 'chart-figure' }, box,
    el('figcaption', {}, t().review_chart_escalation_caption()),
    dataTable(t().review_chart_escalation_table(), [t().review_chart_turn(), t().review_chart_at_end(), t().review_chart_highest()], series.turns.map((t, i) => [t, series.escalation[i]!, series.peak[i]!])));
}

export function pointsChart(series: ReviewSeries): HTMLElement {
  const box = el('div', { class: 'chart', 'data-testid': 'points-chart', 'aria-hidden': 'true' });
  new uPlot({
    width: CHART_WIDTH, height: CHART_HEIGHT,
    scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, Math.max(10, max + 5)] } },
    axes: axes(t().review_chart_points_axis()),
    series: [
      { label: t().review_chart_turn() },
      ...CAMPS.map((c, i) => ({ label: campShort(c), stroke: CAMP_CSS[c], width: 2, dash: i === 2 ? [5, 4] : undefined, points: { show: true, size: 4 } })),
    ],
    cursor: { show: false },
    legend: { live: false },
  }, [series.turns, ...CAMPS.map((c) => series.points[c])], box);
  return el('figure', { class: 'chart-figure' }, box,
    el('figcaption', {}, t().review_chart_points_caption()),
    dataTable(t().review_chart_points_table(), [t().review_chart_turn(), ...CAMPS.map((c) => campShort(c))], series.turns.map((t, i) => [t, ...CAMPS.map((c) => series.points[c][i]!)])));
}
