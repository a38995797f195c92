import type { Echelon } from '../data/types.js';
import { polyline } from './path-data.js';
import type { PathCommand, RawShape } from './types.js';

/** Height of the echelon amplifier and its gap above the frame (symbol units). */
export const ECHELON_HEIGHT = 20;
export const ECHELON_GAP = 6;

type Glyph = 'dot' | 'bar' | 'x' | 'plus' | 'team';

// APP-6 echelon amplifiers: dots for squad to platoon, bars for company to regiment, Xs above.
const GLYPHS: Partial<Record<string, { glyph: Glyph; count: number }>> = {
  team: { glyph: 'team', count: 1 },
  squad: { glyph: 'dot', count: 1 },
  section: { glyph: 'dot', count: 2 },
  platoon: { glyph: 'dot', count: 3 },
  company: { glyph: 'bar', count: 1 },
  battalion: { glyph: 'bar', count: 2 },
  regiment: { glyph: 'bar', count: 3 },
  brigade: { glyph: 'x', count: 1 },
  division: { glyph: 'x', count: 2 },
  corps: { glyph: 'x', count: 3 },
  army: { glyph: 'x', count: 4 },
  'army-group': { glyph: 'x', count: 5 },
  region: { glyph: 'x', count: 6 },
  command: { glyph: 'plus', count: 2 },
};

const PITCH: Record<Glyph, number> = { dot: 20, bar: 14, x: 24, plus: 26, team: 0 };

function glyphAt(glyph: Glyph, cx: number, y0: number, y1: number): RawShape {
  const half = (y1 - y0) / 2;
  const cy = (y0 + y1) / 2;
  switch (glyph) {
    case 'dot':
      return { kind: 'circle', role: 'echelon-fill', cx, cy, r: 6 };
    case 'bar':
      return { kind: 'path', role: 'echelon', commands: polyline([cx, y0, cx, y1]) };
    case 'plus':
      return { kind: 'path', role: 'echelon', commands: polyline([cx, y0, cx, y1]).concat(polyline([cx - half, cy, cx + half, cy])) };
    case 'team':
      return { kind: 'path', role: 'echelon', commands: circleCommands(cx, cy, half).concat(polyline([cx - half, y1, cx + half, y0])) };
    default: {
      const w = half * 0.8;
      return { kind: 'path', role: 'echelon', commands: polyline([cx - w, y0, cx + w, y1]).concat(polyline([cx - w, y1, cx + w, y0])) };
    }
  }
}

function circleCommands(cx: number, cy: number, r: number): PathCommand[] {
  const k = r * 0.5523; // cubic approximation of a quarter circle
  return [
    { c: 'M', x: cx, y: cy - r },
    { c: 'C', x1: cx + k, y1: cy - r, x2: cx + r, y2: cy - k, x: cx + r, y: cy },
    { c: 'C', x1: cx + r, y1: cy + k, x2: cx + k, y2: cy + r, x: cx, y: cy + r },
    { c: 'C', x1: cx - k, y1: cy + r, x2: cx - r, y2: cy + k, x: cx - r, y: cy },
    { c: 'C', x1: cx - r, y1: cy - k, x2: cx - k, y2: cy - r, x: cx, y: cy - r },
    { c: 'Z' },
  ];
}

/**
 * The echelon amplifier drawn centred above a frame whose top edge is at `top` (symbol units):
 * `|||` regiment, `||` battalion, `XX` division, `XXXX` army, `++` command… Unknown and custom
 * echelons draw nothing.
 */
export function echelonMark(echelon: Echelon | undefined, top: number): RawShape[] {
  const spec = echelon === undefined ? undefined : GLYPHS[echelon];
  if (!spec) return [];
  const y1 = top - ECHELON_GAP;
  const y0 = y1 - ECHELON_HEIGHT;
  const pitch = PITCH[spec.glyph];
  const first = -((spec.count - 1) * pitch) / 2;
  return Array.from({ length: spec.count }, (_, i) => glyphAt(spec.glyph, first + i * pitch, y0, y1));
}
