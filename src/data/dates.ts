import type { DatePrecision, ParsedDate } from './types.js';

const SINGLE = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%]?)$/;

interface Point {
  precision: DatePrecision;
  approximate: boolean;
  uncertain: boolean;
  start: number;
  end: number;
}

function parsePoint(text: string): Point | undefined {
  const m = SINGLE.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, flag = ''] = m;
  const year = Number(y);
  const month = mo === undefined ? undefined : Number(mo);
  const day = d === undefined ? undefined : Number(d);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  const approximate = flag === '~' || flag === '%';
  const uncertain = flag === '?' || flag === '%';
  if (month === undefined) {
    return { precision: 'year', approximate, uncertain, start: utc(year, 0, 1), end: utc(year + 1, 0, 1) - 1 };
  }
  if (day === undefined) {
    return { precision: 'month', approximate, uncertain, start: utc(year, month - 1, 1), end: utc(year, month, 1) - 1 };
  }
  const start = utc(year, month - 1, day);
  // Date.UTC rolls 1945-02-30 over into March; a rolled-over day is not a real date.
  if (new Date(start).getUTCDate() !== day) return undefined;
  return { precision: 'day', approximate, uncertain, start, end: start + 86_400_000 - 1 };
}

function utc(year: number, monthIndex: number, day: number): number {
  // setUTCFullYear with all three parts rolls month 12 into the next year and keeps years < 100
  // literal (Date.UTC would map 45 to 1945).
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/**
 * Parses an EDTF-subset date string (`1945`, `1945-09`, `1945-09-15`, `1946~`, `1946?`,
 * `1946/1947`). Returns `undefined` for anything else, including impossible days and
 * intervals whose end precedes their start.
 */
export function parseDate(text: string): ParsedDate | undefined {
  if (typeof text !== 'string' || text.length > 64) return undefined;
  const parts = text.split('/');
  if (parts.length > 2) return undefined;
  const first = parsePoint(parts[0] ?? '');
  if (!first) return undefined;
  if (parts.length === 1) return { text, ...first, interval: false };
  const last = parsePoint(parts[1] ?? '');
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
