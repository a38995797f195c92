/** The geometry of a timeline: its time scale, where each stop is drawn, and axis ticks that fit. */
// d3-time's calendar ticks and d3-scale's arithmetic (../scale.ts), not d3-scale's scaleUtc: the same
// ticks and positions without the colour interpolators and date formats a d3-scale time scale brings
// along (about 11 KiB gzip the timeline never used).
import { utcTicks } from 'd3-time';
import { clampedScale } from '../scale.js';
import { formatInstant } from '../../data/format-date.js';
import { textWidth } from '../text.js';
import type { Precision, TimelineStop } from './stops.js';

/** A label along the axis: its centre and width in pixels. */
export interface AxisLabel {
  x: number;
  width: number;
}

/** A year (or month) tick of the axis. */
export interface AxisTick extends AxisLabel {
  value: number;
  label: string;
}

/** Where one stop is drawn. */
export interface StopMark {
  /** Index into the stops. */
  index: number;
  /** Position of the stop (its day). */
  x: number;
  /** Spans of the stop's imprecise events (month, year, interval), from their first to last possible day. */
  spans: { x0: number; x1: number }[];
}

/** The geometry of a timeline of a given width. */
export interface TimelineLayout {
  width: number;
  /** Time covered by the track (UTC ms). */
  domain: [number, number];
  /** The track's ends in pixels, left to right on screen (mirrored for right-to-left). */
  track: [number, number];
  marks: StopMark[];
  /** Axis ticks whose labels fit without overlapping. */
  ticks: AxisTick[];
  /** Position of any instant, clamped to the track. */
  position(instant: number): number;
}

/**
 * Greedy thinning: indices of the labels to keep so that none overlap, leaving `gap` pixels between neighbours:
 * the first label, then each that clears the last one kept (labels sorted by `x`, either way).
 */
export function nonOverlappingLabels(labels: readonly AxisLabel[], gap = 6): number[] {
  const kept: number[] = [];
  let previous: AxisLabel | undefined;
  labels.forEach((label, i) => {
    if (previous && Math.abs(label.x - previous.x) < (label.width + previous.width) / 2 + gap) return;
    kept.push(i);
    previous = label;
  });
  return kept;
}

export interface TimelineLayoutOptions {
  width: number;
  /** Room kept at each end of the track for the thumb and half a label. */
  pad?: number;
  lang?: string;
  /** Time runs right to left. */
  rtl?: boolean;
  /** Width of an axis label in pixels; defaults to an estimate for 12px text. */
  labelWidth?: (label: string) => number;
}

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
const MIN_SPAN = 30 * DAY;
/** Font size (px) the default label-width estimate assumes: the axis labels' size. */
const LABEL_FONT_SIZE = 12;

// A few days would stretch one event's day across the whole track; show at least a month.
function widen([a, b]: [number, number]): [number, number] {
  if (b - a >= MIN_SPAN || b < a) return [a, b];
  const mid = a + (b - a) / 2;
  return [mid - MIN_SPAN / 2, mid + MIN_SPAN / 2];
}

function tickPrecision(instant: number): Precision {
  const date = new Date(instant);
  if (date.getUTCDate() !== 1) return 'day';
  return date.getUTCMonth() === 0 ? 'year' : 'month';
}

/**
 * The geometry of a timeline: a UTC time scale from the first day any event can mean to the last
 * stop (at least a month), a mark per stop (with spans for imprecise dates), and axis ticks thinned to fit. Spans
 * longer than two years get at most one tick a year, so the axis reads as years.
 */
export function timelineLayout(stops: readonly TimelineStop[], options: TimelineLayoutOptions): TimelineLayout {
  const width = Math.max(0, options.width);
  const pad = Math.min(options.pad ?? 16, width / 2);
  const lang = options.lang ?? '';
  const labelWidth = options.labelWidth ?? ((label: string) => textWidth(label, LABEL_FONT_SIZE));
  const starts = stops.flatMap((s) => s.entries.map((e) => e.date.start));
  const domain = widen(stops.length > 0 ? [Math.min(...starts), (stops[stops.length - 1] as TimelineStop).instant] : [0, 0]);
  const track: [number, number] = [pad, width - pad];
  const at = clampedScale(domain, options.rtl ? [track[1], track[0]] : track);

  const marks: StopMark[] = stops.map((stop, index) => ({
    index,
    x: at(stop.instant),
    spans: stop.entries
      .filter((e) => e.date.precision !== 'day' || e.date.interval)
      .map((e) => {
        const [a, b] = [at(e.date.start), at(e.date.end)];
        return { x0: Math.min(a, b), x1: Math.max(a, b) };
      }),
  }));

  const years = (domain[1] - domain[0]) / YEAR;
  const byWidth = Math.max(2, Math.floor((track[1] - track[0]) / 70));
  const count = years >= 2 ? Math.min(byWidth, Math.ceil(years)) : byWidth;
  const all: AxisTick[] =
    stops.length === 0
      ? []
      : utcTicks(new Date(domain[0]), new Date(domain[1]), count).map((d) => {
          const value = d.getTime();
          const label = formatInstant(value, tickPrecision(value), lang);
          return { value, x: at(value), label, width: labelWidth(label) };
        });
  const ticks = nonOverlappingLabels(all).map((i) => all[i] as AxisTick);
  return { width, domain, track, marks, ticks, position: at };
}
