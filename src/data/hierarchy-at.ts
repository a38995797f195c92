import { mustParseDate, toInstant } from './dates.js';
import { collectHistoricalDateStrings } from './build-dataset.js';
import type { Arm, Dataset, Echelon, ParsedDate, Person, Role, Unit, UnitChange } from './types.js';

/** Where a unit stands at the date asked for. */
export type UnitStatus = 'not-yet-formed' | 'active' | 'dissolved';

/** A unit as it was at a date: its state after every change that had certainly happened by then. */
export interface UnitAt {
  id: string;
  unit: Unit;
  name: string;
  echelon: Echelon;
  arm: Arm | undefined;
  side: string | undefined;
  parent: string | null;
  status: UnitStatus;
  /** Changes certainly in effect at the date, oldest first. */
  applied: UnitChange[];
  /** Changes whose date range contains the date: they may or may not have happened yet. */
  uncertain: UnitChange[];
  /** Changes still to come after the date. */
  upcoming: UnitChange[];
  /** People commanding or leading the unit at the date. */
  leaders: { person: Person; role: Role }[];
}

/** A node of the tree as of a date; children are ordered by `order`, then dataset order. */
export interface HierarchyNodeAt {
  unit: UnitAt;
  children: HierarchyNodeAt[];
}

export interface HierarchyAt {
  /** The instant the tree describes (UTC ms). */
  asOf: number;
  /** One root per side hierarchy, plus any unit whose parent is not present at the date. */
  roots: HierarchyNodeAt[];
  /** Every unit of the dataset at the date, including those not yet formed or dissolved. */
  units: ReadonlyMap<string, UnitAt>;
}

export interface HierarchyOptions {
  /** Keep units that are not yet formed or already dissolved in the tree (marked by `status`). */
  includeInactive?: boolean;
}

const LEADER_ROLES = new Set(['commander-in-chief', 'commander', 'leader', 'political-commissar', 'deputy-commander-in-chief']);

const spans = new WeakMap<Dataset, { start: number; end: number }>();

/**
 * The span the history covers: `meta.dateRange` when given, else the dates of units, roles, figures
 * and events. Sources' publication and access dates never count (they would make "latest" 2021).
 */
function historySpan(dataset: Dataset): { start: number; end: number } {
  const cached = spans.get(dataset);
  if (cached) return cached;
  const range = dataset.source.meta.dateRange;
  const texts = range === undefined ? collectHistoricalDateStrings(dataset.source) : [range];
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const text of texts) {
    const date = dateOf(dataset, text);
    if (!date) continue;
    start = Math.min(start, date.start);
    end = Math.max(end, date.end);
  }
  const span = Number.isFinite(start) ? { start, end } : { start: Date.now(), end: Date.now() };
  spans.set(dataset, span);
  return span;
}

/** The latest instant of the history; the default "now" of every chart. */
export function latestInstant(dataset: Dataset): number {
  return historySpan(dataset).end;
}

/** The earliest instant of the history. */
export function earliestInstant(dataset: Dataset): number {
  return historySpan(dataset).start;
}

const rolesByUnit = new WeakMap<Dataset, Map<string, Role[]>>();

/** Leader roles per unit id, indexed once per dataset (a scan per unit would be units × roles). */
function leaderRoles(dataset: Dataset, unitId: string): readonly Role[] {
  let index = rolesByUnit.get(dataset);
  if (!index) {
    index = new Map();
    for (const role of dataset.source.roles ?? []) {
      if (role.unit === undefined || !LEADER_ROLES.has(role.type)) continue;
      const list = index.get(role.unit) ?? [];
      list.push(role);
      index.set(role.unit, list);
    }
    rolesByUnit.set(dataset, index);
  }
  return index.get(unitId) ?? [];
}

function dateOf(dataset: Dataset, text: string | undefined): ParsedDate | undefined {
  if (text === undefined) return undefined;
  return dataset.dates.get(text) ?? mustParseDate(text);
}

/** Whether a role's `from`/`to` span contains the instant (open ends count as unbounded). */
export function roleActiveAt(dataset: Dataset, role: Role, asOf: number): boolean {
  const from = dateOf(dataset, role.from);
  const to = dateOf(dataset, role.to);
  return (!from || from.start <= asOf) && (!to || to.end >= asOf);
}

/** The fields of a unit a dated change can alter, as they stand at some moment. */
export interface ChangeableFields {
  name: string;
  echelon: Unit['echelon'];
  arm: Unit['arm'];
  side: Unit['side'];
  parent: string | null;
}

/** Writes what `change` sets into `state`: the one replay rule for `unitAt` and the diff. */
export function applyChange(state: ChangeableFields, change: UnitChange): void {
  const to = change.to ?? {};
  if (to.name !== undefined) state.name = to.name;
  if (to.echelon !== undefined) state.echelon = to.echelon;
  if (to.arm !== undefined) state.arm = to.arm;
  if (to.side !== undefined) state.side = to.side;
  if (to.parent !== undefined) state.parent = to.parent;
}

/** The state of one unit at an instant. */
export function unitAt(dataset: Dataset, unit: Unit, asOf: number): UnitAt {
  const formed = dateOf(dataset, unit.formed);
  const dissolved = dateOf(dataset, unit.dissolved);
  const status: UnitStatus =
    formed && asOf < formed.start ? 'not-yet-formed' : dissolved && asOf >= dissolved.start ? 'dissolved' : 'active';
  const state: ChangeableFields = {
    name: unit.name,
    echelon: unit.echelon,
    arm: unit.arm,
    side: unit.side,
    parent: unit.parent ?? null,
  };
  const applied: UnitChange[] = [];
  const uncertain: UnitChange[] = [];
  const upcoming: UnitChange[] = [];
  for (const change of unit.changes ?? []) {
    const when = dateOf(dataset, change.date) as ParsedDate;
    if (asOf >= when.end) {
      applied.push(change);
      applyChange(state, change);
    } else if (asOf >= when.start) uncertain.push(change);
    else upcoming.push(change);
  }
  const leaders = leaderRoles(dataset, unit.id)
    .filter((role) => roleActiveAt(dataset, role, asOf))
    .flatMap((role) => {
      const person = dataset.peopleById.get(role.person);
      return person ? [{ person, role }] : [];
    });
  return { id: unit.id, unit, ...state, status, applied, uncertain, upcoming, leaders };
}

/**
 * The order of battle as of `date` (a date string means the end of that day, month or year:
 * everything that had certainly happened by then). Defaults to the dataset's latest date.
 * Sides are inherited down the tree at the date, so a regiment that moves to another parent
 * takes that parent's side unless it names its own.
 */
export function hierarchyAt(dataset: Dataset, date?: string | number | Date, options: HierarchyOptions = {}): HierarchyAt {
  const asOf = date === undefined ? latestInstant(dataset) : typeof date === 'string' ? mustParseDate(date).end : toInstant(date);
  const units = new Map<string, UnitAt>();
  dataset.source.units.forEach((unit) => units.set(unit.id, unitAt(dataset, unit, asOf)));

  const visible = (u: UnitAt) => options.includeInactive === true || u.status === 'active';
  const order = new Map(dataset.source.units.map((unit, index) => [unit.id, unit.order ?? index]));
  const childrenOf = new Map<string | null, UnitAt[]>();
  for (const u of units.values()) {
    if (!visible(u)) continue;
    const parent = u.parent !== null && units.has(u.parent) && visible(units.get(u.parent) as UnitAt) ? u.parent : null;
    const list = childrenOf.get(parent) ?? [];
    list.push(u);
    childrenOf.set(parent, list);
  }
  for (const list of childrenOf.values()) list.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));

  // Depth first with an explicit stack, not recursion: a valid chain of 200,000 levels must not
  // overflow the call stack. Siblings are pushed in reverse so they are visited (and appended) in order.
  const roots: HierarchyNodeAt[] = [];
  const seen = new Set<string>();
  const stack: { unit: UnitAt; side: string | undefined; into: HierarchyNodeAt[] }[] = [];
  const pushChildren = (list: readonly UnitAt[] | undefined, side: string | undefined, into: HierarchyNodeAt[]) => {
    for (let i = (list?.length ?? 0) - 1; i >= 0; i -= 1) stack.push({ unit: (list as readonly UnitAt[])[i] as UnitAt, side, into });
  };
  pushChildren(childrenOf.get(null), undefined, roots);
  while (stack.length > 0) {
    const { unit: u, side, into } = stack.pop() as { unit: UnitAt; side: string | undefined; into: HierarchyNodeAt[] };
    if (seen.has(u.id)) continue;
    seen.add(u.id);
    if (u.side === undefined && side !== undefined) u.side = side;
    const node: HierarchyNodeAt = { unit: u, children: [] };
    into.push(node);
    pushChildren(childrenOf.get(u.id), u.side, node.children);
  }
  return { asOf, roots, units };
}
