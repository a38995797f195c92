import { linkHorizontal, linkRadial, linkVertical } from 'd3-shape';
import type { Bounds, ForestLayout, HierarchyLayout, LaidOutLink, Point, TreeInput } from './types.js';

const vertical = linkVertical();
const horizontal = linkHorizontal();
const radial = linkRadial();
const r2 = (n: number): number => Math.round(n * 100) / 100 + 0;

/**
 * SVG path data of the link from a parent at `source` to a child at `target` (anchor points; `box`
 * is each node's box relative to its anchor). Tidy: bottom edge to top edge; horizontal: right
 * edge to left edge; radial: centre to centre along the rings; indented: an elbow from the
 * parent's symbol down and across to the child's symbol (both drawn over the line's ends); compact:
 * elbows from under the parent's symbol, along the trunk to a stacked card's near edge.
 */
export function linkPath(kind: HierarchyLayout, source: Point, target: Point & { trunk?: 'left' | 'right' }, box: Bounds): string {
  switch (kind) {
    case 'compact': {
      const top = r2(source.y + box.y1);
      // A stacked card: down the trunk, then across to the card's near edge.
      if (target.trunk) return `M${r2(source.x)},${top}V${r2(target.y)}H${r2(target.x + (target.trunk === 'left' ? box.x0 : box.x1))}`;
      const end = r2(target.y + box.y0);
      return `M${r2(source.x)},${top}V${r2((top + end) / 2)}H${r2(target.x)}V${end}`;
    }
    case 'tidy':
      return vertical({ source: [r2(source.x), r2(source.y + box.y1)], target: [r2(target.x), r2(target.y + box.y0)] }) ?? '';
    case 'horizontal':
      return horizontal({ source: [r2(source.x + box.x1), r2(source.y)], target: [r2(target.x + box.x0), r2(target.y)] }) ?? '';
    case 'radial': {
      const targetAngle = Math.atan2(target.x, -target.y);
      const sourceRadius = Math.hypot(source.x, source.y);
      // A centred root has no angle of its own; borrowing the child's keeps the link straight.
      const sourceAngle = sourceRadius < 1e-6 ? targetAngle : Math.atan2(source.x, -source.y);
      return radial({ source: [sourceAngle, sourceRadius], target: [targetAngle, Math.hypot(target.x, target.y)] }) ?? '';
    }
    default:
      return `M${r2(source.x)},${r2(source.y)}V${r2(target.y)}H${r2(target.x)}`;
  }
}

const caches = new WeakMap<ForestLayout<TreeInput>, Map<string, string>>();

/**
 * Path data of a link at the drawn `positions`. At rest (`positions` is the layout's own index)
 * each link's path is computed once per layout, so zooming over thousands of links re-joins
 * strings instead of re-running the link generator.
 */
export function linkData<T extends TreeInput>(layout: ForestLayout<T>, positions: ReadonlyMap<string, Point>, link: LaidOutLink): string {
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
