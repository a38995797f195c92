/**
 * The stops of a timeline: the days it can stop at (one per day on which events have certainly
 * happened), how to find the stop at or nearest to a point, and what a stop says in words.
 */
import { parseDate } from '../../data/dates.js';
import { formatDate } from '../../data/format-date.js';
import type { DatePrecision, HistoricalEvent, ParsedDate } from '../../data/types.js';

export type Precision = DatePrecision;

/** One event of the dataset with its parsed date. */
export interface TimelineEntry {
  event: HistoricalEvent;
  date: ParsedDate;
}

/**
 * A place the timeline can stop at: one calendar day and every event that has certainly happened by
 * its end (an event dated `1945-09` stops at 30 Sep 1945, `1946/1947` at 31 Dec 1947), so a chart
 * drawn "as of" the stop's day shows the state after its events.
 */
export interface TimelineStop {
  /** The day, `YYYY-MM-DD`: what the timeline sets as the date. */
  iso: string;
  /** Last instant of that day (UTC ms), the value of the stop on the time scale. */
  instant: number;
  /** The events of the stop, in dataset order. */
  entries: TimelineEntry[];
}

const DAY = 86_400_000;

/** The UTC day of an instant as `YYYY-MM-DD` (`-YYYY-MM-DD` before year 0, as EDTF writes it). */
export function isoDay(instant: number): string {
  const date = new Date(instant);
  const year = date.getUTCFullYear();
  const y = `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * The stops of a timeline: one per day on which at least one event has certainly happened (the
 * last day its date can mean), in time order. Events on the same day share a stop; events whose
 * date cannot be parsed are left out.
 */
export function timelineStops(events: readonly HistoricalEvent[], dates: ReadonlyMap<string, ParsedDate> = new Map()): TimelineStop[] {
  const byDay = new Map<number, TimelineStop>();
  for (const event of events) {
    const date = dates.get(event.date) ?? parseDate(event.date);
    if (!date) continue;
    const dayStart = Math.floor(date.end / DAY) * DAY;
    let stop = byDay.get(dayStart);
    if (!stop) {
      stop = { iso: isoDay(dayStart), instant: dayStart + DAY - 1, entries: [] };
      byDay.set(dayStart, stop);
    }
    stop.entries.push({ event, date });
  }
  return [...byDay.values()].sort((a, b) => a.instant - b.instant);
}

/** Index of the last stop at or before `instant` (binary search), or -1 when it precedes them all. */
export function stopAt(stops: readonly Pick<TimelineStop, 'instant'>[], instant: number): number {
  let lo = 0;
  let hi = stops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((stops[mid] as Pick<TimelineStop, 'instant'>).instant <= instant) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Snapping: index of the position nearest to `x` (positions sorted ascending or descending, e.g.
 * the marks' pixels), the earlier one on a tie; -1 when there are none.
 */
export function nearestStop(positions: readonly number[], x: number): number {
  let best = -1;
  let bestDistance = Infinity;
  positions.forEach((p, i) => {
    const distance = Math.abs(p - x);
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  });
  return best;
}

/**
 * What a stop says in words, e.g. for `aria-valuetext`: "Sep 1945: Battles in the Wusu–Shihezi
 * district; Battle for Shihezi and Jinghe". Events written with different dates that end on the
 * same day each keep their own: "1946–1947: …; 1947: …".
 */
export function stopText(stop: Pick<TimelineStop, 'entries'>, lang = ''): string {
  const dates = stop.entries.map((e) => formatDate(e.date, lang));
  if (new Set(dates).size <= 1) return `${dates[0] ?? ''}: ${stop.entries.map((e) => e.event.title).join('; ')}`;
  return stop.entries.map((e, i) => `${dates[i] ?? ''}: ${e.event.title}`).join('; ');
}
