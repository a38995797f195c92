import type { HierarchyNodeAt } from '../../data/hierarchy-at.js';
import { linkPath } from '../../layout/hierarchy/index.js';
import type { ForestLayout, LaidOutLink, Point } from '../../layout/hierarchy/index.js';

const caches = new WeakMap<ForestLayout<HierarchyNodeAt>, Map<string, string>>();

/**
 * Path data of a link at the drawn `positions`. At rest (`positions` is the layout's own index)
 * each link's path is computed once per layout, so zooming over thousands of links re-joins
 * strings instead of re-running the link generator.
 */
export function linkData(layout: ForestLayout<HierarchyNodeAt>, positions: ReadonlyMap<string, Point>, link: LaidOutLink): string {
  const compute = () => linkPath(layout.kind, positions.get(link.sourceId) as Point, positions.get(link.targetId) as Point, layout.box);
  if (positions !== layout.byId) return compute();
  let cache = caches.get(layout);
  if (!cache) {
    cache = new Map();
    caches.set(layout, cache);
  }
  let d = cache.get(link.targetId);
  if (d === undefined) {
    d = compute();
    cache.set(link.targetId, d);
  }
  return d;
}
