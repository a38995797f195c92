import type { Emblem } from '../data/types.js';
import { BOARD, BUTTON } from './dimensions.js';
import { round } from './round.js';
import { starPoints } from './star-points.js';
import type { EmblemGeometry } from './types.js';

/**
 * The emblem at the collar end: a button, a star in its place, or a button framed by two laurel
 * branches (`wreath`). `none` (or absent) draws nothing.
 */
export function emblemShape(emblem: Emblem | undefined): EmblemGeometry | undefined {
  if (!emblem || emblem === 'none') return undefined;
  const cx = BOARD.width / 2;
  const { cy, r } = BUTTON;
  if (emblem === 'star') return { kind: 'star', cx, cy, r, points: starPoints(cx, cy, r + 1) };
  if (emblem === 'wreath') {
    // Two arcs opening towards the collar, each 2.5 mm outside the button.
    const w = r + 2.5;
    const left = `M${round(cx - 1)} ${round(cy + w)}A${w} ${w} 0 0 1 ${round(cx - w)} ${round(cy - 2)}`;
    const right = `M${round(cx + 1)} ${round(cy + w)}A${w} ${w} 0 0 0 ${round(cx + w)} ${round(cy - 2)}`;
    return { kind: 'wreath', cx, cy, r, d: left + right };
  }
  return { kind: 'button', cx, cy, r };
}
