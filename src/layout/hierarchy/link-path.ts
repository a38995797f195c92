import type { Bounds, ForestLayout, HierarchyLayout, LaidOutLink, Point, TreeInput } from './types.js';

const r2 = (n: number): number => Math.round(n * 100) / 100 + 0;
// d3-shape's link generators (bumpX, bumpY, bumpRadial curves), written out: the same path data to the
// same 3 decimals, without the 17 KiB of d3-shape that every page loaded for three Bézier curves.
const r3 = (n: number): number => Math.round(n * 1000) / 1000;
const curve = (x0: number, y0: number, x1: number, y1: number, x2: number, y2: number, x: number, y: number): string =>
  `M${r3(x0)},${r3(y0)}C${r3(x1)},${r3(y1)},${r3(x2)},${r3(y2)},${r3(x)},${r3(y)}`;
/** A vertical bump (linkVertical): out of the source and into the target vertically. */
const vertical = (x0: number, y0: number, x: number, y: number): string => curve(x0, y0, x0, (y0 + y) / 2, x, (y0 + y) / 2, x, y);
/** A horizontal bump (linkHorizontal). */
const horizontal = (x0: number, y0: number, x: number, y: number): string => curve(x0, y0, (x0 + x) / 2, y0, (x0 + x) / 2, y, x, y);
/** A radial bump (linkRadial) between (angle, radius) pairs, angle 0 at twelve o'clock, clockwise. */
function radial(a0: number, r0: number, a: number, r: number): string {
  const rm = (r0 + r) / 2;
  const px = (angle: number, radius: number) => radius * Math.cos(angle - Math.PI / 2);
  const py = (angle: number, radius: number) => radius * Math.sin(angle - Math.PI / 2);
  return curve(px(a0, r0), py(a0, r0), px(a0, rm), py(a0, rm), px(a, rm), py(a, rm), px(a, r), py(a, r));
}

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
      return vertical(r2(source.x), r2(source.y + box.y1), r2(target.x), r2(target.y + box.y0));
    case 'horizontal':
      return horizontal(r2(source.x + box.x1), r2(source.y), r2(target.x + box.x0), r2(target.y));
    case 'radial': {
      const targetAngle = Math.atan2(target.x, -target.y);
      const sourceRadius = Math.hypot(source.x, source.y);
      // A centred root has no angle of its own; borrowing the child's keeps the link straight.
      const sourceAngle = sourceRadius < 1e-6 ? targetAngle : Math.atan2(source.x, -source.y);
      return radial(sourceAngle, sourceRadius, targetAngle, Math.hypot(target.x, target.y));
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
