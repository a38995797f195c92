import type { Affiliation } from '../data/types.js';
import { polyline } from './path-data.js';
import type { FrameGeometry } from './types.js';

// Proportions of APP-6 / MIL-STD-2525 land-unit frames (the same ones milsymbol uses, in a
// 200-unit square moved to the origin): friend 1.5:1 rectangle, hostile diamond, neutral
// square, unknown quatrefoil. `iconBox` is where corner-to-corner icons (infantry) end.
const FRAMES: Record<Affiliation, FrameGeometry> = {
  friend: {
    commands: polyline([-75, -50, 75, -50, 75, 50, -75, 50], true),
    box: { x0: -75, y0: -50, x1: 75, y1: 50 },
    iconBox: { x0: -75, y0: -50, x1: 75, y1: 50 },
    staffAnchor: { x: -75, y: 50 },
  },
  hostile: {
    commands: polyline([0, -72, 72, 0, 0, 72, -72, 0], true),
    box: { x0: -72, y0: -72, x1: 72, y1: 72 },
    iconBox: { x0: -40, y0: -30, x1: 40, y1: 30 },
    staffAnchor: { x: -72, y: 0 },
  },
  neutral: {
    commands: polyline([-55, -55, 55, -55, 55, 55, -55, 55], true),
    box: { x0: -55, y0: -55, x1: 55, y1: 55 },
    iconBox: { x0: -55, y0: -55, x1: 55, y1: 55 },
    staffAnchor: { x: -55, y: 55 },
  },
  unknown: {
    commands: [
      { c: 'M', x: -37, y: -37 },
      { c: 'C', x1: -37, y1: -80, x2: 37, y2: -80, x: 37, y: -37 },
      { c: 'C', x1: 80, y1: -37, x2: 80, y2: 37, x: 37, y: 37 },
      { c: 'C', x1: 37, y1: 80, x2: -37, y2: 80, x: -37, y: 37 },
      { c: 'C', x1: -80, y1: 37, x2: -80, y2: -37, x: -37, y: -37 },
      { c: 'Z' },
    ],
    // The lobes of the cubic curves peak at 0.75 of the control-point offset: 37 + 0.75 × 43.
    box: { x0: -69.25, y0: -69.25, x1: 69.25, y1: 69.25 },
    iconBox: { x0: -50, y0: -35, x1: 50, y1: 35 },
    staffAnchor: { x: -69.25, y: 0 },
  },
};

/** The frame of a land unit of `affiliation`; unknown values fall back to the unknown frame. */
export function frameGeometry(affiliation: Affiliation | undefined): FrameGeometry {
  return FRAMES[affiliation ?? 'unknown'] ?? FRAMES.unknown;
}
