import { parseDate } from '../../../src/data/dates.js';
import type { HistoricalEvent, ParsedDate } from '../../../src/data/types.js';

/** A parsed date for tests; throws on a typo. */
export function d(text: string): ParsedDate {
  const parsed = parseDate(text);
  if (!parsed) throw new Error(`bad test date ${text}`);
  return parsed;
}

/** A minimal event. */
export function ev(id: string, date: string, title = id): HistoricalEvent {
  return { id, type: 'battle', date, title };
}

export const round = (n: number) => Math.round(n * 100) / 100;
