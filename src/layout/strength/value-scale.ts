/** The value axis of a panel: which figures a scale may see, the linear or log scale, its tick format and its grid. */
import { ticks as linearTicks } from 'd3-array';
import { clampedScale, niceLinear, niceLog } from '../scale.js';
import { formatNumber, lineBox, thinLabelsByStride } from './text.js';
import type { LineBox } from './text.js';
import type { Line, Orientation, Rect, Tick, ValueScaleType } from './types.js';

/** The figures of a point that decide whether it can be drawn. */
export interface Figures {
  id: string;
  min: number;
  max: number;
  value: number;
}

/** A point kept for drawing, with the span actually drawn (`low` may be clamped on a log scale). */
export interface Drawable<P extends Figures> {
  point: P;
  low: number;
  high: number;
  /** `min` was zero on a log scale: the bar starts at the axis instead. */
  clamped: boolean;
}

export interface UsablePoints<P extends Figures> {
  drawn: Drawable<P>[];
  /** Ids of points with a non-finite, negative or inverted figure: never drawn. */
  invalid: string[];
  /** Ids of points with nothing above zero, which a log scale cannot show. */
  zeroOnLog: string[];
}

/**
 * Splits points into those a value scale may see and those it must not: non-finite or negative
 * figures, inverted ranges and (log scale) non-positive values never reach a scale.
 */
export function usablePoints<P extends Figures>(points: readonly P[], type: ValueScaleType = 'linear'): UsablePoints<P> {
  const out: UsablePoints<P> = { drawn: [], invalid: [], zeroOnLog: [] };
  for (let i = 0; i < points.length; i += 1) {
    const point = points[i] as P;
    const { min, max, value } = point;
    if (!Number.isFinite(min) || !Number.isFinite(max) || !Number.isFinite(value) || min < 0 || max < min) {
      out.invalid.push(point.id);
    } else if (type === 'log' && max <= 0) {
      out.zeroOnLog.push(point.id);
    } else {
      const clamped = type === 'log' && min <= 0;
      out.drawn.push({ point, low: min, high: max, clamped });
    }
  }
  return out;
}

const PREFIXES = ['', 'k', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y'];

/**
 * d3-format's `format('~s')` for |value| >= 1: six significant digits, trailing zeros trimmed, an SI
 * prefix ("25k", "1.5M", "−2M"). Written here because d3-format's locale machinery, for this one
 * format, was 2 KiB gzip of every page with a strength chart; a test holds it to d3-format's output.
 */
export function compactSI(value: number): string {
  const [mantissa = '', power = '0'] = Math.abs(value).toExponential(5).split('e');
  const exponent = Number(power);
  const group = Math.min(8, Math.max(0, Math.floor(exponent / 3)));
  const digits = mantissa.replace('.', '');
  const whole = exponent - 3 * group + 1;
  const figure =
    whole >= digits.length ? digits.padEnd(whole, '0') : `${digits.slice(0, whole)}.${digits.slice(whole)}`.replace(/\.?0+$/, '');
  return `${value < 0 ? '\u2212' : ''}${figure}${PREFIXES[group] ?? ''}`;
}

/**
 * The formatter for a value axis whose largest tick is `max`: compact SI ("25k", "1.5M") from
 * 10,000 up, so long axes stay narrow, else grouped digits ("2,500").
 */
export function tickFormat(max: number, lang = ''): (value: number) => string {
  if (!(max >= 10_000)) return (value) => formatNumber(value, lang);
  return (value) => (Math.abs(value) >= 1000 ? compactSI(value) : formatNumber(value, lang));
}

/** A value axis: maps a count to its distance (pixels) from the baseline. */
export interface ValueScale {
  type: ValueScaleType;
  domain: [number, number];
  /** Pixels from the baseline to the top of the domain. */
  length: number;
  /** Distance from the baseline; values outside the domain are clamped to it. */
  map(value: number): number;
  ticks: Tick[];
}

export interface ValueScaleOptions {
  type?: ValueScaleType;
  length: number;
  /** Roughly how many ticks to aim for. */
  count?: number;
  lang?: string;
}

function logTicks(lo: number, hi: number): number[] {
  const powers: number[] = [];
  for (let p = Math.ceil(Math.log10(lo) - 1e-9); 10 ** p <= hi * (1 + 1e-9); p += 1) powers.push(10 ** p);
  if (powers.length >= 3) return powers;
  const dense: number[] = [];
  for (let p = Math.floor(Math.log10(lo)); 10 ** p <= hi; p += 1) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** p;
      if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) dense.push(v);
    }
  }
  return dense;
}

/**
 * A linear scale from 0, or a log scale from the smallest positive value, over `values`, with
 * nice bounds and formatted ticks. Only finite non-negative values (and, for log, positive ones)
 * are considered; callers filter first, this is the last guard.
 */
export function valueScale(values: readonly number[], options: ValueScaleOptions): ValueScale {
  const type = options.type ?? 'linear';
  const length = Math.max(0, options.length);
  const count = options.count ?? Math.max(2, Math.round(length / 50));
  // The extent of the usable values in one pass (no filtered copy of thousands of values).
  let usable = 0;
  let least = Infinity;
  let most = -Infinity;
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i] as number;
    if (!Number.isFinite(v) || (type === 'log' ? v <= 0 : v < 0)) continue;
    usable += 1;
    if (v < least) least = v;
    if (v > most) most = v;
  }
  const max = usable > 0 ? most : 0;
  let domain: [number, number];
  let ticks: number[];
  let map: (value: number) => number;
  if (type === 'log') {
    const min = usable > 0 ? least : 1;
    let [lo, hi] = niceLog([min, Math.max(max, min)]);
    if (lo === hi) [lo, hi] = [lo / 10, hi * 10];
    domain = [lo, hi];
    ticks = logTicks(lo, hi);
    const scale = clampedScale(domain, [0, length], Math.log);
    map = (v) => (v > 0 ? scale(v) : 0);
  } else {
    // A finer nice step than the ticks' keeps the top close to the data (50,000, not 60,000).
    domain = niceLinear([0, max > 0 ? max : 1], Math.max(5, count * 2));
    ticks = linearTicks(domain[0], domain[1], count);
    const scale = clampedScale(domain, [0, length]);
    map = (v) => (Number.isFinite(v) ? scale(v) : 0);
  }
  const label = tickFormat(domain[1], options.lang);
  return { type, domain, length, map, ticks: ticks.map((value) => ({ value, pos: map(value), label: label(value) })) };
}

export interface GridLine {
  value: number;
  line: Line;
  /** The tick label, when it fits between its neighbours. */
  label?: { x: number; y: number; anchor: 'start' | 'middle' | 'end'; text: string };
}

/** A panel's furniture: its title, its baseline and its value grid with thinned tick labels. */
export interface PanelDecor {
  titleAt: { x: number; y: number };
  baseline: Line;
  grid: GridLine[];
}

export interface PanelDecorInput {
  frame: Rect;
  scale: ValueScale;
  orientation: Orientation;
  fontSize: number;
  measure: (text: string) => number;
  titleHeight: number;
  /** The line box of the chart's font; defaults to the estimate of {@link lineBox}. */
  line?: LineBox;
}

/** Title position, baseline and value grid of one panel. */
export function panelDecor(input: PanelDecorInput): PanelDecor {
  const { frame, scale, orientation, fontSize, measure, titleHeight, line: text = lineBox(fontSize) } = input;
  const vertical = orientation === 'vertical';
  const lh = text.height;
  const kept = new Set(thinLabelsByStride(scale.ticks.map((t) => ({ pos: t.pos, size: vertical ? lh : measure(t.label) }))));
  const bottom = frame.y + frame.height;
  const grid = scale.ticks.map((t, i): GridLine => {
    const line = vertical
      ? { x1: frame.x, y1: bottom - t.pos, x2: frame.x + frame.width, y2: bottom - t.pos }
      : { x1: frame.x + t.pos, y1: frame.y, x2: frame.x + t.pos, y2: bottom };
    if (!kept.has(i)) return { value: t.value, line };
    const label = vertical
      ? { x: frame.x - 6, y: bottom - t.pos + fontSize * 0.35, anchor: 'end' as const, text: t.label }
      : { x: frame.x + t.pos, y: bottom + lh + 2, anchor: 'middle' as const, text: t.label };
    return { value: t.value, line, label };
  });
  return {
    // The title's descenders end 3 px over the plot, whose labels start 2 px over it.
    titleAt: { x: frame.x, y: Math.min(frame.y - 3 - text.descent, frame.y - (titleHeight - fontSize) / 2 - 2) },
    baseline: vertical
      ? { x1: frame.x, y1: bottom, x2: frame.x + frame.width, y2: bottom }
      : { x1: frame.x, y1: frame.y, x2: frame.x, y2: bottom },
    grid,
  };
}
