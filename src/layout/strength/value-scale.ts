import { scaleLinear, scaleLog } from 'd3-scale';
import { tickFormat } from './tick-format.js';
import type { Tick, ValueScaleType } from './types.js';

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
  const usable = values.filter((v) => Number.isFinite(v) && (type === 'log' ? v > 0 : v >= 0));
  const max = usable.length > 0 ? Math.max(...usable) : 0;
  let domain: [number, number];
  let ticks: number[];
  let map: (value: number) => number;
  if (type === 'log') {
    const min = usable.length > 0 ? Math.min(...usable) : 1;
    const scale = scaleLog()
      .domain([min, Math.max(max, min)])
      .nice()
      .range([0, length])
      .clamp(true);
    let [lo, hi] = scale.domain() as [number, number];
    if (lo === hi) [lo, hi] = [lo / 10, hi * 10];
    scale.domain([lo, hi]);
    domain = [lo, hi];
    ticks = logTicks(lo, hi);
    map = (v) => (v > 0 ? scale(v) : 0);
  } else {
    const scale = scaleLinear()
      .domain([0, max > 0 ? max : 1])
      // A finer nice step than the ticks' keeps the top close to the data (50,000, not 60,000).
      .nice(Math.max(5, count * 2))
      .range([0, length])
      .clamp(true);
    domain = scale.domain() as [number, number];
    ticks = scale.ticks(count);
    map = (v) => (Number.isFinite(v) ? scale(v) : 0);
  }
  const label = tickFormat(domain[1], options.lang);
  return { type, domain, length, map, ticks: ticks.map((value) => ({ value, pos: map(value), label: label(value) })) };
}
