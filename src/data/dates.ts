import type { ParsedDate } from './types.js';

/** Milliseconds in a day. */
export const DAY = 86_400_000;
const DIGIT_0 = 48;

/** The number written by the `count` ASCII digits at `at`, or -1 when one of them is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i += 1) {
    const digit = text.charCodeAt(i) - DIGIT_0;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function utc(year: number, monthIndex: number, day: number): number {
  // Date.UTC rolls month 12 into the next year and needs no Date object, but maps years 0 to 99
  // (and -0) to 1900-1999; setUTCFullYear keeps those literal.
  if (year >= 100 || year < 0) return Date.UTC(year, monthIndex, day);
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/**
 * Parses `text.slice(from, to)` as one EDTF point, `-?YYYY(-MM(-DD)?)?[~?%]?`, by character codes:
 * dates are the most frequent values of a dataset, and a regular expression's match array per date
 * showed in profiles. `text` is the whole date string, kept as the result's `text`.
 */
function parsePoint(text: string, from: number, to: number): ParsedDate | undefined {
  if (to - from < 4) return undefined;
  const negative = text.charCodeAt(from) === 45; // '-'
  let at = negative ? from + 1 : from;
  let end = to;
  const flag = text.charCodeAt(end - 1);
  const approximate = flag === 126 || flag === 37; // '~' or '%'
  const uncertain = flag === 63 || flag === 37; // '?' or '%'
  if (approximate || uncertain) end -= 1;
  const length = end - at;
  if (length !== 4 && length !== 7 && length !== 10) return undefined;
  const digits = digitsAt(text, at, 4);
  if (digits < 0) return undefined;
  const year = negative ? -digits : digits;
  at += 4;
  if (length === 4) {
    return { text, precision: 'year', approximate, uncertain, start: utc(year, 0, 1), end: utc(year + 1, 0, 1) - 1, interval: false };
  }
  const month = text.charCodeAt(at) === 45 ? digitsAt(text, at + 1, 2) : -1;
  if (month < 1 || month > 12) return undefined;
  at += 3;
  if (length === 7) {
    const start = utc(year, month - 1, 1);
    return { text, precision: 'month', approximate, uncertain, start, end: utc(year, month, 1) - 1, interval: false };
  }
  const day = text.charCodeAt(at) === 45 ? digitsAt(text, at + 1, 2) : -1;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  const start = utc(year, month - 1, day);
  return { text, precision: 'day', approximate, uncertain, start, end: start + DAY - 1, interval: false };
}

/**
 * Parses an EDTF-subset date string (`1945`, `1945-09`, `1945-09-15`, `1946~`, `1946?`,
 * `1946/1947`). Returns `undefined` for anything else, including impossible days and
 * intervals whose end precedes their start.
 */
export function parseDate(text: string): ParsedDate | undefined {
  if (typeof text !== 'string' || text.length > 64) return undefined;
  const slash = text.indexOf('/');
  if (slash < 0) return parsePoint(text, 0, text.length);
  if (text.indexOf('/', slash + 1) >= 0) return undefined;
  const first = parsePoint(text, 0, slash);
  if (!first) return undefined;
  const last = parsePoint(text, slash + 1, text.length);
  if (!last || last.end < first.start) return undefined;
  return {
    text,
    precision: first.precision,
    approximate: first.approximate || last.approximate,
    uncertain: first.uncertain || last.uncertain,
    start: first.start,
    end: last.end,
    interval: true,
  };
}

/**
 * Parses each distinct date string once. A dataset repeats its dates many times (thousands of
 * observations on a few hundred days), so validation and indexing share one cache per dataset;
 * it is never shared between datasets.
 */
export class DateCache {
  /** The valid dates met so far, by text, in first-seen order. */
  readonly valid = new Map<string, ParsedDate>();
  private readonly invalid = new Set<string>();

  /** The parsed date, or `undefined` when `text` is not a valid date. */
  parse(text: string): ParsedDate | undefined {
    const known = this.valid.get(text);
    if (known !== undefined || this.invalid.has(text)) return known;
    const parsed = parseDate(text);
    if (parsed) this.valid.set(text, parsed);
    else this.invalid.add(text);
    return parsed;
  }
}

/** Parses a date or throws; for dates known to be valid (after `parseOrderOfBattle`). */
export function mustParseDate(text: string): ParsedDate {
  const parsed = parseDate(text);
  if (!parsed) throw new RangeError(`invalid date "${text}"`);
  return parsed;
}

/** The instant a date-like argument stands for: its start for strings, the time for `Date`. */
export function toInstant(date: string | Date | number): number {
  if (typeof date === 'number') return date;
  if (date instanceof Date) return date.getTime();
  return mustParseDate(date).start;
}
