import type { Arm } from '../data/types.js';
import { letterPaths } from './letters.js';
import { polyline } from './path-data.js';
import type { FrameGeometry, RawShape } from './types.js';

const infantry = ({ iconBox: b }: FrameGeometry): RawShape => ({
  kind: 'path',
  role: 'icon',
  commands: polyline([b.x0, b.y0, b.x1, b.y1]).concat(polyline([b.x0, b.y1, b.x1, b.y0])),
});

// The APP-6 armour icon: a track outline (a stadium) in the middle of the frame.
const armour = (): RawShape => ({
  kind: 'path',
  role: 'icon',
  commands: [
    { c: 'M', x: -30, y: -15 },
    { c: 'L', x: 30, y: -15 },
    { c: 'C', x1: 50, y1: -15, x2: 50, y2: 15, x: 30, y: 15 },
    { c: 'L', x: -30, y: 15 },
    { c: 'C', x1: -50, y1: 15, x2: -50, y2: -15, x: -30, y: -15 },
    { c: 'Z' },
  ],
});

const label = (text: string): RawShape => ({ kind: 'path', role: 'icon', commands: letterPaths(text, 0, 0, 28) });

type IconMaker = (frame: FrameGeometry) => RawShape[];

const ICONS: Partial<Record<string, IconMaker>> = {
  infantry: (f) => [infantry(f)],
  'motorized-infantry': (f) => [infantry(f), { kind: 'path', role: 'icon', commands: polyline([0, f.iconBox.y0, 0, f.iconBox.y1]) }],
  // Reconnaissance / cavalry: one diagonal, lower left to upper right.
  cavalry: ({ iconBox: b }) => [{ kind: 'path', role: 'icon', commands: polyline([b.x0, b.y1, b.x1, b.y0]) }],
  artillery: () => [{ kind: 'circle', role: 'icon-fill', cx: 0, cy: 0, r: 15 }],
  armour: () => [armour()],
  // Fixed-wing aviation: the "propeller" bow tie.
  air: () => [{ kind: 'path', role: 'icon', commands: polyline([-40, -15, 40, 15, 40, -15, -40, 15], true) }],
  engineers: () => [
    { kind: 'path', role: 'icon', commands: polyline([-30, 10, -30, -10, 30, -10, 30, 10]).concat(polyline([0, -10, 0, 10])) },
  ],
  signals: ({ iconBox: b }) => {
    const h = b.y1 - b.y0;
    return [{ kind: 'path', role: 'icon', commands: polyline([b.x0, b.y0, 0, b.y0 + h * 0.7, 0, b.y0 + h * 0.3, b.x1, b.y1]) }];
  },
  // Supply: a bar across the lower third.
  logistics: ({ iconBox: b }) => {
    const y = b.y1 - (b.y1 - b.y0) / 3;
    return [{ kind: 'path', role: 'icon', commands: polyline([b.x0, y, b.x1, y]) }];
  },
  medical: ({ iconBox: b }) => [
    { kind: 'path', role: 'icon', commands: polyline([0, b.y0, 0, b.y1]).concat(polyline([b.x0, 0, b.x1, 0])) },
  ],
  reserve: () => [label('RES')],
  irregular: () => [label('IRR')],
  'combined-arms': (f) => [infantry(f), armour()],
};

/**
 * The icon drawn inside a frame for an arm of service, in symbol units. Headquarters have no
 * inner icon (they get a staff, see `headquartersStaff`); unknown and custom arms draw nothing.
 */
export function armIcon(arm: Arm | undefined, frame: FrameGeometry): RawShape[] {
  if (arm === undefined) return [];
  return ICONS[arm]?.(frame) ?? [];
}
