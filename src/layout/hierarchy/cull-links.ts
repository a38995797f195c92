import type { Bounds, LaidOutLink, Point } from './types.js';

/**
 * The links whose endpoints' bounding box intersects `window` (curves bulge a little beyond it;
 * callers cull with a margin). Links with an endpoint missing from `positions` are dropped.
 */
export function cullLinks<L extends LaidOutLink>(links: readonly L[], positions: ReadonlyMap<string, Point>, window: Bounds): L[] {
  return links.filter((link) => {
    const s = positions.get(link.sourceId);
    const t = positions.get(link.targetId);
    if (!s || !t) return false;
    return Math.max(s.x, t.x) >= window.x0 && Math.min(s.x, t.x) <= window.x1 && Math.max(s.y, t.y) >= window.y0 && Math.min(s.y, t.y) <= window.y1;
  });
}
