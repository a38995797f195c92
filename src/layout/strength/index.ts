/**
 * The strength chart's layout, for users who draw it themselves (or on a server): the figures of a
 * dataset in pixels, and the same figures as CSV. The modules of this folder hold the parts.
 */
export { strengthLayout } from './strength-layout.js';
export type { PanelLayout, RowLabel, RuleLayout, StrengthLayout, StrengthLayoutOptions } from './strength-layout.js';
export type { BarLayout } from './bars.js';
export type { LegendWords } from './legend.js';
export type { SubjectInfo } from './select.js';
export type { ScaleWords } from './snapshot.js';
export type { RuleEvent } from './time-axis.js';
export { STRENGTH_CSV_HEADER, strengthCSV } from './csv.js';
