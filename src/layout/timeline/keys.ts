/** How the timeline slider's keys move between stops (WAI-ARIA slider pattern). */
import type { TimelineStop } from './stops.js';

/** How the slider keys move between stops. */
export type TimelineStep = 'next' | 'previous' | 'next-year' | 'previous-year' | 'first' | 'last';

/**
 * The step a key makes on the timeline slider (WAI-ARIA slider pattern): arrows move one stop
 * (Left and Right follow the reading direction, so they swap when `rtl`), PageUp/PageDown a year,
 * Home/End to the ends. `undefined` for any other key.
 */
export function sliderKeyStep(key: string, rtl = false): TimelineStep | undefined {
  switch (key) {
    case 'ArrowRight':
      return rtl ? 'previous' : 'next';
    case 'ArrowLeft':
      return rtl ? 'next' : 'previous';
    case 'ArrowUp':
      return 'next';
    case 'ArrowDown':
      return 'previous';
    case 'PageUp':
      return 'next-year';
    case 'PageDown':
      return 'previous-year';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return undefined;
  }
}

type Stop = Pick<TimelineStop, 'instant'>;

const year = (instant: number) => new Date(instant).getUTCFullYear();

function firstIndex(stops: readonly Stop[], test: (s: Stop) => boolean): number {
  return stops.findIndex(test);
}

function lastIndex(stops: readonly Stop[], test: (s: Stop) => boolean): number {
  for (let i = stops.length - 1; i >= 0; i -= 1) if (test(stops[i] as Stop)) return i;
  return -1;
}

/**
 * The stop a step leads to from `instant` (which may lie between stops): the next or previous
 * stop, the first stop of a later year or of the previous year that has one, or the first or last
 * stop. Clamps at the ends; -1 when there are no stops.
 */
export function stepStop(stops: readonly Stop[], instant: number, step: TimelineStep): number {
  const last = stops.length - 1;
  if (last < 0) return -1;
  const or = (i: number, fallback: number) => (i < 0 ? fallback : i);
  switch (step) {
    case 'first':
      return 0;
    case 'last':
      return last;
    case 'next':
      return or(
        firstIndex(stops, (s) => s.instant > instant),
        last,
      );
    case 'previous':
      return or(
        lastIndex(stops, (s) => s.instant < instant),
        0,
      );
    case 'next-year':
      return or(
        firstIndex(stops, (s) => year(s.instant) > year(instant)),
        last,
      );
    case 'previous-year': {
      const before = lastIndex(stops, (s) => year(s.instant) < year(instant));
      if (before < 0) return 0;
      const target = year((stops[before] as Stop).instant);
      return firstIndex(stops, (s) => year(s.instant) === target);
    }
  }
}
