import type { LaidOutNode, Point, TreeInput } from './types.js';

/**
 * Positions `t` (0…1, already eased) of the way from the previous layout to the next. A node new in
 * `to` starts where its nearest ancestor was drawn before (or at its own place), so new
 * subordinates grow out of their parent.
 */
export function interpolatePositions<T extends TreeInput>(
  from: ReadonlyMap<string, Point>,
  to: readonly LaidOutNode<T>[],
  toById: ReadonlyMap<string, LaidOutNode<T>>,
  t: number,
): Map<string, Point> {
  const out = new Map<string, Point>();
  for (const node of to) {
    let start = from.get(node.id);
    let parent = node.node.parentId;
    while (!start && parent !== null) {
      start = from.get(parent);
      parent = toById.get(parent)?.node.parentId ?? null;
    }
    const a = start ?? node;
    out.set(node.id, { x: a.x + (node.x - a.x) * t, y: a.y + (node.y - a.y) * t });
  }
  return out;
}
