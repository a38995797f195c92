import type { StrengthPoint } from '../../data/strength-series.js';
import { formatDate } from '../../data/format-date.js';
import { qualifierText } from './qualifier-text.js';
import { sourceText } from './source-text.js';
import { valueText } from './value-text.js';

export interface DescriptionOptions {
  lang?: string;
  measureLabel?: (measure: string) => string;
  sideName?: (side: string) => string;
}

/**
 * What a bar announces to a screen reader: measure, subject and side, figure and how it was
 * stated, qualifier, date, dispute and citation flags, and the sources.
 */
export function barDescription(point: StrengthPoint, options: DescriptionOptions = {}): string {
  const lang = options.lang ?? '';
  const measure = options.measureLabel?.(point.measure) ?? point.measure;
  const side = point.side && options.sideName ? options.sideName(point.side) : point.side;
  const who = side && side !== point.subjectName ? `${point.subjectName} (${side})` : point.subjectName;
  const how =
    point.kind === 'approximate'
      ? `approximate${point.approximate ? `, "${point.approximate}"` : ''}`
      : point.kind === 'range'
        ? 'range'
        : '';
  const parts = [
    `${measure}, ${who}: ${valueText(point, lang)}${how ? ` (${how})` : ''}`,
    qualifierText(point.observation.qualifier),
    formatDate(point.date, lang),
    point.disputedWith.length > 0 ? 'disputed' : '',
    point.observation.citationNeeded ? 'citation needed' : '',
    point.citations.length > 0 ? `sources: ${point.citations.map(sourceText).join('; ')}` : 'no source',
  ];
  return parts.filter(Boolean).join('; ');
}
