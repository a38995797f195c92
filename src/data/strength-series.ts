import { DAY, mustParseDate, toInstant } from './dates.js';
import { sourcesFor } from './lookups.js';
import type { ResolvedCitation } from './lookups.js';
import type { Dataset, Measure, ParsedDate, StrengthObservation } from './types.js';

/** How a value was stated: a number, a range, or words interpreted as a range or number. */
export type ValueKind = 'exact' | 'range' | 'approximate';

/** One observation, resolved for charting. `min === max` for exact values. */
export interface StrengthPoint {
  observation: StrengthObservation;
  id: string;
  measure: Measure;
  subject: string;
  /** The subject's display name: its `subjectLabel`, unit name or side name. */
  subjectName: string;
  side: string | undefined;
  date: ParsedDate;
  kind: ValueKind;
  min: number;
  max: number;
  /** The single figure to use where one is needed: the exact value, else the midpoint. */
  value: number;
  /** The source's words for approximate values ("a few hundred"). */
  approximate?: string;
  /** How the dataset author turned the words into numbers. */
  interpretation?: string;
  /** Ids of observations this one contradicts or is contradicted by. */
  disputedWith: string[];
  citations: ResolvedCitation[];
}

export interface StrengthFilter {
  /** One measure or several. */
  measure?: Measure | readonly Measure[];
  /** A unit id or side id; for a unit, its observations only (not its descendants'). */
  subject?: string;
  /** A side id, or `all`. */
  side?: string;
  from?: string | number | Date;
  to?: string | number | Date;
}

const unitSides = new WeakMap<Dataset, Map<string, string | undefined>>();

/**
 * The side of a unit: its own, else its nearest superior's. Memoised per dataset and filled along the
 * walk up, so many observations of units deep in a long chain stay linear, not observations x depth.
 */
function unitSide(dataset: Dataset, id: string): string | undefined {
  let memo = unitSides.get(dataset);
  if (!memo) unitSides.set(dataset, (memo = new Map()));
  const known = memo.get(id);
  if (known !== undefined || memo.has(id)) return known;
  const walked: string[] = [];
  let side: string | undefined;
  for (let unit = dataset.unitsById.get(id); unit; unit = unit.parent ? dataset.unitsById.get(unit.parent) : undefined) {
    if (memo.has(unit.id)) {
      side = memo.get(unit.id);
      break;
    }
    if (unit.side) {
      side = unit.side;
      memo.set(unit.id, side);
      break;
    }
    if (walked.length > dataset.unitsById.size) break; // a cycle (validation rejects them; never loop)
    walked.push(unit.id);
  }
  for (let i = 0; i < walked.length; i += 1) memo.set(walked[i] as string, side);
  return side;
}

function sideOf(dataset: Dataset, o: StrengthObservation): string | undefined {
  if (o.side) return o.side;
  if (dataset.sidesById.has(o.subject)) return o.subject;
  return unitSide(dataset, o.subject);
}

/**
 * Resolves one observation (value kind, range, side, sources, disputes). A strength chart resolves
 * thousands at first paint, so no spread copies or destructured arrays: they were most of its time.
 */
export function strengthPoint(dataset: Dataset, o: StrengthObservation, disputes: ReadonlyMap<string, Set<string>>): StrengthPoint {
  const v = o.value;
  let kind: ValueKind;
  let min: number;
  let max: number;
  let value: number;
  if (typeof v === 'number') {
    kind = 'exact';
    min = max = value = v;
  } else if ('approximate' in v && 'value' in v) {
    kind = 'approximate';
    min = max = value = v.value;
  } else {
    kind = 'approximate' in v ? 'approximate' : 'range';
    min = v.min;
    max = v.max;
    value = (min + max) / 2;
  }
  const disputedWith = disputes.get(o.id);
  const point: StrengthPoint = {
    observation: o,
    id: o.id,
    measure: o.measure,
    subject: o.subject,
    subjectName: o.subjectLabel ?? dataset.unitsById.get(o.subject)?.name ?? dataset.sidesById.get(o.subject)?.name ?? o.subject,
    side: sideOf(dataset, o),
    date: dataset.dates.get(o.date) ?? mustParseDate(o.date),
    kind,
    min,
    max,
    value,
    disputedWith: disputedWith === undefined ? [] : [...disputedWith],
    citations: sourcesFor(dataset, o),
  };
  // Only an approximate value has words, and only words can have an interpretation.
  if (typeof v !== 'number' && 'approximate' in v) {
    if (v.approximate !== undefined) point.approximate = v.approximate;
    if (v.interpretation !== undefined) point.interpretation = v.interpretation;
  }
  return point;
}

/** Dispute links made symmetric: if A disputes B, B is disputed by A. */
function disputeIndex(observations: readonly StrengthObservation[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    const set = index.get(a) ?? new Set<string>();
    set.add(b);
    index.set(a, set);
  };
  for (let i = 0; i < observations.length; i += 1) {
    const o = observations[i] as StrengthObservation;
    const disputes = o.disputes;
    if (!disputes) continue;
    for (let j = 0; j < disputes.length; j += 1) {
      link(o.id, disputes[j] as string);
      link(disputes[j] as string, o.id);
    }
  }
  return index;
}

/**
 * Observations matching the filter, in time order (by the date's start, then dataset order).
 * Dates filter by overlap: an observation dated "1946/1947" is inside `from: "1947-01-01"`.
 */
export function strengthSeries(dataset: Dataset, filter: StrengthFilter = {}): StrengthPoint[] {
  const all = dataset.source.strength ?? [];
  const measures = filter.measure === undefined ? undefined : new Set<string>([filter.measure].flat());
  const from = filter.from === undefined ? -Infinity : toInstant(filter.from);
  const to = filter.to === undefined ? Infinity : typeof filter.to === 'string' ? mustParseDate(filter.to).end : toInstant(filter.to);
  const side = filter.side === 'all' ? undefined : filter.side;
  const disputes = disputeIndex(all);
  const points: StrengthPoint[] = [];
  let sorted = true;
  // Indexed loops, not for…of: a chart's first paint runs this before the engine has optimised it,
  // and an unoptimised for…of steps an iterator object per figure.
  for (let i = 0; i < all.length; i += 1) {
    const o = all[i] as StrengthObservation;
    // Measure and subject are the observation's own: checked before resolving the point.
    if (measures && !measures.has(o.measure)) continue;
    if (filter.subject !== undefined && o.subject !== filter.subject) continue;
    const point = strengthPoint(dataset, o, disputes);
    if (side !== undefined && point.side !== side) continue;
    if (point.date.end < from || point.date.start > to) continue;
    const previous = points[points.length - 1];
    if (previous && point.date.start < previous.date.start) sorted = false;
    points.push(point);
  }
  // Datasets are often written in date order, and then there is nothing to sort.
  return sorted ? points : byStart(points);
}

/**
 * The points in order of their date's start, points on one start in their given order (a stable
 * sort) without a comparator call per comparison: dates start at midnight UTC, so each start is a
 * whole day, and `day * count + index` orders by day, then index, as one number the typed array
 * sorts natively. An order of battle's thousands of figures sort in a third of the time of
 * `Array.prototype.sort` with a comparator, which remains for a start that is not a whole day.
 */
function byStart(points: StrengthPoint[]): StrengthPoint[] {
  const count = points.length;
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i += 1) {
    const day = (points[i] as StrengthPoint).date.start / DAY;
    const key = day * count + i;
    if (!Number.isInteger(day) || !Number.isSafeInteger(key)) return points.sort((a, b) => a.date.start - b.date.start);
    keys[i] = key;
  }
  keys.sort();
  const out = new Array<StrengthPoint>(count);
  // The index is the key modulo count (the remainder of a negative key is negative, hence + count).
  for (let k = 0; k < count; k += 1) out[k] = points[(((keys[k] as number) % count) + count) % count] as StrengthPoint;
  return out;
}

/** The measures that have at least one observation, in first-seen order. */
export function measuresOf(dataset: Dataset): Measure[] {
  return [...new Set((dataset.source.strength ?? []).map((o) => o.measure))];
}
