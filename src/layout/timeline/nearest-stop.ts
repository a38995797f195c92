/**
 * Snapping: index of the position nearest to `x` (positions sorted ascending or descending, e.g.
 * the marks' pixels), the earlier one on a tie; -1 when there are none.
 */
export function nearestStop(positions: readonly number[], x: number): number {
  let best = -1;
  let bestDistance = Infinity;
  positions.forEach((p, i) => {
    const distance = Math.abs(p - x);
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  });
  return best;
}
