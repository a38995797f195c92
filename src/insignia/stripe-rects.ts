import { BOARD, STRIPE } from './dimensions.js';
import { round } from './round.js';
import type { Rect } from './types.js';

/**
 * Officers' lengthwise stripes (prosvety), from the shoulder corners to the lower edge: one on the
 * centre line, two 12 mm either side of it, three or more 14 mm apart.
 */
export function stripeRects(count: number): Rect[] {
  if (count <= 0) return [];
  const spacing = count === 2 ? STRIPE.pairOffset * 2 : STRIPE.spacing;
  return Array.from({ length: count }, (_, i) => {
    const centre = BOARD.width / 2 + (i - (count - 1) / 2) * spacing;
    return {
      x: round(centre - STRIPE.width / 2),
      y: BOARD.point,
      width: STRIPE.width,
      height: BOARD.length - BOARD.point,
    };
  });
}
