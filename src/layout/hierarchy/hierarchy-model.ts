import type { diffHierarchies, DiffNode, HierarchyDiff } from '../../data/diff.js';
import { hierarchyAt } from '../../data/hierarchy-at.js';
import type { HierarchyAt, HierarchyNodeAt } from '../../data/hierarchy-at.js';
import type { Dataset } from '../../data/types.js';
import { expandedTo, isExpanded, withExpanded } from './expansion.js';
import type { ExpansionState } from './expansion.js';
import { flattenForest, visibleForest } from './forest.js';
import { layoutForest } from './layout-forest.js';
import type { FlatItem, ForestLayout, ForestNode, HierarchyLayout, Size } from './types.js';
import { Memo } from '../memo.js';
import { fitsAt, READABLE_PADDING } from './fit-transform.js';
import { geometryFor } from './node-geometry.js';
import type { NodeGeometry } from './node-geometry.js';
import type { changesOnly, unionUnits } from './compare.js';

export interface ModelInput {
  dataset: Dataset;
  /** The instant to show (UTC ms: the end of the date asked for), or undefined for the dataset's latest. */
  date: number | undefined;
  root: string | undefined;
  expansion: ExpansionState;
  layout: HierarchyLayout;
  /** Width of the chart in layout pixels (outline rows are cut to it); `Infinity` when unknown. */
  width: number;
  /** Name size relative to 12 px: node drawings and gaps scale with it. Default 1. */
  em?: number;
  /** Compare mode: the instant to compare `date` with (UTC ms); the tree drawn is the union of both. */
  compare?: number | undefined;
  /** Compare mode: fold unchanged units away, keeping the superiors of the changed ones. */
  changesOnly?: boolean;
}

export interface ModelView {
  /** The tree at the date; in compare mode the union tree (`roots` are `DiffNode`s, `asOf` the later date). */
  hierarchy: HierarchyAt;
  /** Compare mode: what changed between the two dates. */
  diff: HierarchyDiff | undefined;
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

/** A diff and the union tree drawn for it. */
interface Compared {
  diff: HierarchyDiff;
  hierarchy: HierarchyAt;
}

/** What sizes the drawing: the chart's width and the name size. */
type Sizing = Pick<ModelInput, 'width' | 'em' | 'compare'>;

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
 * Compare mode's maths. The model is given them rather than importing them, so that a page that
 * never compares two dates never loads them (the element imports them on demand).
 */
export interface CompareMaths {
  diffHierarchies: typeof diffHierarchies;
  unionUnits: typeof unionUnits;
  changesOnly: typeof changesOnly;
}

/**
 * The chart's pipeline, each stage memoised on its inputs so the work is done once per change:
 * data + date → hierarchy; + root → roots; + expansion → visible forest (and its outline order);
 * + layout kind → positions.
 */
export class HierarchyModel {
  private readonly hierarchyMemo = new Memo<HierarchyAt>();
  private readonly diffMemo = new Memo<Compared | undefined>();
  private readonly rootsMemo = new Memo<{ roots: HierarchyNodeAt[]; missing: boolean }>();
  private readonly forestMemo = new Memo<ForestNode<HierarchyNodeAt>>();
  private readonly flatMemo = new Memo<{ flat: FlatItem[]; index: Map<string, number> }>();
  private readonly geometryMemo = new Memo<ReturnType<typeof geometryFor>>();
  private readonly layoutMemo = new Memo<ForestLayout<HierarchyNodeAt>>();

  /** `compareMaths`: compare mode's maths once loaded; `compute` with `compare` set needs them. */
  constructor(private readonly compareMaths: () => CompareMaths | undefined = () => undefined) {}

  compute({ dataset, date, root, expansion, layout, width, em = 1, compare, changesOnly: folded = false }: ModelInput): ModelView {
    const compared = this.compared(dataset, date, compare);
    const hierarchy = compared?.hierarchy ?? this.at(dataset, date);
    const { roots, missing } = this.rootsMemo.get([hierarchy, root, folded && compared !== undefined], () => {
      const all = compared && folded ? (this.compareMaths() as CompareMaths).changesOnly(compared.diff.roots) : hierarchy.roots;
      if (!root) return { roots: all, missing: false };
      const found = findNode(all, root);
      return { roots: found ? [found] : [], missing: !found };
    });
    const forest = this.forestMemo.get([roots, expansion], () => visibleForest(roots, (id, depth) => isExpanded(expansion, id, depth)));
    const { flat, index } = this.flatMemo.get([forest], () => {
      const items = flattenForest(forest);
      return { flat: items, index: new Map(items.map((item, i) => [item.id, i])) };
    });
    const levels = layout === 'indented' ? deepest(flat) : 1;
    const marks = compare !== undefined;
    const { node, options } = this.geometryMemo.get([layout, width, levels, em, marks], () =>
      geometryFor(layout, width - 2 * READABLE_PADDING, levels, em, marks),
    );
    const laidOut = this.layoutMemo.get([forest, layout, options], () => layoutForest(forest, layout, options));
    return {
      hierarchy,
      diff: compared?.diff,
      roots,
      rootMissing: missing,
      forest,
      layout: laidOut,
      geometry: node,
      flat,
      flatIndex: index,
    };
  }

  /** What changed between `compare` and `date` (UTC ms; `date` undefined: the latest), as `compute` draws it; memoised. */
  diffFor(dataset: Dataset, date: number | undefined, compare: number): HierarchyDiff {
    return (this.compared(dataset, date, compare) as { diff: HierarchyDiff }).diff;
  }

  private at(dataset: Dataset, date: number | undefined): HierarchyAt {
    return this.hierarchyMemo.get([dataset, date], () => hierarchyAt(dataset, date));
  }

  private compared(dataset: Dataset, date: number | undefined, compare: number | undefined): Compared | undefined {
    const at = this.at(dataset, date);
    // The tree already built for the date is reused as one side of the diff.
    return this.diffMemo.get([at, compare], () => {
      if (compare === undefined) return undefined;
      const maths = this.compareMaths();
      if (!maths) throw new Error('HierarchyModel: compare mode needs its maths, which have not loaded');
      const diff = maths.diffHierarchies(dataset, compare, at);
      return { diff, hierarchy: { asOf: diff.to, roots: diff.roots, units: maths.unionUnits(diff) } };
    });
  }

  /**
   * The most readable first view of the current data: the most levels (up to `wanted`) that some
   * layout of `kinds` shows whole inside `viewport` at `minScale`, and the first such layout in
   * the order given. When not even the top level fits, the top level in the first layout. Uses the
   * hierarchy of the last `compute`.
   */
  chooseReadable(
    input: Omit<ModelInput, 'expansion' | 'layout'>,
    wanted: number,
    kinds: readonly HierarchyLayout[],
    viewport: Size,
    minScale: number,
  ): { kind: HierarchyLayout; expansion: ExpansionState } {
    const first = kinds[0] ?? 'tidy';
    const probe = this.compute({ ...input, expansion: expandedTo(0), layout: first });
    // No box fits more than a few hundred readable nodes; deeper openings are skipped uncounted.
    const limit = Math.ceil((viewport.width * viewport.height) / 1500);
    const counts = levelCounts(probe.roots, Math.min(wanted, 64), limit);
    for (let depth = counts.length - 1; depth >= 0; depth -= 1) {
      if ((counts[depth] ?? Infinity) > limit) continue;
      const forest = visibleForest(probe.roots, (id, d) => isExpanded(expandedTo(depth), id, d));
      for (const kind of kinds) {
        if (this.fits(probe.roots, expandedTo(depth), kind, input, viewport, minScale, depth + 1)) {
          // The whole tree fits: keep `wanted`, so that units moved deeper at another date still show.
          if (
            depth === counts.length - 1 &&
            (counts[depth] ?? 0) <= limit &&
            levelCounts(probe.roots, depth + 1, limit).length === depth + 1
          ) {
            return { kind, expansion: expandedTo(wanted) };
          }
          return {
            kind,
            expansion: depth < wanted ? this.openMore(probe.roots, forest, depth, kind, input, viewport, minScale) : expandedTo(depth),
          };
        }
      }
    }
    return {
      kind: first,
      expansion: this.openMore(
        probe.roots,
        visibleForest(probe.roots, () => false),
        0,
        first,
        input,
        viewport,
        minScale,
      ),
    };
  }

  private fits(
    roots: readonly HierarchyNodeAt[],
    expansion: ExpansionState,
    kind: HierarchyLayout,
    input: Sizing,
    viewport: Size,
    minScale: number,
    levels: number,
  ): boolean {
    const forest = visibleForest(roots, (id, d) => isExpanded(expansion, id, d));
    const { options } = geometryFor(kind, input.width - 2 * READABLE_PADDING, levels, input.em, input.compare !== undefined);
    return fitsAt(layoutForest(forest, kind, options).bounds, viewport, minScale);
  }

  /**
   * Past the last level that fits whole, opens the nodes of the next level one by one, in
   * outline order, while the tree still fits: "as many levels as fit", and then some.
   */
  private openMore(
    roots: readonly HierarchyNodeAt[],
    forest: ForestNode<HierarchyNodeAt>,
    depth: number,
    kind: HierarchyLayout,
    input: Sizing,
    viewport: Size,
    minScale: number,
  ): ExpansionState {
    let expansion = expandedTo(depth);
    const closed = flattenForest(forest).filter((item) => item.level === depth + 1 && item.expandable);
    // Compare mode: units with changes under them open first, so the first view shows changes rather than hides them.
    const changed = changedBelow(forest);
    if (changed.size > 0) closed.sort((a, b) => Number(changed.has(b.id)) - Number(changed.has(a.id)));
    for (const item of closed.slice(0, 24)) {
      const next = withExpanded(expansion, item.id, true);
      if (this.fits(roots, next, kind, input, viewport, minScale, depth + 2)) expansion = next;
    }
    return expansion;
  }
}

/** Ids of the drawn nodes with changed units below them (compare mode's `DiffNode.changedBelow`); empty for a single date. */
function changedBelow(forest: ForestNode<HierarchyNodeAt>): Set<string> {
  const out = new Set<string>();
  const stack = [...forest.children];
  while (stack.length > 0) {
    const node = stack.pop() as ForestNode<HierarchyNodeAt>;
    if (((node.item as Partial<DiffNode> | undefined)?.changedBelow ?? 0) > 0) out.add(node.id);
    stack.push(...node.children);
  }
  return out;
}

/** The deepest level (1-based) among `items`. */
function deepest(items: readonly FlatItem[]): number {
  let max = 1;
  for (const item of items) if (item.level > max) max = item.level;
  return max;
}

/**
 * How many nodes are drawn when the first `d` + 1 levels are open, for d = 0…`maxDepth` (fewer
 * entries when the tree is shallower); counting stops once a level passes `limit`.
 */
function levelCounts(roots: readonly HierarchyNodeAt[], maxDepth: number, limit: number): number[] {
  const counts: number[] = [];
  let level: readonly HierarchyNodeAt[] = roots;
  let total = 0;
  for (let d = 0; d <= maxDepth && level.length > 0; d += 1) {
    total += level.length;
    counts.push(total);
    if (total > limit) break;
    const next: HierarchyNodeAt[] = [];
    for (const node of level) for (const child of node.children) next.push(child);
    // Opening level d shows its children: the count at depth d includes them.
    if (next.length === 0) break;
    level = next;
  }
  return counts;
}
