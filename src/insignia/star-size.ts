import type { BoardField, ShoulderBoardDescriptor } from '../data/types.js';
import { STAR_DIAMETER } from './dimensions.js';

type Stars = NonNullable<ShoulderBoardDescriptor['stars']>;

/** Star diameter in mm: small 13; large 20, or 22 on a generals' zigzag field. */
export function starDiameter(size: Stars['size'], field: BoardField): number {
  if (size === 'small') return STAR_DIAMETER.small;
  return field === 'zigzag' ? STAR_DIAMETER.general : STAR_DIAMETER.large;
}
