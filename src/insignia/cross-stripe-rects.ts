import type { ShoulderBoardDescriptor } from '../data/types.js';
import { BOARD, CROSS_STRIPE } from './dimensions.js';
import { round } from './round.js';
import type { Rect } from './types.js';

type CrossStripes = NonNullable<ShoulderBoardDescriptor['crossStripes']>;

/**
 * NCOs' cross-stripes (lychki) from just below the button down, 2 mm apart, across the whole board
 * (the field clip trims them to the piping). With `lengthwise`, a wide stripe also runs from the
 * last cross-stripe down the centre line to the lower edge: the starshina's "T".
 */
export function crossStripeRects(stripes: CrossStripes | undefined): Rect[] {
  if (!stripes) return [];
  const height = CROSS_STRIPE[stripes.width];
  const out: Rect[] = [];
  let y: number = CROSS_STRIPE.top;
  for (let i = 0; i < stripes.count; i += 1) {
    out.push({ x: 0, y: round(y), width: BOARD.width, height });
    y += height + CROSS_STRIPE.gap;
  }
  if (stripes.lengthwise) {
    // Joins the cross-bar (no gap) so the two read as one "T".
    const top = stripes.count > 0 ? y - CROSS_STRIPE.gap : CROSS_STRIPE.top;
    const width = CROSS_STRIPE.lengthwiseWidth;
    out.push({ x: round((BOARD.width - width) / 2), y: round(top), width, height: round(BOARD.length - top) });
  }
  return out;
}
