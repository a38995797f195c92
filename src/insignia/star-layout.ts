import type { ShoulderBoardDescriptor } from '../data/types.js';
import { BOARD, BUTTON, STAR_RULES, STRIPE } from './dimensions.js';
import { starDiameter } from './star-size.js';

/** A star centre in board terms: `x` from the centre line (right positive), `d` from the lower edge. */
export interface StarPlace {
  x: number;
  d: number;
}

/**
 * Where the stars go, in the terms of the regulations.
 *
 * `soviet` (the default) follows the 1943 rules:
 * - one stripe (junior officers, small stars): one star on the stripe 45 mm up; from two stars on,
 *   a pair either side of the stripe 30 mm up, and each further star on the stripe 25 mm above the
 *   last (senior lieutenant: a triangle; captain: the pair and two above it);
 * - two stripes (field officers, large stars): one star between the stripes 45 mm up; from two on,
 *   a pair on the stripes 30 mm up, and each further star between them 25 mm above (colonel);
 * - no stripes (generals): a column on the centre line from 35 mm up, 25 mm apart.
 *
 * `column` is that generals' column for any stars (3 mm between neighbours), and `line` puts them
 * side by side across the board 45 mm up. Both close up, overlapping if need be, to keep five
 * stars on the board and clear of the button.
 */
export function starLayout(descriptor: Pick<ShoulderBoardDescriptor, 'stars' | 'stripes' | 'field'>): StarPlace[] {
  const stars = descriptor.stars;
  const count = stars?.count ?? 0;
  if (!stars || count <= 0) return [];
  const diameter = starDiameter(stars.size, descriptor.field);
  const arrangement = stars.arrangement ?? 'soviet';
  const indexes = Array.from({ length: count }, (_, i) => i);
  if (arrangement === 'line') {
    const room = BOARD.width - 2 * BOARD.piping - diameter;
    const spacing = count > 1 ? Math.min(diameter + 3, room / (count - 1)) : 0;
    return indexes.map((i) => ({ x: (i - (count - 1) / 2) * spacing, d: STAR_RULES.single }));
  }
  const column = (): StarPlace[] => {
    const highest = BOARD.length - (BUTTON.cy + BUTTON.r) - 2 - diameter / 2;
    const step = count > 1 ? Math.min(diameter + 3, (highest - STAR_RULES.columnStart) / (count - 1)) : 0;
    return indexes.map((i) => ({ x: 0, d: STAR_RULES.columnStart + i * step }));
  };
  if (arrangement === 'column') return column();
  const stripes = descriptor.stripes?.count ?? 0;
  if (stripes === 1 || stripes === 2) {
    if (count === 1) return [{ x: 0, d: STAR_RULES.single }];
    const offset = stripes === 1 ? STAR_RULES.smallPairOffset : STRIPE.pairOffset;
    const pair = [
      { x: -offset, d: STAR_RULES.pair },
      { x: offset, d: STAR_RULES.pair },
    ];
    return [...pair, ...indexes.slice(2).map((i) => ({ x: 0, d: STAR_RULES.pair + (i - 1) * STAR_RULES.step }))];
  }
  return column();
}
