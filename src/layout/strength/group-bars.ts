/** A bar to place inside a slot. */
export interface GroupMember {
  id: string;
  /** Index of the bar's side in the legend; bars are grouped by it. */
  sideIndex: number;
}

/** Start (relative to the plot) and size of each bar along the time axis. */
export type BarBands = Map<string, { t0: number; size: number }>;

/**
 * Splits a slot among its bars, grouped by side (side order first, then the given order, so
 * contradicting figures of one side stay next to each other), with `gap` pixels between bars.
 */
export function groupBars(members: readonly GroupMember[], slot: { center: number; width: number }, gap = 1): BarBands {
  const ordered = members
    .map((member, index) => ({ member, index }))
    .sort((a, b) => a.member.sideIndex - b.member.sideIndex || a.index - b.index);
  const n = ordered.length;
  const space = n > 1 && slot.width - gap * (n - 1) >= n ? gap : 0;
  const size = n > 0 ? Math.max(0, (slot.width - space * (n - 1)) / n) : 0;
  const start = slot.center - slot.width / 2;
  return new Map(ordered.map(({ member }, i) => [member.id, { t0: start + i * (size + space), size }]));
}
