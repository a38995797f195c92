/**
 * The dated facts of one unit that fall between two dates, classified: the change records of
 * `diffHierarchies` (see diff.ts for the types and docs/compare.md for the rules). Pure.
 */
import { mustParseDate } from './dates.js';
import type { ChangeKind, ChangeState, DiffChange, DiffRef } from './diff.js';
import { applyChange, unitAt } from './hierarchy-at.js';
import type { ChangeableFields, HierarchyAt, UnitAt } from './hierarchy-at.js';
import { citationLabel, sourcesFor } from './lookups.js';
import { ECHELONS } from './validate/enums.js';
import type { Dataset, Echelon, ParsedDate, Unit, UnitChange } from './types.js';

/** What every change of one diff is read against: the dataset and the two trees, earlier first. */
export interface ChangeContext {
  dataset: Dataset;
  from: Pick<HierarchyAt, 'asOf' | 'units'>;
  to: Pick<HierarchyAt, 'asOf' | 'units'>;
  /** Dates parsed during this diff that the dataset's own index did not hold. */
  dates: Map<string, ParsedDate>;
}

/** Most telling first: the order of `kinds` and the choice of `status`. */
const PRECEDENCE: readonly ChangeKind[] = ['removed', 'added', 'defected', 'moved', 'upgraded', 'downgraded', 'redesignated', 'other'];
/** Echelons with a place in the size order; `unknown`, `region`, `command` and custom values have none. */
const RANKED = new Map(ECHELONS.slice(0, ECHELONS.indexOf('army-group') + 1).map((e, i) => [e as string, i]));

const NONE: readonly DiffChange[] = Object.freeze([]);

/** Kinds in the order of precedence. */
export function sortKinds(kinds: ReadonlySet<ChangeKind>): ChangeKind[] {
  return kinds.size < 2 ? [...kinds] : PRECEDENCE.filter((k) => kinds.has(k));
}

/** `upgraded` / `downgraded` when both echelons are in the size order, else the change's own type when it says so, else `other`. */
export function echelonKind(from: Echelon, to: Echelon, type?: string): ChangeKind {
  const a = RANKED.get(from);
  const b = RANKED.get(to);
  if (a !== undefined && b !== undefined) return b > a ? 'upgraded' : 'downgraded';
  return type === 'upgraded' || type === 'downgraded' ? type : 'other';
}

function dateOf(ctx: ChangeContext, text: string): ParsedDate {
  let parsed = ctx.dataset.dates.get(text) ?? ctx.dates.get(text);
  if (!parsed) ctx.dates.set(text, (parsed = mustParseDate(text)));
  return parsed;
}

/** Whether the date's span meets (from, to]: never when both dates are the same instant. */
function inSpan(ctx: ChangeContext, d: ParsedDate): boolean {
  return ctx.from.asOf < ctx.to.asOf && d.end > ctx.from.asOf && d.start <= ctx.to.asOf;
}

/** A unit named as it was at `instant` (a parent redesignated later keeps the name it had then). */
function unitRef(ctx: ChangeContext, id: string | null, instant: number): DiffRef | null {
  if (id === null) return null;
  const unit = ctx.dataset.unitsById.get(id);
  if (!unit) return { id, name: id };
  const renamed = unit.changes?.some((c) => c.to?.name !== undefined) === true;
  return { id, name: renamed ? unitAt(ctx.dataset, unit, instant).name : unit.name };
}

function sideRef(ctx: ChangeContext, id: string): DiffRef {
  return { id, name: ctx.dataset.sidesById.get(id)?.name ?? id };
}

/** A change record; `change` is undefined for a formation or dissolution, which the unit's own citations support. */
function record(
  ctx: ChangeContext,
  unit: Unit,
  unitName: string,
  kinds: ChangeKind[],
  change: UnitChange | undefined,
  before: ChangeState,
  after: ChangeState,
  date: ParsedDate,
): DiffChange {
  const fact = change ?? unit;
  const out: DiffChange = {
    unitId: unit.id,
    unitName,
    kind: kinds[0] as ChangeKind,
    kinds,
    type: change ? change.type : kinds[0] === 'added' ? 'formed' : 'dissolved',
    before,
    after,
    date,
    overlaps: { from: date.start <= ctx.from.asOf, to: date.end > ctx.to.asOf },
    citations: sourcesFor(ctx.dataset, fact),
    citationNeeded: fact.citationNeeded === true,
    citationLabel: citationLabel(ctx.dataset, fact),
    fact,
  };
  if (change?.description !== undefined) out.description = change.description;
  if (change?.note !== undefined) out.note = change.note;
  return out;
}

/** The unit's dated facts in the span, in date order: its formation, its changes, its dissolution. */
export function unitChanges(ctx: ChangeContext, unit: Unit, atA: UnitAt, atB: UnitAt): readonly DiffChange[] {
  // Most units have no dated change: share one empty list rather than replaying nothing.
  if (atA.status === atB.status && unit.changes === undefined) return NONE;
  const out: DiffChange[] = [];
  if (atA.status === 'not-yet-formed' && atB.status !== 'not-yet-formed' && unit.formed !== undefined) {
    const date = dateOf(ctx, unit.formed);
    const after: ChangeState = { name: atA.name, echelon: atA.echelon, parent: unitRef(ctx, atA.parent, date.end) };
    out.push(record(ctx, unit, atA.name, ['added'], undefined, {}, after, date));
  }
  // Replays the unit's own fields (its side too, not an inherited one) so each change knows what it replaced.
  const state: ChangeableFields = { name: unit.name, echelon: unit.echelon, arm: unit.arm, parent: unit.parent ?? null, side: unit.side };
  for (const change of unit.changes ?? []) {
    const date = dateOf(ctx, change.date);
    const to = change.to ?? {};
    if (inSpan(ctx, date)) {
      const before: ChangeState = {};
      const after: ChangeState = {};
      const kinds = new Set<ChangeKind>();
      if (to.parent !== undefined && to.parent !== state.parent) {
        before.parent = unitRef(ctx, state.parent, date.start);
        after.parent = unitRef(ctx, to.parent, date.end);
        kinds.add('moved');
      }
      if (to.name !== undefined && to.name !== state.name) {
        before.name = state.name;
        after.name = to.name;
        kinds.add('redesignated');
      }
      if (to.echelon !== undefined && to.echelon !== state.echelon) {
        before.echelon = state.echelon;
        after.echelon = to.echelon;
        kinds.add(echelonKind(state.echelon, to.echelon, change.type));
      }
      const previousSide = state.side ?? atA.side;
      if (to.side !== undefined && to.side !== previousSide) {
        if (previousSide !== undefined) before.side = sideRef(ctx, previousSide);
        after.side = sideRef(ctx, to.side);
        kinds.add('defected');
      }
      if (to.arm !== undefined && to.arm !== state.arm) {
        if (state.arm !== undefined) before.arm = state.arm;
        after.arm = to.arm;
      }
      if (change.type === 'defected') kinds.add('defected');
      out.push(record(ctx, unit, state.name, kinds.size > 0 ? sortKinds(kinds) : ['other'], change, before, after, date));
    }
    applyChange(state, change);
  }
  if (atA.status !== 'dissolved' && atB.status === 'dissolved' && unit.dissolved !== undefined) {
    out.push(record(ctx, unit, atB.name, ['removed'], undefined, {}, {}, dateOf(ctx, unit.dissolved)));
  }
  return out;
}
