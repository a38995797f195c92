/**
 * The Observable Plot peer for the strength chart: the same figures (resolved by our data layer,
 * outside the timings) as `rectY` bars on a time axis, one facet row per measure, one colour per
 * side, with each range's extension as a lighter bar and a title per figure.
 */
import * as Plot from '@observablehq/plot';
import { parseOrderOfBattle } from '../../src/data/parse.js';
import { strengthSeries } from '../../src/data/strength-series.js';
import type { Measure, OrderOfBattle } from '../../src/data/types.js';

export const PLOT = 'Observable Plot 0.6 rectY, faceted';

export interface PlotRow {
  date: Date;
  measure: string;
  side: string;
  value: number;
  min: number;
  max: number;
  title: string;
}

export function toPlotRows(data: OrderOfBattle, measures: readonly Measure[]): PlotRow[] {
  const parsed = parseOrderOfBattle(data);
  if (!parsed.ok) throw new Error('Plot peer: the generated data does not parse');
  return strengthSeries(parsed.dataset, { measure: measures, side: 'all' }).map((p) => ({
    date: new Date(p.date.start),
    measure: p.measure,
    side: p.side ?? 'unknown',
    value: p.value,
    min: p.min,
    max: p.max,
    title: `${p.subjectName}, ${p.date.text}: ${p.min === p.max ? p.value : `${p.min}–${p.max}`} ${p.measure}`,
  }));
}

/** The chart as Plot draws it (a new `<figure>`/`<svg>`: Plot has no update, a change draws anew). */
export function plotStrength(rows: readonly PlotRow[], options: { width: number; scale: 'linear' | 'log' }): Element {
  const log = options.scale === 'log';
  const base = log ? 1 : 0;
  return Plot.plot({
    width: options.width,
    marginLeft: 60,
    x: { type: 'utc', label: null },
    y: { type: options.scale, grid: true, label: null },
    fy: { label: null },
    color: { legend: true },
    marks: [
      Plot.rectY(rows, { x: 'date', interval: 'month', y1: base, y2: 'min', fill: 'side', fy: 'measure', title: 'title', inset: 0.5 }),
      Plot.rectY(
        rows.filter((r) => r.max > r.min),
        { x: 'date', interval: 'month', y1: 'min', y2: 'max', fill: 'side', fillOpacity: 0.35, fy: 'measure', title: 'title', inset: 0.5 },
      ),
      Plot.ruleY([base]),
    ],
  });
}
