import type { TreeInput } from './types.js';

const cache = new WeakMap<TreeInput, number>();

/** Number of nodes below `node` (all of them, expanded or not); memoised per input node. */
export function countDescendants(node: TreeInput): number {
  const hit = cache.get(node);
  if (hit !== undefined) return hit;
  let total = 0;
  for (const child of node.children) total += 1 + countDescendants(child);
  cache.set(node, total);
  return total;
}
