import type { StrengthPoint } from '../../data/strength-series.js';
import { formatDate } from '../../data/format-date.js';
import { sourceText } from './source-text.js';
import { toCSV } from './to-csv.js';
import type { CellValue } from './csv-cell.js';

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
