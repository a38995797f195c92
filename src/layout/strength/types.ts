/** Shared shapes of the strength-chart layout (pure data, no DOM). */

import type { Rect } from '../geometry.js';

export type { Rect } from '../geometry.js';
export type { DateLike } from '../../data/format-date.js';

export type Orientation = 'vertical' | 'horizontal';
export type ValueScaleType = 'linear' | 'log';
export type TimeScaleKind = 'time' | 'band';

/** A tick on an axis: its value, its position along the axis (pixels) and its text. */
export interface Tick {
  value: number;
  pos: number;
  label: string;
}

/** A line segment in chart pixels. */
export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
