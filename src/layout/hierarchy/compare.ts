/**
 * The hierarchy chart's compare view, without DOM: the union tree of `diffHierarchies` folded to
 * its changes, the links from moved units to their old superiors, the shapes that mark each kind of
 * change (so a mark never relies on colour), and the legend's wrapping. Pure: no DOM, no Lit.
 */
import type { ChangeKind, DiffChange, DiffNode, HierarchyDiff } from '../../data/diff.js';
import type { UnitAt } from '../../data/hierarchy-at.js';
import type { HierarchyLayout, LaidOutLink, Point } from './types.js';

const n2 = (n: number) => Math.round(n * 100) / 100 + 0;

/** The kinds in the legend's order (most telling first, as `diffHierarchies` ranks them). */
export const CHANGE_KINDS: readonly ChangeKind[] = [
  'removed',
  'added',
  'defected',
  'moved',
  'upgraded',
  'downgraded',
  'redesignated',
  'other',
];

/**
 * At most this many marks are drawn beside a symbol: in a row right of a card's symbol, or in a
 * column between a side card's or an outline row's symbol and its name. Every kind is still in the
 * node's accessible name, its tooltip and the summary.
 */
export const MAX_MARKS = { row: 4, column: 3 } as const;

/**
 * The union tree with unchanged units folded away: a node is kept when it changed or has a
 * changed unit below it, so every changed unit keeps its superiors and stays where the full tree
 * draws it. Kept nodes are shallow copies with the kept children (the diff is not altered); when
 * nothing is folded the roots are returned as they are. Iterative: trees may be very deep.
 */
export function changesOnly(roots: readonly DiffNode[]): DiffNode[] {
  const keep = (n: DiffNode) => n.status !== 'unchanged' || n.changedBelow > 0;
  const top: DiffNode[] = [];
  const stack: { node: DiffNode; into: DiffNode[] }[] = [];
  for (let i = roots.length - 1; i >= 0; i -= 1) stack.push({ node: roots[i] as DiffNode, into: top });
  while (stack.length > 0) {
    const { node, into } = stack.pop() as { node: DiffNode; into: DiffNode[] };
    if (!keep(node)) continue;
    const copy: DiffNode = { ...node, children: [] };
    into.push(copy);
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push({ node: node.children[i] as DiffNode, into: copy.children });
  }
  return top;
}

/** Units of the union tree by id, each as drawn (`DiffNode.unit`), for lookups that expect a tree's `units`. */
export function unionUnits(diff: HierarchyDiff): Map<string, UnitAt> {
  const out = new Map<string, UnitAt>();
  for (const node of diff.outline) out.set(node.unit.id, { ...node.unit, parent: node.parent });
  return out;
}

/** Links from each moved unit to its superior at the earlier date, when both are drawn (`drawn` has the ids laid out). */
export function oldParentLinks(diff: HierarchyDiff, drawn: ReadonlySet<string> | ReadonlyMap<string, unknown>): LaidOutLink[] {
  const out: LaidOutLink[] = [];
  for (const node of diff.outline) {
    const old = node.oldParent;
    if (old !== undefined && old !== null && drawn.has(old) && drawn.has(node.unit.id)) out.push({ sourceId: old, targetId: node.unit.id });
  }
  return out;
}

/**
 * Path data of the dashed link from a moved unit's old superior at `source` to the unit at
 * `target` (symbol centres): a curve, unlike the tree's elbows and straight trunks, so it never
 * reads as a link of the tree it crosses; left to right for the horizontal layout, straight for
 * the radial one, top to bottom otherwise. Drawn under the nodes, so it only shows between them.
 */
export function oldLinkPath(kind: HierarchyLayout, source: Point, target: Point): string {
  const [sx, sy, tx, ty] = [n2(source.x), n2(source.y), n2(target.x), n2(target.y)];
  if (kind === 'radial') return `M${sx},${sy}L${tx},${ty}`;
  if (kind === 'horizontal') {
    const mx = n2((sx + tx) / 2);
    return `M${sx},${sy}C${mx},${sy} ${mx},${ty} ${tx},${ty}`;
  }
  const my = n2((sy + ty) / 2);
  return `M${sx},${sy}C${sx},${my} ${tx},${my} ${tx},${ty}`;
}

/**
 * A mark beside a node's symbol: a kind of change, `uncertain` (a change whose date may lie outside
 * the span), or `below` (a collapsed node with changed units hidden under it).
 */
export type MarkKind = ChangeKind | 'uncertain' | 'below';

/** The change may have happened outside the compared span, or its date is an interval, approximate or uncertain. */
export function uncertainDate(c: Pick<DiffChange, 'overlaps' | 'date'>): boolean {
  return c.overlaps.from || c.overlaps.to || c.date.interval || c.date.uncertain || c.date.approximate;
}

/**
 * The marks drawn beside a node's symbol, most telling first, at most `max`: its kinds, then
 * `uncertain` when one of its changes may have happened outside the compared span or has an
 * interval, approximate or uncertain date (the uncertainty is never dropped for a fourth kind).
 */
export function marksOf(node: Pick<DiffNode, 'kinds' | 'changes' | 'changedBelow'>, max: number, collapsed = false): MarkKind[] {
  const uncertain = node.changes.some(uncertainDate);
  const below = collapsed && node.changedBelow > 0;
  const room = max - (uncertain ? 1 : 0) - (below ? 1 : 0);
  const marks: MarkKind[] = node.kinds.slice(0, Math.max(0, room));
  if (uncertain) marks.push('uncertain');
  if (below) marks.push('below');
  return marks;
}

/**
 * SVG path data of a kind's mark, centred on (0, 0) within a circle of radius `r`: a plus (added),
 * a minus (removed), opposed arrows (defected), an arrow (moved), a triangle up or down (upgraded,
 * downgraded), an "equals" struck through (redesignated: the name is not the same), a diamond
 * (other). Stroked, not filled, except the triangles and the diamond: shapes tell the kinds apart
 * in forced colours and in print.
 */
export function markPath(kind: ChangeKind | 'below', r: number): string {
  const a = n2(r * 0.6);
  const b = n2(r * 0.3);
  switch (kind) {
    case 'added':
      return `M${-a},0H${a}M0,${-a}V${a}`;
    case 'removed':
      return `M${-a},0H${a}`;
    case 'defected':
      return `M${-a},${-b}H${a}M${n2(a - b)},${n2(-2 * b)}L${a},${-b}L${n2(a - b)},0M${a},${b}H${-a}M${n2(-a + b)},0L${-a},${b}L${n2(-a + b)},${n2(2 * b)}`;
    case 'moved':
      return `M${-a},0H${a}M${n2(a - 2 * b)},${-n2(2 * b)}L${a},0L${n2(a - 2 * b)},${n2(2 * b)}`;
    case 'upgraded':
      return `M0,${-a}L${a},${n2(a * 0.7)}H${-a}Z`;
    case 'downgraded':
      return `M0,${a}L${a},${n2(-a * 0.7)}H${-a}Z`;
    case 'below':
      // Three dots ("more below"), drawn as round-capped zero-length strokes.
      return `M${-a},0h0.01M0,0h0.01M${a},0h0.01`;
    case 'redesignated':
      return `M${-a},${-b}H${a}M${-a},${b}H${a}M${n2(a * 0.6)},${-a}L${n2(-a * 0.6)},${a}`;
    default:
      return `M0,${-a}L${a},0L0,${a}L${-a},0Z`;
  }
}

/** Kinds whose mark is a filled shape (the rest are strokes). */
export function markFilled(kind: ChangeKind): boolean {
  return kind === 'upgraded' || kind === 'downgraded' || kind === 'other';
}

/**
 * Legend entries: each kind with units in the diff, with its count, in the legend's order; then
 * `below` (count 0) when a changed unit has a superior, so that collapsing one can hide it.
 */
export function legendEntries(diff: Pick<HierarchyDiff, 'counts' | 'roots'>): { kind: ChangeKind | 'below'; count: number }[] {
  const out: { kind: ChangeKind | 'below'; count: number }[] = CHANGE_KINDS.filter((k) => diff.counts[k] > 0).map((kind) => ({
    kind,
    count: diff.counts[kind],
  }));
  if (diff.roots.some((r) => r.changedBelow > 0)) out.push({ kind: 'below', count: 0 });
  return out;
}

/**
 * How many lines a row of items of these widths wraps to in `width` (items `gap` apart; an item
 * wider than the line takes a line of its own), as a browser's flex-wrap lays them out. At least 1.
 */
export function wrappedLines(widths: readonly number[], width: number, gap: number): number {
  let lines = 1;
  let used = 0;
  for (const w of widths) {
    if (used > 0 && used + gap + w > width) {
      lines += 1;
      used = w;
    } else {
      used += (used > 0 ? gap : 0) + w;
    }
  }
  return lines;
}
