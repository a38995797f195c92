import { layoutBounds } from './layout-bounds.js';
import { layoutIndented } from './layout-indented.js';
import { layoutRadial } from './layout-radial.js';
import { layoutTree } from './layout-tree.js';
import type { ForestLayout, ForestNode, HierarchyLayout, LaidOutLink, LaidOutNode, LayoutOptions, TreeInput } from './types.js';

/**
 * Positions every visible node of `forest` for `kind`, with the parent→child links between drawn
 * nodes, an index by id and the overall bounds. Call once per data, date, expansion or layout change.
 */
export function layoutForest<T extends TreeInput>(forest: ForestNode<T>, kind: HierarchyLayout, options: LayoutOptions): ForestLayout<T> {
  let nodes: LaidOutNode<T>[];
  if (kind === 'radial') nodes = layoutRadial(forest, options);
  else if (kind === 'indented') nodes = layoutIndented(forest, options);
  else nodes = layoutTree(forest, options, kind === 'horizontal' ? 'horizontal' : 'vertical');
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links: LaidOutLink[] = [];
  for (const n of nodes) {
    const parent = n.node.parentId;
    if (parent !== null && byId.has(parent)) links.push({ sourceId: parent, targetId: n.id });
  }
  return { kind, nodes, links, byId, box: options.box, bounds: layoutBounds(nodes, options.box) };
}
