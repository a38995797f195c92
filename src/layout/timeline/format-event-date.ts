import type { ParsedDate } from '../../data/types.js';
import { formatInstant } from './format-instant.js';
import type { Precision } from './types.js';

function precisionOf(part: string): Precision {
  const fields = part.replace(/[~?%]+$/, '').replace(/^-/, '').split('-').length;
  return fields >= 3 ? 'day' : fields === 2 ? 'month' : 'year';
}

/**
 * A date at the precision it was written with: "31 Jan 1945", "Sept 1945", "1945",
 * "1946–1947", "c. 1946", "1946?". Each end of an interval keeps its own precision.
 */
export function formatEventDate(date: Pick<ParsedDate, 'text' | 'start' | 'end' | 'interval' | 'approximate' | 'uncertain'>, lang = ''): string {
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
