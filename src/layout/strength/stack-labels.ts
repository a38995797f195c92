import type { AxisLabel } from './thin-labels.js';

/**
 * Assigns each label (sorted by `pos`) the first of `rows` rows where it does not overlap the
 * previous label of that row, or -1 when no row has room (the label is dropped, its mark stays).
 */
export function stackLabels(labels: readonly AxisLabel[], rows: number, gap = 4): number[] {
  const rowEnds: number[] = Array.from({ length: Math.max(0, rows) }, () => -Infinity);
  return labels.map(({ pos, size }) => {
    const start = pos - size / 2;
    const row = rowEnds.findIndex((end) => end + gap <= start);
    if (row >= 0) rowEnds[row] = pos + size / 2;
    return row;
  });
}
