import { formatInstant } from '../../data/format-date.js';

/** A time-axis tick: the year on 1 January, month and year on the 1st ("Jul 1946"), else the day. */
export function formatTickDate(time: number, lang = ''): string {
  const date = new Date(time);
  if (date.getUTCDate() !== 1) return formatInstant(time, 'day', lang);
  return formatInstant(time, date.getUTCMonth() === 0 ? 'year' : 'month', lang);
}
