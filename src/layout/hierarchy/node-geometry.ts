import type { Bounds, HierarchyLayout, LayoutOptions, Point } from './types.js';

/**
 * Node drawings: a card (symbol above the name and commander), a side card (name and commander
 * right of the symbol) or an outline row (name above the commander, right of the symbol).
 */
export type NodeVariant = 'card' | 'side' | 'row';

/** Line boxes of the texts, in layout pixels at the default label size (12 px names, 11 px commanders and badges). */
export interface NodeGeometry {
  variant: NodeVariant;
  /** Box around what a node draws (badge included), relative to its symbol centre. */
  box: Bounds;
  /** Height of a friend frame (px). */
  symbolSize: number;
  /** Label: anchor point of the first baseline, alignment, line pitch, width (px at the label size), lines. */
  label: { x: number; y: number; anchor: 'middle' | 'start'; lineHeight: number; maxWidth: number; maxLines: number };
  /** Baseline of the commander's line below the name's last line (the commander is cut to `label.maxWidth`). */
  commanderGap: number;
  /** Centre of the expand/collapse badge, clear of every text. */
  badge: Point;
  /** Change markers' offset from the frame's top-right corner. */
  marker: { dx: number; dy: number };
}

/**
 * The sizes below keep texts apart for fonts with tall ascents and descents (Noto Sans: 1.07 and
 * 0.29 em): a 15 px pitch between 12 px name lines and 16 px down to the 11 px commander line.
 */
const LINE = 15;
const COMMANDER_GAP = 16;
const BADGE_HEIGHT = 16;

/** Tidy and radial: the symbol on top, the name in up to two lines, the commander, then the badge under the card. */
export const CARD: NodeGeometry = {
  variant: 'card',
  box: { x0: -80, y0: -28, x1: 80, y1: 68 + BADGE_HEIGHT + 2 },
  symbolSize: 30,
  label: { x: 0, y: 32, anchor: 'middle', lineHeight: LINE, maxWidth: 150, maxLines: 2 },
  commanderGap: COMMANDER_GAP,
  badge: { x: 0, y: 68 + BADGE_HEIGHT / 2 },
  marker: { dx: 8, dy: 2 },
};

/** Compact: name and commander right of the symbol; the badge under the symbol, where the trunk to the subordinates starts. */
export const COMPACT: NodeGeometry = {
  variant: 'side',
  box: { x0: -28, y0: -25, x1: 184, y1: 33 },
  symbolSize: 24,
  label: { x: 30, y: -4, anchor: 'start', lineHeight: LINE, maxWidth: 150, maxLines: 2 },
  commanderGap: COMMANDER_GAP,
  badge: { x: 0, y: 24 },
  marker: { dx: 1, dy: 1 },
};

/** Horizontal: as compact, with the badge after the texts, where the links leave. */
export const SIDE: NodeGeometry = {
  ...COMPACT,
  box: { x0: -28, y0: -25, x1: 228, y1: 25 },
  badge: { x: 206, y: 0 },
};

/** Indented rows: the badge left of the symbol, the name and the commander in two lines. Width follows the box (see `rowGeometry`). */
export const ROW: NodeGeometry = {
  variant: 'row',
  box: { x0: -52, y0: -19, x1: 440, y1: 19 },
  symbolSize: 18,
  label: { x: 22, y: -3, anchor: 'start', lineHeight: LINE, maxWidth: 410, maxLines: 1 },
  commanderGap: 17,
  badge: { x: -33, y: 0 },
  marker: { dx: 1, dy: 1 },
};

/** Indentation per level of the outline. */
const ROW_INDENT = 28;

/** An outline row `width` px wide (box edge to box edge), its texts cut to fit. */
export function rowGeometry(width: number): NodeGeometry {
  const w = Math.round(Math.max(200, Math.min(ROW.box.x1 - ROW.box.x0, width)));
  const x1 = ROW.box.x0 + w;
  return { ...ROW, box: { ...ROW.box, x1 }, label: { ...ROW.label, maxWidth: x1 - ROW.label.x - 4 } };
}

/**
 * Node drawing and spacing for a layout. `width` (the chart's width in layout pixels) and
 * `levels` (levels drawn) size outline rows so that the deepest row still fits the width.
 */
export function geometryFor(kind: HierarchyLayout, width = Infinity, levels = 1): { node: NodeGeometry; options: LayoutOptions } {
  if (kind === 'indented') {
    const node = rowGeometry(width - Math.max(0, levels - 1) * ROW_INDENT);
    return { node, options: { box: node.box, siblingGap: 2, levelGap: ROW_INDENT } };
  }
  if (kind === 'horizontal') return { node: SIDE, options: { box: SIDE.box, siblingGap: 10, levelGap: 48 } };
  if (kind === 'compact') return { node: COMPACT, options: { box: COMPACT.box, siblingGap: 6, levelGap: 16, maxWidth: width } };
  return { node: CARD, options: { box: CARD.box, siblingGap: 16, levelGap: 20 } };
}
