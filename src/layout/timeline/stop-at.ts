import type { TimelineStop } from './types.js';

/** Index of the last stop at or before `instant` (binary search), or -1 when it precedes them all. */
export function stopAt(stops: readonly Pick<TimelineStop, 'instant'>[], instant: number): number {
  let lo = 0;
  let hi = stops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((stops[mid] as Pick<TimelineStop, 'instant'>).instant <= instant) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
