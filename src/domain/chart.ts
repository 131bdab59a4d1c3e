import type { AreaPoint } from './progress';
import type { AreaLight } from './scoring';

// Geometry of the progress chart as plain numbers, so the screen (SVG) and the
// PDF report draw the same chart from one computation.

export interface ChartBox {
  width: number;
  height: number;
  /** Space for axis labels: left, right, top, bottom. */
  padding: { left: number; right: number; top: number; bottom: number };
}

export interface ChartPoint {
  x: number;
  y: number;
  value: number;
  light: AreaLight;
  date: string;
}

export interface ChartGeometry {
  /** Plotted points: only assessments that asked the area and had a value. */
  points: ChartPoint[];
  /** Line segments between consecutive plotted points. */
  segments: { x1: number; y1: number; x2: number; y2: number }[];
  /** Horizontal guides at 0, ½ and 1, with their label. */
  yTicks: { y: number; value: number }[];
  /** One tick per assessment, placed at its x; at most maxLabels of them carry a label. */
  xTicks: { x: number; date: string; asked: boolean; labelled: boolean }[];
  /** The threshold lines of the edition, for reading the light off the chart. */
  thresholds: { y: number; value: number; light: 'green' | 'yellow' }[];
}

/** Lays out an area's values (0 to 1) over its assessments, evenly spaced. */
export function layoutAreaChart(
  points: readonly AreaPoint[],
  box: ChartBox,
  thresholds: { green: number; yellow: number },
  maxLabels = 6,
): ChartGeometry {
  const { left, right, top, bottom } = box.padding;
  const innerW = Math.max(box.width - left - right, 1);
  const innerH = Math.max(box.height - top - bottom, 1);
  const xAt = (i: number) =>
    points.length <= 1 ? left + innerW / 2 : left + (innerW * i) / (points.length - 1);
  const yAt = (v: number) => top + innerH * (1 - Math.min(Math.max(v, 0), 1));
  const plotted: ChartPoint[] = [];
  points.forEach((p, i) => {
    if (p.asked && p.value !== null)
      plotted.push({ x: xAt(i), y: yAt(p.value), value: p.value, light: p.light, date: p.date });
  });
  const segments = plotted.slice(1).map((p, i) => {
    const prev = plotted[i] as ChartPoint;
    return { x1: prev.x, y1: prev.y, x2: p.x, y2: p.y };
  });
  return {
    points: plotted,
    segments,
    yTicks: [0, 0.5, 1].map((value) => ({ y: yAt(value), value })),
    xTicks: points.map((p, i) => ({
      x: xAt(i),
      date: p.date,
      asked: p.asked,
      labelled: isLabelled(i, points.length, maxLabels),
    })),
    thresholds: [
      { y: yAt(thresholds.green), value: thresholds.green, light: 'green' },
      { y: yAt(thresholds.yellow), value: thresholds.yellow, light: 'yellow' },
    ],
  };
}

/** Labels the first and last tick and evenly spaced ones between, at most max in all. */
function isLabelled(i: number, count: number, max: number): boolean {
  if (count <= max) return true;
  const step = (count - 1) / (max - 1);
  return Array.from({ length: max }, (_, k) => Math.round(k * step)).includes(i);
}
