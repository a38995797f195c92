import { scaleBand, scaleUtc } from 'd3-scale';
import { formatDate } from '../../data/format-date.js';
import { formatTickDate } from './format-tick-date.js';
import { thinLabels } from './thin-labels.js';
import type { TimeSlot } from './time-slots.js';
import type { DateLike, Tick, TimeScaleKind } from './types.js';

/** Where a slot's bars go along the time axis. */
export interface SlotBand {
  center: number;
  width: number;
}

export interface TimeAxis {
  kind: TimeScaleKind;
  length: number;
  domain: [number, number];
  band: Map<string, SlotBand>;
  /** Position of a date: its middle on a time scale; on a band scale, interpolated between slots. */
  positionOf(date: Pick<DateLike, 'start' | 'end'>): number;
  /** Every tick mark. */
  ticks: Tick[];
  /** The ticks whose labels fit without overlapping. */
  labels: Tick[];
}

export interface TimeAxisOptions {
  length: number;
  kind?: TimeScaleKind | 'auto';
  /** Narrowest slot that still shows all of its bars; below it the axis falls back to bands. */
  minSlotWidth?: number;
  maxSlotWidth?: number;
  /** Time span to show; defaults to the slots' extent. */
  domain?: [number, number];
  lang?: string;
  /** Size of a label along the axis (its width on a horizontal axis, its line height on a vertical one). */
  labelSize?: (label: string) => number;
}

const mid = (d: Pick<DateLike, 'start' | 'end'>) => d.start + (d.end - d.start) / 2;

function timeBands(slots: readonly TimeSlot[], scale: (t: number) => number, length: number, maxWidth: number): Map<string, SlotBand> {
  const centers = slots.map((s) => scale(mid(s.date)));
  let gap = Infinity;
  for (let i = 1; i < centers.length; i += 1) gap = Math.min(gap, (centers[i] as number) - (centers[i - 1] as number));
  // At least a pixel, so crowded dates still show (overlapping) bars.
  const width = Math.max(Math.min(1, length), Math.min(maxWidth, Number.isFinite(gap) ? gap * 0.8 : length / 2));
  return new Map(slots.map((s, i) => [s.key, { center: centers[i] as number, width }]));
}

/** Piecewise-linear map from instants to pixels through the given anchors (sorted by time). */
function interpolator(anchors: readonly [number, number][]): (t: number) => number {
  return (t) => {
    const first = anchors[0];
    if (!first) return 0;
    if (t <= first[0]) return first[1];
    for (let i = 1; i < anchors.length; i += 1) {
      const [t1, x1] = anchors[i] as [number, number];
      const [t0, x0] = anchors[i - 1] as [number, number];
      if (t <= t1) return t1 === t0 ? x0 : x0 + ((t - t0) / (t1 - t0)) * (x1 - x0);
    }
    return (anchors[anchors.length - 1] as [number, number])[1];
  };
}

/**
 * The shared time axis of a strength chart. A time scale keeps true spacing when every slot has
 * room for its bars; otherwise (uneven dates, e.g. 1945-01-31 and Aug 1949 next to 1949) a band
 * scale gives each date the same room, and positions between dates are interpolated.
 */
export function timeAxis(slots: readonly TimeSlot[], options: TimeAxisOptions): TimeAxis {
  const length = Math.max(0, options.length);
  const maxWidth = options.maxSlotWidth ?? 72;
  const starts = slots.map((s) => s.date.start);
  const ends = slots.map((s) => s.date.end);
  const extent: [number, number] = options.domain ?? [Math.min(...starts, Infinity), Math.max(...ends, -Infinity)];
  const domain: [number, number] = extent[0] <= extent[1] ? extent : [0, 0];
  const labelSize = options.labelSize ?? ((label: string) => label.length * 7);
  const lang = options.lang ?? '';

  const pad = Math.min(maxWidth, length / 4) / 2;
  const time = scaleUtc().domain(domain).range([pad, length - pad]).clamp(true);
  const timeBand = timeBands(slots, (t) => time(t), length, maxWidth);
  const timeWidth = timeBand.values().next().value?.width ?? 0;
  const wanted = options.kind ?? 'auto';
  const minSlot = options.minSlotWidth ?? 8;
  // Bands only help when they leave each date room for its bars; when even bands are too narrow
  // (thousands of dates) true time positions and regular date ticks read better.
  const bandWidth = (length / Math.max(1, slots.length)) * 0.8;
  const kind: TimeScaleKind =
    wanted !== 'auto' ? wanted : slots.length > 1 && (timeWidth >= minSlot || bandWidth < minSlot) ? 'time' : 'band';

  let band: Map<string, SlotBand>;
  let positionOf: TimeAxis['positionOf'];
  let ticks: Tick[];
  if (kind === 'time') {
    band = timeBand;
    positionOf = (d) => time(mid(d));
    ticks = time.ticks(Math.max(2, Math.round(length / 90))).map((d) => {
      const value = d.getTime();
      return { value, pos: time(value), label: formatTickDate(value, lang) };
    });
  } else {
    const scale = scaleBand<string>().domain(slots.map((s) => s.key)).range([0, length]).paddingInner(0.2).paddingOuter(0.1);
    const width = Math.min(scale.bandwidth(), maxWidth);
    band = new Map(slots.map((s) => [s.key, { center: (scale(s.key) ?? 0) + scale.bandwidth() / 2, width }]));
    const anchors: [number, number][] = slots.map((s) => [s.date.start, band.get(s.key)?.center ?? 0]);
    const first = anchors[0]?.[0] ?? domain[0];
    const last = anchors[anchors.length - 1]?.[0] ?? domain[1];
    if (domain[0] < first) anchors.unshift([domain[0], 0]);
    if (domain[1] > last) anchors.push([domain[1], length]);
    const at = interpolator(anchors);
    positionOf = (d) => at(d.start);
    ticks = slots.map((s) => ({ value: s.date.start, pos: band.get(s.key)?.center ?? 0, label: formatDate(s.date, lang) }));
  }
  const kept = thinLabels(ticks.map((t) => ({ pos: t.pos, size: labelSize(t.label) })));
  return { kind, length, domain, band, positionOf, ticks, labels: kept.map((i) => ticks[i] as Tick) };
}
