import type { Bounds, Point } from './types.js';

/** The points whose box (relative `box`) intersects `window`; order is kept. */
export function cullNodes<N extends Point>(nodes: readonly N[], window: Bounds, box: Bounds): N[] {
  const x0 = window.x0 - box.x1;
  const x1 = window.x1 - box.x0;
  const y0 = window.y0 - box.y1;
  const y1 = window.y1 - box.y0;
  return nodes.filter((n) => n.x >= x0 && n.x <= x1 && n.y >= y0 && n.y <= y1);
}
