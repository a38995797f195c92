import type { Bounds, HierarchyLayout, LayoutOptions, Point } from './types.js';

/**
 * Node drawings: a card (symbol above the name and commander), a side card (name and commander
 * right of the symbol) or an outline row (name above the commander, right of the symbol).
 */
export type NodeVariant = 'card' | 'side' | 'row';

/** Line boxes of the texts, in layout pixels at the default label size (12 px names, 11 px commanders and badges). */
export interface NodeGeometry {
  variant: NodeVariant;
  /** Size of everything relative to the default 12 px names: 1 at 12 px, 1.5 at 18 px. */
  em: number;
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
  em: 1,
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
  em: 1,
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
  em: 1,
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

const times = (b: Bounds, s: number): Bounds => ({ x0: b.x0 * s, y0: b.y0 * s, x1: b.x1 * s, y1: b.y1 * s });

/** `g` with every length times `s`: bigger names get bigger symbols, badges, boxes and gaps. */
export function scaleGeometry(g: NodeGeometry, s: number): NodeGeometry {
  if (s === 1) return g;
  const { label } = g;
  return {
    ...g,
    em: g.em * s,
    box: times(g.box, s),
    symbolSize: g.symbolSize * s,
    label: { ...label, x: label.x * s, y: label.y * s, lineHeight: label.lineHeight * s, maxWidth: label.maxWidth * s },
    commanderGap: g.commanderGap * s,
    badge: { x: g.badge.x * s, y: g.badge.y * s },
    marker: { dx: g.marker.dx * s, dy: g.marker.dy * s },
  };
}

/** Width of the column of change marks (compare mode) between a side card's or a row's symbol and its name, at 12 px names. */
export const MARK_GUTTER = 10;

/**
 * `g` with room for a column of change marks right of the symbol (compare mode): side cards and
 * rows move their name (and a horizontal card its badge) right by `gutter`; a side card grows by
 * it, a row keeps its width and cuts its texts shorter. Cards are unchanged: their marks sit in a
 * row above the name, beside the symbol.
 */
export function withMarkGutter(g: NodeGeometry, gutter: number): NodeGeometry {
  if (g.variant === 'card') return g;
  const label = { ...g.label, x: g.label.x + gutter };
  if (g.variant === 'row') return { ...g, label: { ...label, maxWidth: g.label.maxWidth - gutter } };
  return { ...g, label, box: { ...g.box, x1: g.box.x1 + gutter }, badge: g.badge.x > 0 ? { ...g.badge, x: g.badge.x + gutter } : g.badge };
}

/**
 * Node drawing and spacing for a layout, for names of `em` × 12 px. `width` (the chart's width in
 * layout pixels) and `levels` (levels drawn) size outline rows so that the deepest row still fits;
 * `marks` leaves room for compare mode's change marks.
 */
export function geometryFor(
  kind: HierarchyLayout,
  width = Infinity,
  levels = 1,
  em = 1,
  marks = false,
): { node: NodeGeometry; options: LayoutOptions } {
  const { node, options } = baseGeometry(kind, width, levels, em);
  if (!marks) return { node, options };
  const marked = withMarkGutter(node, MARK_GUTTER * em);
  return { node: marked, options: { ...options, box: marked.box } };
}

function baseGeometry(kind: HierarchyLayout, width: number, levels: number, em: number): { node: NodeGeometry; options: LayoutOptions } {
  const gap = (n: number) => n * em;
  if (kind === 'indented') {
    const node = scaleGeometry(rowGeometry((width - Math.max(0, levels - 1) * gap(ROW_INDENT)) / em), em);
    return { node, options: { box: node.box, siblingGap: gap(2), levelGap: gap(ROW_INDENT) } };
  }
  if (kind === 'horizontal') {
    const node = scaleGeometry(SIDE, em);
    return { node, options: { box: node.box, siblingGap: gap(10), levelGap: gap(48) } };
  }
  if (kind === 'compact') {
    const node = scaleGeometry(COMPACT, em);
    return { node, options: { box: node.box, siblingGap: gap(6), levelGap: gap(16), maxWidth: width } };
  }
  const node = scaleGeometry(CARD, em);
  return { node, options: { box: node.box, siblingGap: gap(16), levelGap: gap(20) } };
}
