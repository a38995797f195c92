import { parseDate } from '../../data/dates.js';
import type { HistoricalEvent, ParsedDate } from '../../data/types.js';
import { isoDay } from './iso-day.js';
import type { TimelineStop } from './types.js';

const DAY = 86_400_000;

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
