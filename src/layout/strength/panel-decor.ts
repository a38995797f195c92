import { thinLabels } from './thin-labels.js';
import type { Orientation, Rect } from './types.js';
import type { ValueScale } from './value-scale.js';

export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface GridLine {
  value: number;
  line: Line;
  /** The tick label, when it fits between its neighbours. */
  label?: { x: number; y: number; anchor: 'start' | 'middle' | 'end'; text: string };
}

/** A panel's furniture: its title, its baseline and its value grid with thinned tick labels. */
export interface PanelDecor {
  titleAt: { x: number; y: number };
  baseline: Line;
  grid: GridLine[];
}

export interface PanelDecorInput {
  frame: Rect;
  scale: ValueScale;
  orientation: Orientation;
  fontSize: number;
  measure: (text: string) => number;
  titleHeight: number;
}

/** Title position, baseline and value grid of one panel. */
export function panelDecor({ frame, scale, orientation, fontSize, measure, titleHeight }: PanelDecorInput): PanelDecor {
  const vertical = orientation === 'vertical';
  const lh = fontSize + 2;
  const kept = new Set(thinLabels(scale.ticks.map((t) => ({ pos: t.pos, size: vertical ? lh : measure(t.label) }))));
  const bottom = frame.y + frame.height;
  const grid = scale.ticks.map((t, i): GridLine => {
    const line = vertical
      ? { x1: frame.x, y1: bottom - t.pos, x2: frame.x + frame.width, y2: bottom - t.pos }
      : { x1: frame.x + t.pos, y1: frame.y, x2: frame.x + t.pos, y2: bottom };
    if (!kept.has(i)) return { value: t.value, line };
    const label = vertical
      ? { x: frame.x - 6, y: bottom - t.pos + fontSize * 0.35, anchor: 'end' as const, text: t.label }
      : { x: frame.x + t.pos, y: bottom + lh + 2, anchor: 'middle' as const, text: t.label };
    return { value: t.value, line, label };
  });
  return {
    titleAt: { x: frame.x, y: frame.y - (titleHeight - fontSize) / 2 - 2 },
    baseline: vertical ? { x1: frame.x, y1: bottom, x2: frame.x + frame.width, y2: bottom } : { x1: frame.x, y1: frame.y, x2: frame.x, y2: bottom },
    grid,
  };
}
