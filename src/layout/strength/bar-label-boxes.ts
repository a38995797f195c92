import type { BarLabelText } from './bar-label.js';
import type { Orientation, Rect } from './types.js';

/** A run of text to draw: lines top to bottom, anchored at `x`, first baseline at `y`. */
export interface TextBlock {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  lines: string[];
  box: Rect;
}

export interface BarLabelBoxes {
  marks?: TextBlock;
  label?: TextBlock;
}

/**
 * Where a bar's marks and label go: stacked above the end of a vertical bar (label over marks),
 * or in one line after the end of a horizontal bar (marks first).
 */
export function barLabelBoxes(
  text: BarLabelText,
  tip: { x: number; y: number },
  orientation: Orientation,
  fontSize: number,
  measure: (s: string) => number,
): BarLabelBoxes {
  const lh = fontSize + 2;
  const out: BarLabelBoxes = {};
  const labelLines = [text.value, text.detail].filter(Boolean);
  if (orientation === 'vertical') {
    let bottom = tip.y - 3;
    if (text.marks) {
      const w = measure(text.marks);
      out.marks = { x: tip.x, y: bottom, anchor: 'middle', lines: [text.marks], box: { x: tip.x - w / 2, y: bottom - fontSize, width: w, height: lh } };
      bottom -= lh;
    }
    const w = Math.max(...labelLines.map(measure));
    const top = bottom - labelLines.length * lh + 2;
    out.label = { x: tip.x, y: top + fontSize, anchor: 'middle', lines: labelLines, box: { x: tip.x - w / 2, y: top - 2, width: w, height: labelLines.length * lh } };
    return out;
  }
  const baseline = tip.y + fontSize * 0.35;
  const boxY = tip.y - lh / 2;
  let x = tip.x + 4;
  if (text.marks) {
    const w = measure(text.marks);
    out.marks = { x, y: baseline, anchor: 'start', lines: [text.marks], box: { x, y: boxY, width: w, height: lh } };
    x += w + 4;
  }
  const line = labelLines.join(' ');
  out.label = { x, y: baseline, anchor: 'start', lines: [line], box: { x, y: boxY, width: measure(line), height: lh } };
  return out;
}
