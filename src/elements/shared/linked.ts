/**
 * How a chart takes part in linked views. Every chart consumes the enclosing `<oob-dataset>` as
 * `this.provided`; these helpers turn that into the date and the selection it should draw.
 */
import { parseDate } from '../../data/dates.js';
import type { Dataset } from '../../data/types.js';
import type { OobSelectDetail } from '../../events/index.js';
import type { OobDatasetContextValue } from './dataset-context.js';

/** `date` if it is a date oob-charts can read (EDTF subset), else `undefined`. */
export function validDate(date: string | null | undefined): string | undefined {
  return typeof date === 'string' && parseDate(date) !== undefined ? date : undefined;
}

/**
 * The date a chart draws: its own `date` when set (like its own `data`, it pins the chart), else
 * the date of the enclosing `<oob-dataset>`. Dates that cannot be read are ignored, so a bad
 * attribute never reaches `hierarchyAt`. `undefined` means "the latest state of the dataset".
 *
 * @example effectiveDate(this.provided, this.date)
 */
export function effectiveDate(provided: OobDatasetContextValue | undefined, own: string | null | undefined): string | undefined {
  return validDate(own) ?? validDate(provided?.date);
}

/**
 * Whether the chart draws the provider's dataset (it has no `data` or `src` of its own): only then
 * do the provider's selection ids mean anything to it.
 */
export function sharesDataset(provided: OobDatasetContextValue | undefined, parsed: Dataset | undefined): boolean {
  const result = provided?.result;
  return parsed !== undefined && result !== undefined && result.ok && result.dataset === parsed;
}

/**
 * The selection a chart highlights: the provider's, when the chart draws the provider's dataset.
 *
 * @example linkedSelection(this.provided, this.parsed)
 */
export function linkedSelection(provided: OobDatasetContextValue | undefined, parsed: Dataset | undefined): OobSelectDetail | undefined {
  return sharesDataset(provided, parsed) ? provided?.selection : undefined;
}
