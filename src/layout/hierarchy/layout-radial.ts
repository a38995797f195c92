import { tree } from 'd3-hierarchy';
import { hierarchyOf } from './forest.js';
import type { ForestNode, LaidOutNode, LayoutOptions, TreeInput } from './types.js';

/** One tree on rings around its root at the origin. */
function radialTree<T extends TreeInput>(top: ForestNode<T>, { box, siblingGap, levelGap }: LayoutOptions): LaidOutNode<T>[] {
  const width = box.x1 - box.x0;
  const height = box.y1 - box.y0;
  const root = hierarchyOf(top);
  tree<ForestNode<T>>()
    .size([2 * Math.PI, 1])
    .separation((a, b) => (a.parent === b.parent ? 1 : 2) / a.depth)(root);

  const anglesByDepth = new Map<number, number[]>();
  root.each((n) => {
    if (n.depth === 0) return;
    const list = anglesByDepth.get(n.depth) ?? [];
    list.push(n.x ?? 0);
    anglesByDepth.set(n.depth, list);
  });
  let ring = Math.max(width, height) + levelGap;
  const chord = width + siblingGap;
  for (const [depth, angles] of anglesByDepth) {
    if (angles.length < 2) continue;
    angles.sort((a, b) => a - b);
    let gap = 2 * Math.PI - ((angles[angles.length - 1] as number) - (angles[0] as number));
    for (let i = 1; i < angles.length; i += 1) gap = Math.min(gap, (angles[i] as number) - (angles[i - 1] as number));
    const needed = chord / (2 * Math.sin(Math.min(gap, Math.PI) / 2));
    ring = Math.max(ring, needed / depth);
  }

  const out: LaidOutNode<T>[] = [];
  root.each((n) => {
    const angle = n.x ?? 0;
    const radius = n.depth * ring;
    out.push({ id: n.data.id, node: n.data, x: radius * Math.sin(angle), y: -radius * Math.cos(angle) });
  });
  return out;
}

/**
 * Radial tree positions: d3-hierarchy `tree` over angles (siblings closer than cousins, spacing
 * divided by depth), projected on rings around the root. The ring gap is the smallest that keeps
 * adjacent nodes on every ring at least a box width apart and rings a box apart. Angle 0 points
 * up. Several roots give several circles side by side, each root at its centre (y = 0).
 */
export function layoutRadial<T extends TreeInput>(forest: ForestNode<T>, options: LayoutOptions): LaidOutNode<T>[] {
  const roots = forest.item === undefined ? forest.children : [forest];
  if (roots.length === 1) return radialTree(roots[0] as ForestNode<T>, options);
  const out: LaidOutNode<T>[] = [];
  let offset = 0;
  for (const root of roots) {
    const nodes = radialTree(root, options);
    const x0 = Math.min(...nodes.map((n) => n.x)) + options.box.x0;
    const x1 = Math.max(...nodes.map((n) => n.x)) + options.box.x1;
    for (const n of nodes) out.push({ ...n, x: n.x + offset - x0 });
    offset += x1 - x0 + options.levelGap;
  }
  return out;
}
