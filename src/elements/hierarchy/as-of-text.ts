import { formatInstant, precisionOf } from '../../data/format-date.js';

/**
 * The date a chart shows, written as precisely as the date asked for (`1947` → "1947",
 * `1947-12-31` → "31 Dec 1947"), with the same formatter as every other chart (which also copes
 * with language tags `Intl` rejects).
 */
export function asOfText(asOf: number, asked: string | undefined, lang: string): string {
  return formatInstant(asOf, asked ? precisionOf(asked.split('/').pop() ?? asked) : 'day', lang);
}
