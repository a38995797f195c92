import type { Precision } from './types.js';

// CLDR's en-GB abbreviations, fixed because ICU versions disagree ("Sep" vs "Sept").
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const formatters = new Map<string, Intl.DateTimeFormat>();

function isEnglish(lang: string): boolean {
  return lang === '' || /^en\b/i.test(lang);
}

function formatter(lang: string, precision: Precision): Intl.DateTimeFormat {
  const key = `${lang}|${precision}`;
  let found = formatters.get(key);
  if (found) return found;
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (precision !== 'year') options.month = 'short';
  if (precision === 'day') options.day = 'numeric';
  try {
    found = new Intl.DateTimeFormat(lang, options);
  } catch {
    found = new Intl.DateTimeFormat('en-GB', options);
  }
  formatters.set(key, found);
  return found;
}

/**
 * A UTC instant at a precision: "1945", "Sept 1945", "31 Jan 1945" in English; other languages
 * through `Intl.DateTimeFormat`.
 */
export function formatInstant(instant: number, precision: Precision, lang = ''): string {
  const date = new Date(instant);
  if (!isEnglish(lang)) return formatter(lang, precision).format(date);
  const year = date.getUTCFullYear();
  const y = year <= 0 ? `${1 - year} BCE` : String(year);
  if (precision === 'year') return y;
  const month = `${MONTHS[date.getUTCMonth()] ?? ''} ${y}`;
  return precision === 'month' ? month : `${date.getUTCDate()} ${month}`;
}
