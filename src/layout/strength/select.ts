import { parseDate } from '../../data/dates.js';
import { localizedName } from '../../data/lookups.js';
import { measuresOf, strengthSeries } from '../../data/strength-series.js';
import type { StrengthPoint } from '../../data/strength-series.js';
import type { Dataset, Echelon, Measure, ParsedDate, Problem, Unit } from '../../data/types.js';
import type { RuleEvent } from './time-axis.js';

/** How the figures are grouped: along a time axis, or one bar per unit at a snapshot date. */
export type Grouping = 'time' | 'subject';

/** The element's filter attributes, as written. */
export interface FilterAttributes {
  measure: string;
  /** Subjects separated by spaces or commas: unit or side ids, or `children-of:ID` for a unit's direct subordinates. */
  subject: string;
  side: string;
  from: string;
  to: string;
  /** Only units of these echelons (space- or comma-separated), e.g. `regiment`. */
  echelon?: string;
  /** `auto` (the default) picks `subject` for many units at one or a few dates. */
  group?: Grouping | 'auto';
  /** The chart's language, for unit names. */
  lang?: string;
}

/** Who a subject is, for labels, legends and the by-unit view's order. */
export interface SubjectInfo {
  id: string;
  /** Its name in the chart's language (or the figure's own `subjectLabel`). */
  name: string;
  echelon: Echelon | undefined;
  /** Depth in the hierarchy (0 for a top unit or a side). */
  depth: number;
  /** Position in the hierarchy's reading order (sides first, then units depth first). */
  order: number;
}

export interface Selection {
  points: StrengthPoint[];
  /** Panel order: the measures asked for. */
  measures: Measure[];
  /** The time span asked for with `from`/`to`, completed from the figures. */
  domain: [number, number] | undefined;
  /** Bad `from`/`to`/`date` values; the chart shows them instead of drawing. */
  problems: Problem[];
  group: Grouping;
  /** The subjects of the figures, by id. */
  subjects: Map<string, SubjectInfo>;
  /** By-unit view: the date the snapshot was asked for (undefined: each unit's latest figure). */
  snapshot?: ParsedDate | undefined;
}

const SPLIT = /[\s,]+/;
const words = (text: string | undefined) =>
  (text ?? '')
    .split(SPLIT)
    .map((w) => w.trim())
    .filter(Boolean);

/** Many units at one or a few dates read best as one bar per unit. */
export function autoGrouping(points: readonly StrengthPoint[]): Grouping {
  const subjects = new Set<string>();
  const dates = new Set<string>();
  for (let i = 0; i < points.length; i += 1) {
    const p = points[i] as StrengthPoint;
    subjects.add(p.subject);
    // Past four dates the answer is known: a time axis.
    if (dates.add(p.date.text).size > 4) return 'time';
  }
  return subjects.size >= 6 ? 'subject' : 'time';
}

/**
 * Every unit and side with its localized name, depth and reading order: sides first, then units
 * depth first by their original parents, siblings by `order` then dataset order, as the hierarchy
 * draws them (so the by-unit view reads like the tree). A loop, not recursion: chains of any depth.
 */
function subjectIndex(dataset: Dataset, lang: string): { info: Map<string, SubjectInfo>; parentOf: Map<string, string | null> } {
  const info = new Map<string, SubjectInfo>();
  const parentOf = new Map<string, string | null>();
  let order = 0;
  for (const side of dataset.sidesById.values()) {
    info.set(side.id, { id: side.id, name: localizedName(side, lang).text, echelon: undefined, depth: 0, order: order++ });
  }
  const index = new Map(dataset.source.units.map((u, i) => [u.id, u.order ?? i]));
  // Most units have no subordinates, or one: nothing to copy or sort.
  const sorted = (units: readonly Unit[] | undefined): readonly Unit[] =>
    !units || units.length < 2 ? (units ?? []) : [...units].sort((a, b) => (index.get(a.id) ?? 0) - (index.get(b.id) ?? 0));
  const stack: [Unit, number][] = sorted(dataset.childrenById.get(null))
    .map((u) => [u, 0] as [Unit, number])
    .reverse();
  while (stack.length > 0) {
    const [unit, depth] = stack.pop() as [Unit, number];
    if (info.has(unit.id)) continue;
    info.set(unit.id, { id: unit.id, name: localizedName(unit, lang).text, echelon: unit.echelon, depth, order: order++ });
    parentOf.set(unit.id, unit.parent ?? null);
    const children = sorted(dataset.childrenById.get(unit.id));
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push([children[i] as Unit, depth + 1]);
  }
  return { info, parentOf };
}

/**
 * The by-unit view's snapshot: the latest figure at or before `date` per unit and measure (each
 * unit's latest when `date` is empty). The time view is returned as it is, so a provider's date
 * moving along a timeline does not re-select a time chart.
 */
export function snapshotSelection(selection: Selection, date: string | undefined): Selection {
  if (selection.group !== 'subject') return selection;
  const text = (date ?? '').trim();
  const asOf = text ? parseDate(text) : undefined;
  if (text && !asOf) {
    const problem: Problem = {
      path: '',
      code: 'invalid-date',
      message: `the "date" attribute "${text}" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)`,
    };
    return { ...selection, points: [], problems: [problem] };
  }
  return { ...selection, points: snapshotPoints(selection.points, asOf?.end ?? Infinity), snapshot: asOf };
}

/** The latest figures at or before `asOf` per subject and measure (all of them when several share that date). */
export function snapshotPoints(points: readonly StrengthPoint[], asOf: number): StrengthPoint[] {
  const latest = new Map<string, StrengthPoint[]>();
  for (const p of points) {
    if (p.date.start > asOf) continue;
    const key = `${p.measure}\u0000${p.subject}`;
    const kept = latest.get(key);
    const k = kept?.[0];
    if (!k || p.date.start > k.date.start || (p.date.start === k.date.start && p.date.end > k.date.end)) latest.set(key, [p]);
    else if (p.date.text === k.date.text) kept.push(p);
  }
  const keep = new Set([...latest.values()].flat());
  return points.filter((p) => keep.has(p));
}

/**
 * Reads the filter attributes (comma-separated `measure`, default `personnel`, `all` for every
 * measure; `side` defaulting to the dataset's perspective; `from`/`to` as EDTF dates; `subject` as
 * a list of ids and `children-of:ID`; `echelon`; `group`) and returns the matching figures, not yet
 * cut to a snapshot (see {@link snapshotSelection}). Never throws: bad dates come back as problems.
 */
export function selectPoints(dataset: Dataset, attrs: FilterAttributes): Selection {
  const asked = [
    ...new Set(
      attrs.measure
        .split(',')
        .map((m) => m.trim())
        .filter(Boolean),
    ),
  ];
  const measures: Measure[] = asked.includes('all') ? measuresOf(dataset) : asked.length > 0 ? (asked as Measure[]) : ['personnel'];
  const problems: Problem[] = [];
  const dateOf = (name: 'from' | 'to') => {
    const text = attrs[name].trim();
    if (!text) return undefined;
    const date = parseDate(text);
    if (!date)
      problems.push({
        path: '',
        code: 'invalid-date',
        message: `the "${name}" attribute "${text}" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)`,
      });
    return date;
  };
  const from = dateOf('from');
  const to = dateOf('to');
  const lang = attrs.lang ?? '';
  const empty = { points: [], measures, domain: undefined, problems, group: 'time' as const, subjects: new Map<string, SubjectInfo>() };
  if (from && to && from.start > to.end) {
    problems.push({ path: '', code: 'date-order', message: `"from" (${attrs.from.trim()}) is after "to" (${attrs.to.trim()})` });
  }
  if (problems.length > 0) return empty;
  const side = attrs.side.trim() || dataset.source.meta.perspective || 'all';
  let points = strengthSeries(dataset, {
    measure: measures,
    side,
    ...(from ? { from: from.start } : {}),
    ...(to ? { to: to.end } : {}),
  });
  const { info, parentOf } = subjectIndex(dataset, lang);
  const tokens = words(attrs.subject);
  if (tokens.length > 0) {
    const wanted = new Set<string>();
    const parents = new Set<string>();
    for (const token of tokens) {
      if (token.startsWith('children-of:')) parents.add(token.slice('children-of:'.length));
      else wanted.add(token);
    }
    points = points.filter((p) => wanted.has(p.subject) || parents.has(parentOf.get(p.subject) ?? ''));
  }
  const echelons = new Set(words(attrs.echelon));
  if (echelons.size > 0) points = points.filter((p) => echelons.has(info.get(p.subject)?.echelon ?? ''));
  const group: Grouping = attrs.group === 'time' || attrs.group === 'subject' ? attrs.group : autoGrouping(points);
  const subjects = new Map<string, SubjectInfo>();
  let extra = info.size;
  points = points.map((p) => {
    const known = info.get(p.subject);
    // A figure's own `subjectLabel` ("two Kuomintang divisions") names it better than its unit.
    const name = p.observation.subjectLabel ?? known?.name ?? p.subjectName;
    if (!subjects.has(p.subject))
      subjects.set(p.subject, known ? { ...known, name } : { id: p.subject, name, echelon: undefined, depth: 0, order: extra++ });
    return name === p.subjectName ? p : { ...p, subjectName: name };
  });
  let domain: [number, number] | undefined;
  if (group === 'time' && (from || to) && points.length > 0) {
    // Figures dated across the boundary (e.g. 1945/1949 with from=1946) widen the span rather than fall off it.
    const first = Math.min(...points.map((p) => p.date.start));
    const last = Math.max(...points.map((p) => p.date.end));
    domain = [Math.min(from?.start ?? first, first), Math.max(to?.end ?? last, last)];
  }
  return { points, measures, domain, problems, group, subjects };
}

/** The dataset's events with parsed dates, for the rules on the time axis. */
export function ruleEvents(dataset: Dataset): RuleEvent[] {
  return (dataset.source.events ?? []).flatMap((e) => {
    const date = dataset.dates.get(e.date);
    return date ? [{ id: e.id, title: e.title, type: e.type, date }] : [];
  });
}
