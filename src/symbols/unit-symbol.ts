import type { Affiliation, Arm, Echelon } from '../data/types.js';
import { armIcon } from './arm-icon.js';
import { echelonMark } from './echelon-mark.js';
import { frameGeometry } from './frame.js';
import { headquartersStaff } from './headquarters-staff.js';
import { pathData } from './path-data.js';
import type { Box, PathCommand, RawShape, SymbolShape, UnitSymbol } from './types.js';

export interface UnitSymbolOptions {
  affiliation: Affiliation | undefined;
  arm?: Arm | undefined;
  echelon?: Echelon | undefined;
  /** Height in pixels of a friend frame (the frame unit); other frames keep APP-6 proportions to it. */
  size?: number;
}

const round = (n: number): number => Math.round(n * 100) / 100 + 0;

function pointsOf(shape: RawShape): { x: number; y: number }[] {
  if (shape.kind === 'circle') {
    return [
      { x: shape.cx - shape.r, y: shape.cy - shape.r },
      { x: shape.cx + shape.r, y: shape.cy + shape.r },
    ];
  }
  if (shape.kind === 'text') return [{ x: shape.x, y: shape.y }];
  return shape.commands.flatMap((c: PathCommand) => (c.c === 'Z' ? [] : [{ x: c.x, y: c.y }]));
}

function scaleBox(box: Box, s: number): Box {
  return { x0: round(box.x0 * s), y0: round(box.y0 * s), x1: round(box.x1 * s), y1: round(box.y1 * s) };
}

function scaleShape(shape: RawShape, s: number): SymbolShape {
  if (shape.kind === 'path') return { kind: 'path', role: shape.role, d: pathData(shape.commands, s) };
  if (shape.kind === 'circle')
    return { kind: 'circle', role: shape.role, cx: round(shape.cx * s), cy: round(shape.cy * s), r: round(shape.r * s) };
  return {
    kind: 'text',
    role: shape.role,
    x: round(shape.x * s),
    y: round(shape.y * s),
    text: shape.text,
    fontSize: round(shape.fontSize * s),
  };
}

/**
 * A land-unit symbol after APP-6: frame by affiliation, icon by arm, echelon amplifier above and,
 * for headquarters, the staff. Pixels, frame centred on the origin, numbers rounded to 2 decimals.
 */
export function unitSymbol({ affiliation, arm, echelon, size = 30 }: UnitSymbolOptions): UnitSymbol {
  const frame = frameGeometry(affiliation);
  const raw: RawShape[] = [{ kind: 'path', role: 'frame', commands: frame.commands }];
  raw.push(...armIcon(arm, frame));
  if (arm === 'headquarters') raw.push(headquartersStaff(frame));
  raw.push(...echelonMark(echelon, frame.box.y0));

  const bounds = { ...frame.box };
  for (const shape of raw.slice(1)) {
    for (const p of pointsOf(shape)) {
      bounds.x0 = Math.min(bounds.x0, p.x);
      bounds.y0 = Math.min(bounds.y0, p.y);
      bounds.x1 = Math.max(bounds.x1, p.x);
      bounds.y1 = Math.max(bounds.y1, p.y);
    }
  }
  const s = size / 100;
  return { shapes: raw.map((shape) => scaleShape(shape, s)), frame: scaleBox(frame.box, s), bounds: scaleBox(bounds, s) };
}
