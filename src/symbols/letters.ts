import type { PathCommand } from './types.js';

// A tiny stroke font (unit height, origin top-left) for the text amplifiers drawn inside frames.
// Strokes rather than <text> keep the symbol pure graphics: no font dependence, and no stray
// words in the accessible text of the node that carries it.
const GLYPHS: Readonly<Record<string, { width: number; commands: PathCommand[] }>> = {
  I: {
    width: 0.4,
    commands: [
      { c: 'M', x: 0, y: 0 },
      { c: 'L', x: 0.4, y: 0 },
      { c: 'M', x: 0.2, y: 0 },
      { c: 'L', x: 0.2, y: 1 },
      { c: 'M', x: 0, y: 1 },
      { c: 'L', x: 0.4, y: 1 },
    ],
  },
  R: {
    width: 0.6,
    commands: [
      { c: 'M', x: 0, y: 1 },
      { c: 'L', x: 0, y: 0 },
      { c: 'L', x: 0.35, y: 0 },
      { c: 'C', x1: 0.65, y1: 0, x2: 0.65, y2: 0.5, x: 0.35, y: 0.5 },
      { c: 'L', x: 0, y: 0.5 },
      { c: 'M', x: 0.3, y: 0.5 },
      { c: 'L', x: 0.6, y: 1 },
    ],
  },
  E: {
    width: 0.55,
    commands: [
      { c: 'M', x: 0.55, y: 0 },
      { c: 'L', x: 0, y: 0 },
      { c: 'L', x: 0, y: 1 },
      { c: 'L', x: 0.55, y: 1 },
      { c: 'M', x: 0, y: 0.5 },
      { c: 'L', x: 0.45, y: 0.5 },
    ],
  },
  S: {
    width: 0.6,
    commands: [
      { c: 'M', x: 0.58, y: 0.12 },
      { c: 'C', x1: 0.45, y1: -0.04, x2: 0.02, y2: -0.04, x: 0.02, y: 0.25 },
      { c: 'C', x1: 0.02, y1: 0.5, x2: 0.6, y2: 0.45, x: 0.6, y: 0.74 },
      { c: 'C', x1: 0.6, y1: 1.05, x2: 0.12, y2: 1.05, x: 0, y: 0.86 },
    ],
  },
};

const GAP = 0.22;

/**
 * `text` (letters I, R, E, S; others are skipped) as stroked paths `height` tall, centred on
 * (`cx`, `cy`): the "RES" and "IRR" amplifiers of reserve and irregular units.
 */
export function letterPaths(text: string, cx: number, cy: number, height: number): PathCommand[] {
  const glyphs = [...text].flatMap((ch) => (GLYPHS[ch] ? [GLYPHS[ch]] : []));
  const width = glyphs.reduce((sum, g) => sum + g.width, 0) + GAP * Math.max(glyphs.length - 1, 0);
  let x = -width / 2;
  const out: PathCommand[] = [];
  for (const glyph of glyphs) {
    const px = (u: number) => cx + (x + u) * height;
    const py = (v: number) => cy + (v - 0.5) * height;
    for (const cmd of glyph.commands) {
      if (cmd.c === 'Z') out.push(cmd);
      else if (cmd.c === 'C')
        out.push({ c: 'C', x1: px(cmd.x1), y1: py(cmd.y1), x2: px(cmd.x2), y2: py(cmd.y2), x: px(cmd.x), y: py(cmd.y) });
      else out.push({ c: cmd.c, x: px(cmd.x), y: py(cmd.y) });
    }
    x += glyph.width + GAP;
  }
  return out;
}
