/** Shared shapes of the strength-chart layout (pure data, no DOM). */

export type Orientation = 'vertical' | 'horizontal';
export type ValueScaleType = 'linear' | 'log';
export type TimeScaleKind = 'time' | 'band';

/** An axis-aligned box in chart pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A tick on an axis: its value, its position along the axis (pixels) and its text. */
export interface Tick {
  value: number;
  pos: number;
  label: string;
}

export type { DateLike } from '../../data/format-date.js';
