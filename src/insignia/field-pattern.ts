import type { BoardField } from '../data/types.js';
import { BOARD } from './dimensions.js';
import { round } from './round.js';

/** Generals' zigzag: lengthwise zigzag lines, nested so the field reads as the woven "zigzag" galloon. */
const ZIGZAG = { column: 7.5, amplitude: 3.75, halfPeriod: 5 } as const;
/** Officers' galloon: fine transverse ribs. */
const GALLOON = { rib: 3 } as const;

/**
 * The lines that give a woven field its texture, over the whole board box (the element clips them
 * to the field). `plain` cloth has none.
 */
export function fieldPattern(field: BoardField): { kind: 'zigzag' | 'galloon'; d: string } | undefined {
  if (field === 'zigzag') {
    const parts: string[] = [];
    for (let x = ZIGZAG.column / 2; x < BOARD.width; x += ZIGZAG.column) {
      const points: string[] = [];
      for (let i = 0, y = 0; y <= BOARD.length + ZIGZAG.halfPeriod; i += 1, y += ZIGZAG.halfPeriod) {
        points.push(`${round(i % 2 === 0 ? x : x + ZIGZAG.amplitude)} ${round(y)}`);
      }
      parts.push(`M${points.join('L')}`);
    }
    return { kind: 'zigzag', d: parts.join('') };
  }
  if (field === 'galloon') {
    const parts: string[] = [];
    for (let y = GALLOON.rib; y < BOARD.length; y += GALLOON.rib) parts.push(`M0 ${round(y)}H${BOARD.width}`);
    return { kind: 'galloon', d: parts.join('') };
  }
  return undefined;
}
