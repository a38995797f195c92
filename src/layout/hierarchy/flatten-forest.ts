import type { FlatItem, ForestNode, TreeInput } from './types.js';

/** The visible nodes in outline (pre-)order, with ARIA level, set size and position (virtual root excluded). */
export function flattenForest<T extends TreeInput>(forest: ForestNode<T>): FlatItem[] {
  const out: FlatItem[] = [];
  const stack: { node: ForestNode<T>; setSize: number; posInSet: number }[] = [];
  const push = (siblings: readonly ForestNode<T>[]) => {
    for (let i = siblings.length - 1; i >= 0; i -= 1) stack.push({ node: siblings[i] as ForestNode<T>, setSize: siblings.length, posInSet: i + 1 });
  };
  push(forest.item === undefined ? forest.children : [forest]);
  while (stack.length > 0) {
    const { node, setSize, posInSet } = stack.pop() as { node: ForestNode<T>; setSize: number; posInSet: number };
    out.push({
      id: node.id,
      parentId: node.parentId,
      level: node.depth + 1,
      setSize,
      posInSet,
      expandable: node.childCount > 0,
      expanded: node.expanded,
    });
    push(node.children);
  }
  return out;
}
