/** CSV export of the figures: RFC 4180 cells guarded against spreadsheet formulas. */
import type { StrengthPoint } from '../../data/strength-series.js';
import { formatDate } from '../../data/format-date.js';
import { sourceText } from './text.js';

/** A value a CSV cell can hold. */
export type CellValue = string | number | boolean | null | undefined;

// Spreadsheets run cells starting with these as formulas (OWASP "CSV injection"), tab and CR too;
// they also trim leading spaces first, so " =1+1" is a formula as well.
const FORMULA_START = /^(?:\s*[=+\-@]|[^\S\t\r]*[\t\r])/;

/**
 * One CSV cell: RFC 4180 quoting (cells with a comma, quote or line break are wrapped in quotes,
 * quotes doubled), and text that a spreadsheet would run as a formula prefixed with `'`.
 * Numbers are written as plain numbers; non-finite numbers and `null`/`undefined` are empty.
 */
export function csvCell(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to RFC 4180 CSV text: cells joined by commas, records by CRLF, with a final CRLF. */
export function toCSV(rows: readonly (readonly CellValue[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + (rows.length > 0 ? '\r\n' : '');
}

export const STRENGTH_CSV_HEADER = [
  'id',
  'measure',
  'subject',
  'subject_name',
  'side',
  'side_name',
  'date',
  'date_label',
  'date_start',
  'date_end',
  'kind',
  'value',
  'min',
  'max',
  'approximate',
  'interpretation',
  'qualifier',
  'disputed_with',
  'citation_needed',
  'sources',
  'note',
] as const;

const iso = (time: number) => (Number.isFinite(time) ? new Date(time).toISOString().slice(0, 10) : '');

/**
 * The points as CSV, one row per observation with its range, qualifier, disputes and sources;
 * the same figures as the chart and its table. `sideName` resolves side ids to names.
 */
export function strengthCSV(points: readonly StrengthPoint[], sideName: (id: string) => string = (id) => id, lang = ''): string {
  const rows: CellValue[][] = [[...STRENGTH_CSV_HEADER]];
  for (const p of points) {
    rows.push([
      p.id,
      p.measure,
      p.subject,
      p.subjectName,
      p.side ?? '',
      p.side ? sideName(p.side) : '',
      p.date.text,
      formatDate(p.date, lang),
      iso(p.date.start),
      iso(p.date.end),
      p.kind,
      p.value,
      p.min,
      p.max,
      p.approximate ?? '',
      p.interpretation ?? '',
      p.observation.qualifier ?? '',
      p.disputedWith.join(' '),
      p.observation.citationNeeded === true,
      p.citations.map(sourceText).join('; '),
      p.observation.note ?? '',
    ]);
  }
  return toCSV(rows);
}
