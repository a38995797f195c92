import { formatDate } from '../../data/format-date.js';
import type { TimelineStop } from './types.js';

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
