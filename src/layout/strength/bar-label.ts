import { barMarks } from './bar-marks.js';
import type { MarkFlags } from './bar-marks.js';
import { qualifierText } from './qualifier-text.js';
import { valueText } from './value-text.js';
import type { ValueLike } from './value-text.js';

export interface BarLabelInput extends ValueLike, MarkFlags {
  qualifier?: string | undefined;
}

/** The text drawn at a bar's end. */
export interface BarLabelText {
  /** Always shown: see {@link barMarks}. */
  marks: string;
  /** The figure, e.g. "25,000–30,000" (the "~" of approximate figures is in `marks`). */
  value: string;
  /** The qualifier and the dispute flag, e.g. "enlisted · disputed"; empty for plain strength. */
  detail: string;
}

/** Text of a bar's label; shown when it fits, while marks are always shown. */
export function barLabel(point: BarLabelInput, lang = '', disputedWord = 'disputed'): BarLabelText {
  const plain = point.kind === 'approximate' ? { ...point, kind: 'range' as const } : point;
  const qualifier = point.qualifier === 'strength' ? '' : qualifierText(point.qualifier);
  const detail = [qualifier, point.disputed ? disputedWord : ''].filter(Boolean).join(' · ');
  return { marks: barMarks(point), value: valueText(plain, lang), detail };
}
