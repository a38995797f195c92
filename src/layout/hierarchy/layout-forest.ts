import { tree } from 'd3-hierarchy';
import { hierarchyOf } from './forest.js';
import { layoutCompact } from './layout-compact.js';
import { layoutRadial } from './layout-radial.js';
import type {
  Bounds,
  ForestLayout,
  ForestNode,
  HierarchyLayout,
  LaidOutLink,
  LaidOutNode,
  LayoutOptions,
  Point,
  TreeInput,
} from './types.js';

/**
 * Tidy tree positions (Reingold–Tilford via d3-hierarchy `tree`): `vertical` puts roots on top,
 * `horizontal` on the left. A forest of several roots is laid out under its virtual super-root
 * (not returned); a single root is the tree's own root. Roots sit at depth 0 (y = 0, or x = 0).
 */
export function layoutTree<T extends TreeInput>(
  forest: ForestNode<T>,
  { box, siblingGap, levelGap }: LayoutOptions,
  orientation: 'vertical' | 'horizontal',
): LaidOutNode<T>[] {
  const vertical = orientation === 'vertical';
  const width = box.x1 - box.x0;
  const height = box.y1 - box.y0;
  const breadth = (vertical ? width : height) + siblingGap;
  const step = (vertical ? height : width) + levelGap;
  const top = forest.children.length === 1 ? (forest.children[0] as ForestNode<T>) : forest;
  const root = hierarchyOf(top);
  tree<ForestNode<T>>()
    .nodeSize([breadth, step])
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.25))(root);
  const offset = top === forest ? step : 0;
  const out: LaidOutNode<T>[] = [];
  root.each((n) => {
    if (n.data.item === undefined) return;
    const along = n.x ?? 0;
    const across = (n.y ?? 0) - offset;
    out.push({ id: n.data.id, node: n.data, x: vertical ? along : across, y: vertical ? across : along });
  });
  return out;
}

/** Outline-list positions: one row per visible node in pre-order, indented by `levelGap` per level. */
export function layoutIndented<T extends TreeInput>(forest: ForestNode<T>, { box, siblingGap, levelGap }: LayoutOptions): LaidOutNode<T>[] {
  const row = box.y1 - box.y0 + siblingGap;
  const out: LaidOutNode<T>[] = [];
  const stack = [...(forest.item === undefined ? forest.children : [forest])].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as ForestNode<T>;
    out.push({ id: node.id, node, x: node.depth * levelGap, y: out.length * row });
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i] as ForestNode<T>);
  }
  return out;
}

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

/**
 * Positions every visible node of `forest` for `kind`, with the parent→child links between drawn
 * nodes, an index by id and the overall bounds. Call once per data, date, expansion or layout change.
 */
export function layoutForest<T extends TreeInput>(forest: ForestNode<T>, kind: HierarchyLayout, options: LayoutOptions): ForestLayout<T> {
  let nodes: LaidOutNode<T>[];
  if (kind === 'radial') nodes = layoutRadial(forest, options);
  else if (kind === 'indented') nodes = layoutIndented(forest, options);
  else if (kind === 'compact') nodes = layoutCompact(forest, options);
  else nodes = layoutTree(forest, options, kind === 'horizontal' ? 'horizontal' : 'vertical');
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links: LaidOutLink[] = [];
  for (const n of nodes) {
    const parent = n.node.parentId;
    if (parent !== null && byId.has(parent)) links.push({ sourceId: parent, targetId: n.id });
  }
  return { kind, nodes, links, byId, box: options.box, bounds: layoutBounds(nodes, options.box) };
}
