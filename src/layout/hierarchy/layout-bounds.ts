import type { Bounds, Point } from './types.js';

/** The box around every node's box (`box` is relative to each point); all zero when empty. */
export function layoutBounds(points: readonly Point[], box: Bounds): Bounds {
  if (points.length === 0) return { x0: 0, y0: 0, x1: 0, y1: 0 };
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of points) {
    x0 = Math.min(x0, p.x + box.x0);
    y0 = Math.min(y0, p.y + box.y0);
    x1 = Math.max(x1, p.x + box.x1);
    y1 = Math.max(y1, p.y + box.y1);
  }
  return { x0, y0, x1, y1 };
}
