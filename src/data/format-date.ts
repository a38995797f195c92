/** Formatting of historical dates at the precision they were written with (pure; used by every chart). */

import type { DatePrecision, ParsedDate } from './types.js';

/** How precise a written date is. */
export type Precision = DatePrecision;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Precision of one end of an EDTF date, from how many `-`-separated fields it has. */
export function precisionOf(part: string): Precision {
  const fields = part
    .replace(/[~?%]+$/, '')
    .replace(/^-/, '')
    .split('-').length;
  return fields >= 3 ? 'day' : fields === 2 ? 'month' : 'year';
}

function isEnglish(lang: string): boolean {
  return lang === '' || /^en\b/i.test(lang);
}

function intlFormatter(lang: string, precision: Precision): Intl.DateTimeFormat {
  const key = `${lang}|${precision}`;
  let formatter = formatters.get(key);
  if (formatter) return formatter;
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (precision !== 'year') options.month = 'short';
  if (precision === 'day') options.day = 'numeric';
  try {
    formatter = new Intl.DateTimeFormat(lang, options);
  } catch {
    formatter = new Intl.DateTimeFormat('en-GB', options);
  }
  formatters.set(key, formatter);
  return formatter;
}

/**
 * A UTC instant at a precision: "1945", "Aug 1949", "6 Jun 1946". English uses fixed
 * abbreviations because ICU versions disagree ("Sep" vs "Sept"); other languages use `Intl`.
 */
export function formatInstant(time: number, precision: Precision, lang = ''): string {
  const date = new Date(time);
  if (!isEnglish(lang)) return intlFormatter(lang, precision).format(date);
  const year = date.getUTCFullYear();
  const y = year <= 0 ? `${1 - year} BCE` : String(year);
  if (precision === 'year') return y;
  const month = `${MONTHS[date.getUTCMonth()] ?? ''} ${y}`;
  return precision === 'month' ? month : `${date.getUTCDate()} ${month}`;
}

/** The parts of a parsed date the formatters read. */
export type DateLike = Pick<ParsedDate, 'text' | 'start' | 'end' | 'approximate' | 'uncertain' | 'interval'>;

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
