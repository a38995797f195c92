import type { Bounds, HierarchyLayout, LayoutOptions, Point } from './types.js';

/** Node drawings: a card (symbol above the name and commander), a side card (name and commander right of the symbol) or an outline row. */
export type NodeVariant = 'card' | 'side' | 'row';

export interface NodeGeometry {
  variant: NodeVariant;
  /** Box around what a node draws, relative to its symbol centre. */
  box: Bounds;
  /** Height of a friend frame (px). */
  symbolSize: number;
  /** Label: anchor point of the first baseline, alignment, line height, width in ems (at the label font size), lines. */
  label: { x: number; y: number; anchor: 'middle' | 'start'; lineHeight: number; maxEms: number; maxLines: number };
  /** Commander line baseline (cards; rows put the commander after the name). */
  commanderY: number;
  /** Change markers' offset from the frame's top-right corner. */
  marker: { dx: number; dy: number };
}

export const CARD: NodeGeometry = {
  variant: 'card',
  box: { x0: -80, y0: -34, x1: 80, y1: 80 },
  symbolSize: 30,
  label: { x: 0, y: 46, anchor: 'middle', lineHeight: 14, maxEms: 12.5, maxLines: 2 },
  commanderY: 74,
  marker: { dx: 8, dy: 2 },
};

export const SIDE: NodeGeometry = {
  variant: 'side',
  box: { x0: -28, y0: -26, x1: 196, y1: 26 },
  symbolSize: 24,
  label: { x: 30, y: -4, anchor: 'start', lineHeight: 13, maxEms: 13, maxLines: 2 },
  commanderY: 22,
  marker: { dx: 1, dy: 1 },
};

export const ROW: NodeGeometry = {
  variant: 'row',
  box: { x0: -30, y0: -17, x1: 440, y1: 17 },
  symbolSize: 18,
  label: { x: 26, y: 4, anchor: 'start', lineHeight: 14, maxEms: 24, maxLines: 1 },
  commanderY: 4,
  marker: { dx: 1, dy: 1 },
};

/** Node drawing and spacing for a layout. */
export function geometryFor(kind: HierarchyLayout): { node: NodeGeometry; options: LayoutOptions } {
  if (kind === 'indented') return { node: ROW, options: { box: ROW.box, siblingGap: 2, levelGap: 32 } };
  if (kind === 'horizontal') return { node: SIDE, options: { box: SIDE.box, siblingGap: 10, levelGap: 48 } };
  return { node: CARD, options: { box: CARD.box, siblingGap: 16, levelGap: 40 } };
}

/** Where the expand/collapse badge sits on a node, relative to its symbol centre. */
export function badgePosition(kind: HierarchyLayout, geometry: NodeGeometry): Point {
  if (kind === 'indented') return { x: geometry.box.x0 + 8, y: 0 };
  if (kind === 'horizontal') return { x: geometry.box.x1, y: 0 };
  return { x: 0, y: geometry.box.y1 };
}
