/**
 * How a chart takes part in linked views. Every chart consumes the enclosing `<oob-dataset>` as
 * `this.provided`; these helpers turn that into the date and the selection it should draw.
 */
import { parseDate } from '../../data/dates.js';
import type { Dataset, ParsedDate } from '../../data/types.js';
import type { OobSelectDetail } from '../../events/index.js';
import type { OobDatasetContextValue } from './dataset-context.js';

/** `date` if it is a date oob-charts can read (EDTF subset), else `undefined`. */
export function validDate(date: string | null | undefined): string | undefined {
  return typeof date === 'string' && parseDate(date) !== undefined ? date : undefined;
}

/** A date an element draws, resolved once per update. */
export interface ResolvedDate {
  /** The date drawn (EDTF text): the element's own readable date, else the provider's; `undefined` is "the latest state". */
  text: string | undefined;
  /** `text` parsed. */
  parsed: ParsedDate | undefined;
  /** The element's own date when it is set but cannot be read (the element may say so). */
  unreadable: string | undefined;
}

export const NO_DATE: ResolvedDate = { text: undefined, parsed: undefined, unreadable: undefined };

/**
 * The date a chart draws: its own date when set and readable (like its own `data`, it pins the
 * chart), else the date the enclosing `<oob-dataset>` shares. Dates that cannot be read are
 * ignored, so a bad attribute never reaches `hierarchyAt`, and an unreadable own date is returned
 * as `unreadable`. Used for `date` and for `compare`.
 *
 * @example resolveDate(this.date, this.provided?.date)
 */
export function resolveDate(own: string | null | undefined, shared: string | null | undefined): ResolvedDate {
  const mine = validDate(own);
  const text = mine ?? validDate(shared);
  const unreadable = own && mine === undefined ? own : undefined;
  if (text === undefined && unreadable === undefined) return NO_DATE;
  return { text, parsed: text === undefined ? undefined : parseDate(text), unreadable };
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
