import type { ValueScaleType } from './types.js';

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
  for (const point of points) {
    const { min, max, value } = point;
    if (![min, max, value].every(Number.isFinite) || min < 0 || max < min) {
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
