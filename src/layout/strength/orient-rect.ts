import type { Orientation, Rect } from './types.js';

/**
 * A box given along the time axis (`t0`, `size`) and the value axis (`v0` to `v1`, distances from
 * the baseline) inside a plot `frame`, in chart pixels. Vertical charts grow bars upwards from the
 * frame's bottom; horizontal ones rightwards from its left.
 */
export function orientRect(orientation: Orientation, frame: Rect, t0: number, size: number, v0: number, v1: number): Rect {
  const [lo, hi] = v0 <= v1 ? [v0, v1] : [v1, v0];
  if (orientation === 'horizontal') return { x: frame.x + lo, y: frame.y + t0, width: hi - lo, height: size };
  return { x: frame.x + t0, y: frame.y + frame.height - hi, width: size, height: hi - lo };
}
