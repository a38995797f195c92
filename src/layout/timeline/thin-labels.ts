import type { AxisLabel } from './types.js';

/**
 * Indices of the labels to keep so that none overlap, leaving `gap` pixels between neighbours:
 * the first label, then each that clears the last one kept (labels sorted by `x`, either way).
 */
export function thinLabels(labels: readonly AxisLabel[], gap = 6): number[] {
  const kept: number[] = [];
  let previous: AxisLabel | undefined;
  labels.forEach((label, i) => {
    if (previous && Math.abs(label.x - previous.x) < (label.width + previous.width) / 2 + gap) return;
    kept.push(i);
    previous = label;
  });
  return kept;
}
