import { formatInstant, precisionOf } from './format-instant.js';
import type { DateLike } from './types.js';

/**
 * A date at the precision it was written with: "1945", "Aug 1949", "6 Jun 1946", "c. 1946",
 * "1946–1947", "1946?".
 */
export function formatDate(date: DateLike, lang = ''): string {
  const [first = date.text, second] = date.text.split('/');
  let text = formatInstant(date.start, precisionOf(first), lang);
  if (date.interval && second !== undefined) {
    const last = formatInstant(date.end, precisionOf(second), lang);
    if (last !== text) text = `${text}–${last}`;
  }
  if (date.approximate) text = `c. ${text}`;
  if (date.uncertain) text = `${text}?`;
  return text;
}
