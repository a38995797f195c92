import type { PathCommand } from './types.js';

const round = (n: number): number => Math.round(n * 100) / 100 + 0;

/** SVG path data for `commands` multiplied by `scale`, numbers rounded to 2 decimals. */
export function pathData(commands: readonly PathCommand[], scale = 1): string {
  const p = (n: number) => String(round(n * scale));
  return commands
    .map((cmd) => {
      if (cmd.c === 'Z') return 'Z';
      if (cmd.c === 'C') return `C${p(cmd.x1)},${p(cmd.y1)} ${p(cmd.x2)},${p(cmd.y2)} ${p(cmd.x)},${p(cmd.y)}`;
      return `${cmd.c}${p(cmd.x)},${p(cmd.y)}`;
    })
    .join('');
}

/** Shorthand used by the geometry modules: `polyline([x0, y0, x1, y1, …], closed)`. */
export function polyline(points: readonly number[], closed = false): PathCommand[] {
  const out: PathCommand[] = [];
  for (let i = 0; i + 1 < points.length; i += 2) {
    out.push({ c: i === 0 ? 'M' : 'L', x: points[i] as number, y: points[i + 1] as number });
  }
  if (closed) out.push({ c: 'Z' });
  return out;
}
