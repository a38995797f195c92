import { cullLinks, cullNodes, viewWindow } from '../../layout/hierarchy/index.js';
import type { Bounds, ForestNode, LaidOutLink, Point, Size, ZoomTransform } from '../../layout/hierarchy/index.js';
import type { HierarchyNodeAt } from '../../data/hierarchy-at.js';

/** A node at the place it is drawn this frame. */
export interface DrawnNode {
  id: string;
  node: ForestNode<HierarchyNodeAt>;
  x: number;
  y: number;
}

export interface Culled {
  nodes: DrawnNode[];
  links: LaidOutLink[];
}

/** Screen pixels drawn beyond each edge, so small pans reuse the last cull. */
const MARGIN = 320;

/**
 * Culls nodes and links to the viewport plus a margin, and returns the *same* result object while
 * the viewport stays inside the margin at a similar scale, so Lit's `guard` skips re-rendering the
 * nodes on most pan frames.
 */
export class CullCache {
  private last: { source: unknown; window: Bounds; k: number; result: Culled; all: boolean } | undefined;

  get(nodes: readonly DrawnNode[], positions: ReadonlyMap<string, Point>, links: readonly LaidOutLink[], transform: ZoomTransform, viewport: Size, box: Bounds): Culled {
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
      all && last?.source === nodes && last.all ? last.result : { nodes: all ? (nodes as DrawnNode[]) : inView, links: all ? [...links] : cullLinks(links, positions, window) };
    this.last = { source: nodes, window, k: transform.k, result, all };
    return result;
  }
}
