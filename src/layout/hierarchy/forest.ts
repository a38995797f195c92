import { hierarchy } from 'd3-hierarchy';
import type { HierarchyNode } from 'd3-hierarchy';
import type { FlatItem, ForestNode, TreeInput } from './types.js';

/** Id of the virtual super-root that holds several roots; never drawn. */
export const FOREST_ROOT_ID = '\u0000forest';

/**
 * The part of a forest that is drawn: each node's children are kept only when
 * `isExpanded(id, depth)` says so. Returns a virtual super-root whose children are the roots.
 * Iterative, so a chain of any depth cannot overflow the stack.
 */
export function visibleForest<T extends TreeInput>(roots: readonly T[], isExpanded: (id: string, depth: number) => boolean): ForestNode<T> {
  const top: ForestNode<T> = {
    id: FOREST_ROOT_ID,
    item: undefined,
    children: [],
    childCount: roots.length,
    expanded: true,
    depth: -1,
    parentId: null,
  };
  const stack: { item: T; parent: ForestNode<T> }[] = [];
  for (let i = roots.length - 1; i >= 0; i -= 1) stack.push({ item: roots[i] as T, parent: top });
  // Children are pushed in reverse and popped in order, so each parent's list fills in input order.
  while (stack.length > 0) {
    const { item, parent } = stack.pop() as { item: T; parent: ForestNode<T> };
    const id = item.unit.id;
    const depth = parent.depth + 1;
    const expanded = item.children.length > 0 && isExpanded(id, depth);
    const node: ForestNode<T> = {
      id,
      item,
      children: [],
      childCount: item.children.length,
      expanded,
      depth,
      parentId: parent.item === undefined ? null : parent.id,
    };
    parent.children.push(node);
    if (expanded) for (let i = item.children.length - 1; i >= 0; i -= 1) stack.push({ item: item.children[i] as T, parent: node });
  }
  return top;
}

/** The visible nodes in outline (pre-)order, with ARIA level, set size and position (virtual root excluded). */
export function flattenForest<T extends TreeInput>(forest: ForestNode<T>): FlatItem[] {
  const out: FlatItem[] = [];
  const stack: { node: ForestNode<T>; setSize: number; posInSet: number }[] = [];
  const push = (siblings: readonly ForestNode<T>[]) => {
    for (let i = siblings.length - 1; i >= 0; i -= 1)
      stack.push({ node: siblings[i] as ForestNode<T>, setSize: siblings.length, posInSet: i + 1 });
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

const counts = new WeakMap<TreeInput, number>();

/** Number of nodes below `node` (all of them, expanded or not); memoised per input node. */
export function countDescendants(node: TreeInput): number {
  const hit = counts.get(node);
  if (hit !== undefined) return hit;
  // Post-order without recursion: deep chains must not overflow the stack.
  const stack: { node: TreeInput; done: boolean }[] = [{ node, done: false }];
  while (stack.length > 0) {
    const top = stack.pop() as { node: TreeInput; done: boolean };
    if (counts.has(top.node)) continue;
    if (top.done) {
      let total = 0;
      for (const child of top.node.children) total += 1 + (counts.get(child) ?? 0);
      counts.set(top.node, total);
      continue;
    }
    stack.push({ node: top.node, done: true });
    for (const child of top.node.children) if (!counts.has(child)) stack.push({ node: child, done: false });
  }
  return counts.get(node) ?? 0;
}

/** The fields of d3's node that {@link hierarchyOf} sets itself. */
interface BuiltNode<T> {
  data: T;
  depth: number;
  height: number;
  parent: BuiltNode<T> | null;
  children?: BuiltNode<T>[];
}

/**
 * `hierarchy(top, (n) => n.children)` in linear time. d3 sets heights by walking up from every node
 * in turn, a cost of nodes × depth: 106 s of a 200,000-level chain's expand-all went there. Here one
 * breadth-first pass builds d3's own nodes (so `tree()` and every method work) and one reverse pass
 * sets the heights.
 */
export function hierarchyOf<T extends { children: readonly T[] }>(top: T): HierarchyNode<T> {
  const root = hierarchy(top, () => null);
  const Node = root.constructor as new (data: T) => BuiltNode<T>;
  const order: BuiltNode<T>[] = [root as unknown as BuiltNode<T>];
  for (let i = 0; i < order.length; i += 1) {
    const node = order[i] as BuiltNode<T>;
    if (node.data.children.length === 0) continue;
    node.children = node.data.children.map((data) => {
      const child = new Node(data);
      child.parent = node;
      child.depth = node.depth + 1;
      order.push(child);
      return child;
    });
  }
  for (let i = order.length - 1; i > 0; i -= 1) {
    const node = order[i] as BuiltNode<T>;
    const parent = node.parent as BuiltNode<T>;
    if (parent.height < node.height + 1) parent.height = node.height + 1;
  }
  return root;
}
