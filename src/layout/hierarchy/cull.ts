import type { Bounds, LaidOutLink, Point, Size, ZoomTransform } from './types.js';

/** The part of layout space visible through `viewport` under `transform`, grown by `margin` screen pixels. */
export function viewWindow(transform: ZoomTransform, viewport: Size, margin = 0): Bounds {
  const { x, y, k } = transform;
  // `+ 0` turns -0 into 0.
  return {
    x0: (-margin - x) / k + 0,
    y0: (-margin - y) / k + 0,
    x1: (viewport.width + margin - x) / k,
    y1: (viewport.height + margin - y) / k,
  };
}

/** Whether the tree reaches beyond the viewport: the chart shows its overview inset (minimap) only then. */
export function treeExceedsView(bounds: Bounds, transform: ZoomTransform, viewport: Size): boolean {
  const w = viewWindow(transform, viewport);
  const slack = 1 / transform.k;
  return bounds.x0 < w.x0 - slack || bounds.y0 < w.y0 - slack || bounds.x1 > w.x1 + slack || bounds.y1 > w.y1 + slack;
}

/** The points whose box (relative `box`) intersects `window`; order is kept. */
export function cullNodes<N extends Point>(nodes: readonly N[], window: Bounds, box: Bounds): N[] {
  const x0 = window.x0 - box.x1;
  const x1 = window.x1 - box.x0;
  const y0 = window.y0 - box.y1;
  const y1 = window.y1 - box.y0;
  return nodes.filter((n) => n.x >= x0 && n.x <= x1 && n.y >= y0 && n.y <= y1);
}

/**
 * The links whose endpoints' bounding box intersects `window` (curves bulge a little beyond it;
 * callers cull with a margin). Links with an endpoint missing from `positions` are dropped.
 */
export function cullLinks<L extends LaidOutLink>(links: readonly L[], positions: ReadonlyMap<string, Point>, window: Bounds): L[] {
  return links.filter((link) => {
    const s = positions.get(link.sourceId);
    const t = positions.get(link.targetId);
    if (!s || !t) return false;
    return (
      Math.max(s.x, t.x) >= window.x0 &&
      Math.min(s.x, t.x) <= window.x1 &&
      Math.max(s.y, t.y) >= window.y0 &&
      Math.min(s.y, t.y) <= window.y1
    );
  });
}

export interface Culled<N extends Point> {
  nodes: N[];
  links: LaidOutLink[];
}

/** Screen pixels drawn beyond each edge, so small pans reuse the last cull. */
const MARGIN = 320;

/**
 * Culls nodes and links to the viewport plus a margin, and returns the *same* result object while
 * the viewport stays inside the margin at a similar scale, so Lit's `guard` skips re-rendering the
 * nodes on most pan frames.
 */
export class CullCache<N extends Point> {
  private last: { source: unknown; window: Bounds; k: number; result: Culled<N>; all: boolean } | undefined;

  get(
    nodes: readonly N[],
    positions: ReadonlyMap<string, Point>,
    links: readonly LaidOutLink[],
    transform: ZoomTransform,
    viewport: Size,
    box: Bounds,
  ): Culled<N> {
    const last = this.last;
    if (last && last.source === nodes && Math.abs(transform.k / last.k - 1) < 0.2) {
      const inner = viewWindow(transform, viewport, 0);
      const w = last.window;
      if (inner.x0 >= w.x0 && inner.y0 >= w.y0 && inner.x1 <= w.x1 && inner.y1 <= w.y1) return last.result;
    }
    const window = viewWindow(transform, viewport, MARGIN);
    const inView = cullNodes(nodes, window, box);
    // Everything in view (a fitted tree): keep returning one result while that lasts, at any scale.
    const all = inView.length === nodes.length;
    const result =
      all && last?.source === nodes && last.all
        ? last.result
        : { nodes: all ? [...nodes] : inView, links: all ? [...links] : cullLinks(links, positions, window) };
    this.last = { source: nodes, window, k: transform.k, result, all };
    return result;
  }
}
