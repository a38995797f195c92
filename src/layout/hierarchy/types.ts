/** Shared types of the hierarchy layout maths. Coordinates are layout pixels before zoom. */
import type { Bounds, Point, Size } from '../geometry.js';

export type { Bounds, Point, Size };

/** A layout kind the chart draws; `auto` (the element's default) resolves to one of these. */
export type HierarchyLayout = 'tidy' | 'compact' | 'horizontal' | 'radial' | 'indented';

/** A zoom transform as d3-zoom has it: screen = layout × k + (x, y). */
export interface ZoomTransform {
  x: number;
  y: number;
  k: number;
}

/** What the layout needs of an input tree node; `hierarchyAt`'s `HierarchyNodeAt` fits. */
export interface TreeInput {
  unit: { id: string };
  children: readonly TreeInput[];
}

/** A node of the tree as drawn: only expanded subtrees have `children`. */
export interface ForestNode<T extends TreeInput = TreeInput> {
  id: string;
  /** The input node; `undefined` only for the virtual super-root that holds the forest. */
  item: T | undefined;
  /** Visible children (empty when collapsed). */
  children: ForestNode<T>[];
  /** Number of children at the date, shown or not. */
  childCount: number;
  expanded: boolean;
  /** 0 for the roots drawn, -1 for the virtual super-root. */
  depth: number;
  parentId: string | null;
}

/** A positioned node. `(x, y)` is the centre of its symbol; the layout's `box` (relative) encloses what is drawn. */
export interface LaidOutNode<T extends TreeInput = TreeInput> {
  id: string;
  node: ForestNode<T>;
  x: number;
  y: number;
  /**
   * Compact layout only: the node hangs in a stack under its parent, and the link reaches it from
   * the trunk on this side of it.
   */
  trunk?: 'left' | 'right';
}

export interface LaidOutLink {
  sourceId: string;
  targetId: string;
}

export interface LayoutOptions {
  /** The node's box relative to its anchor point, e.g. `{ x0: -80, y0: -30, x1: 80, y1: 60 }`. */
  box: Bounds;
  /** Space between sibling boxes. */
  siblingGap: number;
  /** Space between levels. */
  levelGap: number;
  /** Width the drawing should keep within, where a layout has a choice (compact stacks); unlimited by default. */
  maxWidth?: number;
}

export interface ForestLayout<T extends TreeInput = TreeInput> {
  kind: HierarchyLayout;
  nodes: LaidOutNode<T>[];
  links: LaidOutLink[];
  byId: ReadonlyMap<string, LaidOutNode<T>>;
  box: Bounds;
  /** Box around every node box. */
  bounds: Bounds;
}

/** One visible tree item in outline (pre-)order, with what the ARIA tree pattern needs. */
export interface FlatItem {
  id: string;
  parentId: string | null;
  /** 1-based, as `aria-level`. */
  level: number;
  setSize: number;
  posInSet: number;
  expandable: boolean;
  expanded: boolean;
}
