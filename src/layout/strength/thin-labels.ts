/** A label centred at `pos` along an axis, taking `size` pixels along it. */
export interface AxisLabel {
  pos: number;
  size: number;
}

function fits(labels: readonly AxisLabel[], stride: number, gap: number): boolean {
  for (let i = stride; i < labels.length; i += stride) {
    const a = labels[i - stride] as AxisLabel;
    const b = labels[i] as AxisLabel;
    if (a.pos + a.size / 2 + gap > b.pos - b.size / 2) return false;
  }
  return true;
}

/**
 * Indices of the labels to keep so that none overlap: every `k`-th label from the first, for the
 * smallest `k` that leaves `gap` pixels between neighbours (regular spacing reads better than a
 * greedy pick). Labels must be sorted by `pos`. Keeps only the first when nothing else fits.
 */
export function thinLabels(labels: readonly AxisLabel[], gap = 4): number[] {
  for (let stride = 1; stride < labels.length; stride += 1) {
    if (fits(labels, stride, gap)) {
      const kept: number[] = [];
      for (let i = 0; i < labels.length; i += stride) kept.push(i);
      return kept;
    }
  }
  return labels.length > 0 ? [0] : [];
}
