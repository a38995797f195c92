import { hierarchyAt } from '../../data/hierarchy-at.js';
import type { HierarchyAt, HierarchyNodeAt } from '../../data/hierarchy-at.js';
import type { Dataset } from '../../data/types.js';
import { isExpanded } from './expansion.js';
import type { ExpansionState } from './expansion.js';
import { flattenForest, visibleForest } from './forest.js';
import { layoutForest } from './layout-forest.js';
import type { FlatItem, ForestLayout, ForestNode, HierarchyLayout } from './types.js';
import { Memo } from '../memo.js';
import { geometryFor } from './node-geometry.js';
import type { NodeGeometry } from './node-geometry.js';

export interface ModelInput {
  dataset: Dataset;
  /** The instant to show (UTC ms: the end of the date asked for), or undefined for the dataset's latest. */
  date: number | undefined;
  root: string | undefined;
  expansion: ExpansionState;
  layout: HierarchyLayout;
}

export interface ModelView {
  hierarchy: HierarchyAt;
  /** The roots drawn: every root, or the `root` unit alone. */
  roots: HierarchyNodeAt[];
  /** `root` was asked for but is not in the tree at the date. */
  rootMissing: boolean;
  forest: ForestNode<HierarchyNodeAt>;
  layout: ForestLayout<HierarchyNodeAt>;
  geometry: NodeGeometry;
  flat: FlatItem[];
  flatIndex: ReadonlyMap<string, number>;
}

function findNode(roots: readonly HierarchyNodeAt[], id: string): HierarchyNodeAt | undefined {
  const stack = [...roots];
  while (stack.length > 0) {
    const node = stack.pop() as HierarchyNodeAt;
    if (node.unit.id === id) return node;
    stack.push(...node.children);
  }
  return undefined;
}

/**
 * The chart's pipeline, each stage memoised on its inputs so the work is done once per change:
 * data + date → hierarchy; + root → roots; + expansion → visible forest (and its outline order);
 * + layout kind → positions.
 */
export class HierarchyModel {
  private readonly hierarchyMemo = new Memo<HierarchyAt>();
  private readonly rootsMemo = new Memo<{ roots: HierarchyNodeAt[]; missing: boolean }>();
  private readonly forestMemo = new Memo<ForestNode<HierarchyNodeAt>>();
  private readonly flatMemo = new Memo<{ flat: FlatItem[]; index: Map<string, number> }>();
  private readonly layoutMemo = new Memo<ForestLayout<HierarchyNodeAt>>();

  compute({ dataset, date, root, expansion, layout }: ModelInput): ModelView {
    const hierarchy = this.hierarchyMemo.get([dataset, date], () => hierarchyAt(dataset, date));
    const { roots, missing } = this.rootsMemo.get([hierarchy, root], () => {
      if (!root) return { roots: hierarchy.roots, missing: false };
      const found = findNode(hierarchy.roots, root);
      return { roots: found ? [found] : [], missing: !found };
    });
    const forest = this.forestMemo.get([roots, expansion], () => visibleForest(roots, (id, depth) => isExpanded(expansion, id, depth)));
    const { flat, index } = this.flatMemo.get([forest], () => {
      const items = flattenForest(forest);
      return { flat: items, index: new Map(items.map((item, i) => [item.id, i])) };
    });
    const { node, options } = geometryFor(layout);
    const laidOut = this.layoutMemo.get([forest, layout], () => layoutForest(forest, layout, options));
    return { hierarchy, roots, rootMissing: missing, forest, layout: laidOut, geometry: node, flat, flatIndex: index };
  }
}
