import type { ForestNode, TreeInput } from './types.js';

/** Id of the virtual super-root that holds several roots; never drawn. */
export const FOREST_ROOT_ID = '\u0000forest';

/**
 * The part of a forest that is drawn: each node's children are kept only when
 * `isExpanded(id, depth)` says so. Returns a virtual super-root whose children are the roots.
 */
export function visibleForest<T extends TreeInput>(
  roots: readonly T[],
  isExpanded: (id: string, depth: number) => boolean,
): ForestNode<T> {
  const build = (item: T, depth: number, parentId: string | null): ForestNode<T> => {
    const id = item.unit.id;
    const expanded = item.children.length > 0 && isExpanded(id, depth);
    const node: ForestNode<T> = { id, item, children: [], childCount: item.children.length, expanded, depth, parentId };
    if (expanded) node.children = (item.children as readonly T[]).map((child) => build(child, depth + 1, id));
    return node;
  };
  return {
    id: FOREST_ROOT_ID,
    item: undefined,
    children: roots.map((root) => build(root, 0, null)),
    childCount: roots.length,
    expanded: true,
    depth: -1,
    parentId: null,
  };
}
