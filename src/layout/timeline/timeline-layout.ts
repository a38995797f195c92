import { scaleUtc } from 'd3-scale';
import { formatInstant } from '../../data/format-date.js';
import { thinLabels } from './thin-labels.js';
import type { AxisTick, Precision, StopMark, TimelineLayout, TimelineStop } from './types.js';

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
  const labelWidth = options.labelWidth ?? ((label: string) => label.length * 7);
  const starts = stops.flatMap((s) => s.entries.map((e) => e.date.start));
  const domain = widen(stops.length > 0 ? [Math.min(...starts), (stops[stops.length - 1] as TimelineStop).instant] : [0, 0]);
  const track: [number, number] = [pad, width - pad];
  const scale = scaleUtc()
    .domain(domain)
    .range(options.rtl ? [track[1], track[0]] : track)
    .clamp(true);
  const at = (t: number) => scale(t);

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
  const all: AxisTick[] = stops.length === 0 ? [] : scale.ticks(count).map((d) => {
    const value = d.getTime();
    const label = formatInstant(value, tickPrecision(value), lang);
    return { value, x: at(value), label, width: labelWidth(label) };
  });
  const ticks = thinLabels(all).map((i) => all[i] as AxisTick);
  return { width, domain, track, marks, ticks, position: at };
}
