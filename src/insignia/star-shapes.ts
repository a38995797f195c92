import type { ShoulderBoardDescriptor } from '../data/types.js';
import { BOARD } from './dimensions.js';
import { round } from './round.js';
import { starLayout } from './star-layout.js';
import { starPoints } from './star-points.js';
import { starDiameter } from './star-size.js';
import type { StarGeometry } from './types.js';

/** The stars of a board as SVG polygons in the drawing's coordinates (collar end up). */
export function starShapes(descriptor: Pick<ShoulderBoardDescriptor, 'stars' | 'stripes' | 'field'>): StarGeometry[] {
  const stars = descriptor.stars;
  if (!stars) return [];
  const r = starDiameter(stars.size, descriptor.field) / 2;
  return starLayout(descriptor).map(({ x, d }) => {
    const cx = round(BOARD.width / 2 + x);
    const cy = round(BOARD.length - d);
    return { cx, cy, r: round(r), points: starPoints(cx, cy, r) };
  });
}
