import { hierarchy, tree } from 'd3-hierarchy';
import type { ForestNode, LaidOutNode, LayoutOptions, TreeInput } from './types.js';

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
  const root = hierarchy(top, (n) => n.children);
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
