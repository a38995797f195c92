import { orientRect } from './orient-rect.js';
import type { Orientation, Rect } from './types.js';

/** The drawn shape of one figure. */
export interface BarShape {
  /** Baseline to the exact value, or to the low end of a range. */
  solid: Rect;
  /** Low end to high end of a range (drawn hatched and lighter). */
  extension?: Rect;
  /** A line across the bar at the high end of a range, so the end is exact. */
  cap?: { x1: number; y1: number; x2: number; y2: number };
  /** The point just beyond the bar's end where its marks and label start. */
  tip: { x: number; y: number };
}

export interface BarGeometryInput {
  /** Start and size of the bar along the time axis, within the plot. */
  t0: number;
  size: number;
  /** Distances from the baseline of the low and high ends (equal for exact values). */
  low: number;
  high: number;
  orientation: Orientation;
  frame: Rect;
}

/**
 * Geometry of one bar: exact values are a single solid bar; ranges are a solid bar to the low end
 * plus an extension to the high end with a cap, so both ends sit at their scale positions.
 */
export function barGeometry({ t0, size, low, high, orientation, frame }: BarGeometryInput): BarShape {
  const solid = orientRect(orientation, frame, t0, size, 0, low);
  const vertical = orientation === 'vertical';
  const centre = t0 + size / 2;
  const tip = vertical
    ? { x: frame.x + centre, y: frame.y + frame.height - high }
    : { x: frame.x + high, y: frame.y + centre };
  if (high <= low) return { solid, tip };
  const extension = orientRect(orientation, frame, t0, size, low, high);
  const cap = vertical
    ? { x1: extension.x, y1: extension.y, x2: extension.x + extension.width, y2: extension.y }
    : { x1: extension.x + extension.width, y1: extension.y, x2: extension.x + extension.width, y2: extension.y + extension.height };
  return { solid, extension, cap, tip };
}
