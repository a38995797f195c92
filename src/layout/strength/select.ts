import { parseDate } from '../../data/dates.js';
import { measuresOf, strengthSeries } from '../../data/strength-series.js';
import type { StrengthPoint } from '../../data/strength-series.js';
import type { Dataset, Measure, Problem } from '../../data/types.js';
import type { RuleEvent } from './time-axis.js';

/** The element's filter attributes, as written. */
export interface FilterAttributes {
  measure: string;
  subject: string;
  side: string;
  from: string;
  to: string;
}

export interface Selection {
  points: StrengthPoint[];
  /** Panel order: the measures asked for. */
  measures: Measure[];
  /** The time span asked for with `from`/`to`, completed from the figures. */
  domain: [number, number] | undefined;
  /** Bad `from`/`to` values; the chart shows them instead of drawing. */
  problems: Problem[];
}

/**
 * Reads the filter attributes (comma-separated `measure`, default `personnel`, `all` for every
 * measure; `side` defaulting to the dataset's perspective; `from`/`to` as EDTF dates) and returns
 * the matching figures. Never throws: bad dates come back as problems.
 */
export function selectPoints(dataset: Dataset, attrs: FilterAttributes): Selection {
  const asked = [...new Set(attrs.measure.split(',').map((m) => m.trim()).filter(Boolean))];
  const measures: Measure[] = asked.includes('all') ? measuresOf(dataset) : asked.length > 0 ? (asked as Measure[]) : ['personnel'];
  const problems: Problem[] = [];
  const dateOf = (name: 'from' | 'to') => {
    const text = attrs[name].trim();
    if (!text) return undefined;
    const date = parseDate(text);
    if (!date) problems.push({ path: '', code: 'invalid-date', message: `the "${name}" attribute "${text}" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)` });
    return date;
  };
  const from = dateOf('from');
  const to = dateOf('to');
  if (from && to && from.start > to.end) {
    problems.push({ path: '', code: 'date-order', message: `"from" (${attrs.from.trim()}) is after "to" (${attrs.to.trim()})` });
  }
  if (problems.length > 0) return { points: [], measures, domain: undefined, problems };
  const side = attrs.side.trim() || dataset.source.meta.perspective || 'all';
  const points = strengthSeries(dataset, {
    measure: measures,
    side,
    ...(attrs.subject.trim() ? { subject: attrs.subject.trim() } : {}),
    ...(from ? { from: from.start } : {}),
    ...(to ? { to: to.end } : {}),
  });
  let domain: [number, number] | undefined;
  if ((from || to) && points.length > 0) {
    // Figures dated across the boundary (e.g. 1945/1949 with from=1946) widen the span rather than fall off it.
    const first = Math.min(...points.map((p) => p.date.start));
    const last = Math.max(...points.map((p) => p.date.end));
    domain = [Math.min(from?.start ?? first, first), Math.max(to?.end ?? last, last)];
  }
  return { points, measures, domain, problems };
}

/** The dataset's events with parsed dates, for the rules on the time axis. */
export function ruleEvents(dataset: Dataset): RuleEvent[] {
  return (dataset.source.events ?? []).flatMap((e) => {
    const date = dataset.dates.get(e.date);
    return date ? [{ id: e.id, title: e.title, type: e.type, date }] : [];
  });
}
