import { round } from './round.js';

/** Inner/outer radius of a regular five-pointed star (a pentagram outline). */
const INNER = 0.382;

/** SVG `points` of a five-pointed star centred at (`cx`, `cy`) with outer radius `r`, pointing up. */
export function starPoints(cx: number, cy: number, r: number): string {
  const out: string[] = [];
  for (let i = 0; i < 10; i += 1) {
    const radius = i % 2 === 0 ? r : r * INNER;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    out.push(`${round(cx + radius * Math.cos(angle))},${round(cy + radius * Math.sin(angle))}`);
  }
  return out.join(' ');
}
