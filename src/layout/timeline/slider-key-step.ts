import type { TimelineStep } from './types.js';

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
