/**
 * What changed in an order of battle between two dates: each unit classified (added, removed, moved,
 * redesignated, upgraded, downgraded, defected, other, unchanged), every dated change of the data in
 * the span listed once with its date and citations, and the union of both trees in outline order for
 * drawing. Pure: no DOM, no Lit. Every walk is iterative, since trees may be 200,000 levels deep.
 */
import { echelonKind, sortKinds, unitChanges } from './diff-changes.js';
import type { ChangeContext } from './diff-changes.js';
import { hierarchyAt } from './hierarchy-at.js';
import type { HierarchyAt, UnitAt } from './hierarchy-at.js';
import type { ResolvedCitation } from './lookups.js';
import type { Arm, ChangeType, Dataset, Echelon, ParsedDate, Unit, UnitChange } from './types.js';

/**
 * How a unit differs between the two dates. `defected` means its side changed; `other` is a dated
 * change that alters none of the drawn fields (an arm, a reorganisation).
 */
export type ChangeKind = 'added' | 'removed' | 'moved' | 'redesignated' | 'upgraded' | 'downgraded' | 'defected' | 'other';
export type DiffStatus = ChangeKind | 'unchanged';

/** A unit or side named in a change, with its name as at the date the change is read from. */
export interface DiffRef {
  id: string;
  name: string;
}

/** The fields a change altered, before or after it (only those fields are present). */
export interface ChangeState {
  name?: string;
  echelon?: Echelon;
  arm?: Arm;
  /** `null`: the top of a hierarchy. */
  parent?: DiffRef | null;
  side?: DiffRef;
}

/** One dated fact of the data that falls between the two dates: a formation, a dissolution or one of a unit's `changes`. */
export interface DiffChange {
  unitId: string;
  /** The unit's name just before the change (at formation for `formed`). */
  unitName: string;
  /** The most telling kind, for a mark or a sort; `kinds` has them all (e.g. moved and defected). */
  kind: ChangeKind;
  kinds: readonly ChangeKind[];
  /** The dataset's own word: the change's `type` (e.g. `incorporated`), or `formed` / `dissolved`. */
  type: ChangeType | 'formed' | 'dissolved';
  before: ChangeState;
  after: ChangeState;
  /** The date as the dataset records it: intervals, approximate and uncertain dates keep their flags and text. */
  date: ParsedDate;
  /** The date's span reaches back to (`from`) or beyond (`to`) the compared dates: it may have happened outside the span. */
  overlaps: { from: boolean; to: boolean };
  description?: string;
  note?: string;
  citations: readonly ResolvedCitation[];
  citationNeeded: boolean;
  /** Short label of the sources, e.g. "Ili National Army [5]", with "[citation needed]" when flagged. */
  citationLabel: string;
  /** The dataset object the change comes from: the `UnitChange`, or the unit for `formed` / `dissolved`. */
  fact: UnitChange | Unit;
}

/** A node of the union of both trees. `unit` is what to draw: the state at the later date, or at the earlier one for removed units. */
export interface DiffNode {
  unit: UnitAt;
  /** The unit at the earlier date, when it was active then. */
  before: UnitAt | undefined;
  /** The unit at the later date, when it is active then. */
  after: UnitAt | undefined;
  status: DiffStatus;
  /** Every kind that applies, most telling first; empty when unchanged. */
  kinds: readonly ChangeKind[];
  /** Parent in the union tree: the parent at the later date, or at the earlier date for removed units. */
  parent: string | null;
  /** For moved units, the parent at the earlier date (`null`: it was a root), so both links can be drawn. */
  oldParent?: string | null;
  depth: number;
  /** Number of changed units below this one in the union tree: a `changes-only` view keeps a node when it or this is non-zero. */
  changedBelow: number;
  /** This unit's changes between the dates, in date order. */
  changes: readonly DiffChange[];
  children: DiffNode[];
}

export interface HierarchyDiff {
  /** The earlier and later instants compared (UTC ms). */
  from: number;
  to: number;
  /** The arguments came later date first; they were put in date order. */
  swapped: boolean;
  roots: DiffNode[];
  /** Every node in outline order (depth first, siblings by `order`, then dataset order). */
  outline: readonly DiffNode[];
  nodes: ReadonlyMap<string, DiffNode>;
  /** Every change in outline order, then date order within a unit. */
  changes: readonly DiffChange[];
  /** Number of nodes per status. */
  counts: Readonly<Record<DiffStatus, number>>;
}

/** A date to compare, or a tree already built by `hierarchyAt` on the same dataset (reused, not rebuilt). */
export type DiffPoint = string | number | Date | Pick<HierarchyAt, 'asOf' | 'units'>;

function treeOf(dataset: Dataset, point: DiffPoint): Pick<HierarchyAt, 'asOf' | 'units'> {
  return typeof point === 'object' && !(point instanceof Date) ? point : hierarchyAt(dataset, point);
}

const active = (u: UnitAt | undefined): u is UnitAt => u !== undefined && u.status === 'active';

/** The parent as `hierarchyAt` draws it: `null` when the named parent is not active at the date. */
function drawnParent(tree: Pick<HierarchyAt, 'units'>, u: UnitAt): string | null {
  return u.parent !== null && active(tree.units.get(u.parent)) ? u.parent : null;
}

/** The side the unit names itself at the date (not inherited), replaying its changes certainly in effect. */
function ownSide(u: UnitAt): string | undefined {
  let side = u.unit.side;
  for (const change of u.applied) if (change.to?.side !== undefined) side = change.to.side;
  return side;
}

/**
 * Compares the order of battle at two dates.
 *
 * Takes the dataset with the two dates (rather than two bare `hierarchyAt` results) because the
 * diff needs what a tree does not carry: side names and source titles for the words and the CSV,
 * and the dataset order of siblings. Either date may instead be a tree `hierarchyAt` already built
 * on this dataset, so a chart that has drawn one date does not build it again. A later first date
 * is swapped (`swapped: true`): the diff always reads forwards in time.
 *
 * A dated fact belongs to the span when it had not certainly happened by the earlier date and may
 * have happened by the later one (the same rule `hierarchyAt` uses for `applied` and `uncertain`);
 * `overlaps` says when its date reaches outside the span. The units drawn are those active at
 * either date, plus those formed or dissolved in between.
 */
export function diffHierarchies(dataset: Dataset, from: DiffPoint, to: DiffPoint): HierarchyDiff {
  let a = treeOf(dataset, from);
  let b = treeOf(dataset, to);
  const swapped = a.asOf > b.asOf;
  if (swapped) [a, b] = [b, a];
  const context: ChangeContext = { dataset, from: a, to: b, dates: new Map() };

  const members: { unit: Unit; index: number; before: UnitAt | undefined; after: UnitAt | undefined; atA: UnitAt; atB: UnitAt }[] = [];
  for (const [index, unit] of dataset.source.units.entries()) {
    const atA = a.units.get(unit.id);
    const atB = b.units.get(unit.id);
    if (!atA || !atB) continue;
    const formedIn = atA.status === 'not-yet-formed' && atB.status !== 'not-yet-formed';
    const dissolvedIn = atA.status !== 'dissolved' && atB.status === 'dissolved';
    if (!active(atA) && !active(atB) && !formedIn && !dissolvedIn) continue;
    members.push({ unit, index, before: active(atA) ? atA : undefined, after: active(atB) ? atB : undefined, atA, atB });
  }
  const inUnion = new Set(members.map((m) => m.unit.id));

  const nodes = new Map<string, DiffNode>();
  const childrenOf = new Map<string | null, DiffNode[]>();
  const rank = new Map<string, number>();
  for (const { unit, index, before, after, atA, atB } of members) {
    rank.set(unit.id, unit.order ?? index);
    const changes = unitChanges(context, unit, atA, atB);
    const kinds = new Set<ChangeKind>();
    let parent: string | null;
    let oldParent: string | null | undefined;
    if (before && after) {
      parent = drawnParent(b, after);
      const previous = drawnParent(a, before);
      if (previous !== parent) {
        kinds.add('moved');
        oldParent = previous;
      }
      if (before.name !== after.name) kinds.add('redesignated');
      if (before.echelon !== after.echelon) {
        const own = changes.flatMap((c) => c.kinds).find((k) => k === 'upgraded' || k === 'downgraded');
        kinds.add(echelonKind(before.echelon, after.echelon, own));
      }
      // A side inherited from an unchanged parent changed because the parent did: only the parent defected.
      // An orphan whose parent was dissolved loses its inherited side without going anywhere: not a defection.
      const sided = before.side !== undefined && after.side !== undefined && before.side !== after.side;
      if (sided && (previous !== parent || ownSide(before) !== ownSide(after))) kinds.add('defected');
      if (kinds.size === 0 && changes.length > 0) kinds.add('other');
    } else {
      parent = after ? drawnParent(b, after) : before ? drawnParent(a, before) : atB.parent;
      // Nothing to compare with on the other date: its changes are listed, but the node is only added or removed.
      if (!before) kinds.add('added');
      if (!after) kinds.add('removed');
    }
    if (parent !== null && !inUnion.has(parent)) parent = null;
    const sorted = sortKinds(kinds);
    const node: DiffNode = {
      unit: after ?? before ?? atB,
      before,
      after,
      status: sorted[0] ?? 'unchanged',
      kinds: sorted,
      parent,
      depth: 0,
      changedBelow: 0,
      changes,
      children: [],
    };
    if (oldParent !== undefined) node.oldParent = oldParent;
    nodes.set(unit.id, node);
    const siblings = childrenOf.get(parent) ?? [];
    siblings.push(node);
    childrenOf.set(parent, siblings);
  }

  for (const list of childrenOf.values()) list.sort((x, y) => (rank.get(x.unit.id) ?? 0) - (rank.get(y.unit.id) ?? 0));
  const roots = childrenOf.get(null) ?? [];
  const outline: DiffNode[] = [];
  const seen = new Set<string>();
  // Depth first with an explicit stack. Parents come from two dates, so a walk from the roots could in
  // principle miss a loop of units; any node not reached is made a root rather than dropped.
  const walk = (start: DiffNode) => {
    const stack: DiffNode[] = [start];
    while (stack.length > 0) {
      const node = stack.pop() as DiffNode;
      if (seen.has(node.unit.id)) continue;
      seen.add(node.unit.id);
      outline.push(node);
      let children = childrenOf.get(node.unit.id) ?? [];
      if (children.some((c) => seen.has(c.unit.id))) children = children.filter((c) => !seen.has(c.unit.id));
      node.children = children;
      for (let i = children.length - 1; i >= 0; i -= 1) (children[i] as DiffNode).depth = node.depth + 1;
      for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i] as DiffNode);
    }
  };
  for (const root of roots) walk(root);
  for (const node of nodes.values()) {
    if (seen.has(node.unit.id)) continue;
    node.parent = null;
    node.depth = 0;
    roots.push(node);
    walk(node);
  }

  // Children come after their parent in the outline, so one backward pass sums every subtree.
  for (let i = outline.length - 1; i >= 0; i -= 1) {
    const node = outline[i] as DiffNode;
    const parent = node.parent === null ? undefined : nodes.get(node.parent);
    if (parent) parent.changedBelow += node.changedBelow + (node.status === 'unchanged' ? 0 : 1);
  }
  const counts: Record<DiffStatus, number> = {
    added: 0,
    removed: 0,
    moved: 0,
    redesignated: 0,
    upgraded: 0,
    downgraded: 0,
    defected: 0,
    other: 0,
    unchanged: 0,
  };
  for (const node of outline) counts[node.status] += 1;
  return {
    from: a.asOf,
    to: b.asOf,
    swapped,
    roots,
    outline,
    nodes: new Map(outline.map((n) => [n.unit.id, n])),
    changes: outline.flatMap((n) => n.changes),
    counts,
  };
}
