import type { BoardShape } from '../data/types.js';
import { round } from './round.js';

/**
 * The SVG path of a board's outline: a box `width` × `height` at (`x`, `y`) whose upper (collar) end
 * is pointed (obtuse point `point` high), rounded (an arc `point` high) or square. The lower end is
 * always straight: it is sewn into the shoulder seam.
 */
export function boardOutline(shape: BoardShape, x: number, y: number, width: number, height: number, point: number): string {
  const [x0, y0, x1, y1, p, xm] = [x, y, x + width, y + height, point, x + width / 2].map(round) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const shoulder = round(y0 + p);
  switch (shape) {
    case 'pointed':
      return `M${x0} ${y1}V${shoulder}L${xm} ${y0}L${x1} ${shoulder}V${y1}Z`;
    case 'rounded':
      return `M${x0} ${y1}V${shoulder}A${round(width / 2)} ${p} 0 0 1 ${x1} ${shoulder}V${y1}Z`;
    case 'square':
      return `M${x0} ${y1}V${y0}H${x1}V${y1}Z`;
  }
}
