import type { Bounds, ForestLayout, Point, Size, TreeInput, ZoomTransform } from './types.js';

/** Screen pixels kept free around a view of the tree. */
export const READABLE_PADDING = 12;

export interface FitOptions {
  /** Screen pixels kept free around the content. */
  padding?: number;
  minScale?: number;
  maxScale?: number;
  /** `center`: the whole content, centred. `top-left`: fit the width only and start at the top (outline lists). */
  align?: 'center' | 'top-left';
}

/** The zoom transform that shows `bounds` (layout space) inside `viewport`, clamped to the scale range. */
export function fitTransform(bounds: Bounds, viewport: Size, options: FitOptions = {}): ZoomTransform {
  const { padding = 16, minScale = 0.02, maxScale = 1, align = 'center' } = options;
  const width = Math.max(bounds.x1 - bounds.x0, 1e-9);
  const height = Math.max(bounds.y1 - bounds.y0, 1e-9);
  const availableW = Math.max(viewport.width - 2 * padding, 1);
  const availableH = Math.max(viewport.height - 2 * padding, 1);
  const wanted = align === 'top-left' ? availableW / width : Math.min(availableW / width, availableH / height);
  const k = Math.min(maxScale, Math.max(minScale, wanted));
  if (align === 'top-left') return { x: padding - bounds.x0 * k, y: padding - bounds.y0 * k, k };
  return {
    x: viewport.width / 2 - ((bounds.x0 + bounds.x1) / 2) * k,
    y: viewport.height / 2 - ((bounds.y0 + bounds.y1) / 2) * k,
    k,
  };
}

/**
 * The transform that shows a whole layout in a chart of `viewport` size, however small that
 * makes it (Fit all); outlines fit their width and start at the top. Undefined while the chart
 * has no size.
 */
export function fitView<T extends TreeInput>(layout: ForestLayout<T>, viewport: Size): ZoomTransform | undefined {
  if (viewport.width === 0 || viewport.height === 0) return undefined;
  const indented = layout.kind === 'indented';
  return fitTransform(layout.bounds, viewport, {
    padding: READABLE_PADDING,
    minScale: 0.001,
    maxScale: indented ? 1 : 1.25,
    align: indented ? 'top-left' : 'center',
  });
}

function shift(start: number, end: number, size: number, margin: number): number {
  if (end - start > size - 2 * margin || start < margin) return margin - start;
  if (end > size - margin) return size - margin - end;
  return 0;
}

/**
 * The smallest pan (same scale) that brings `box` (layout space) inside `viewport` with `margin`
 * screen pixels to spare; a box too big to fit is aligned on its top-left corner.
 */
export function panIntoView(transform: ZoomTransform, box: Bounds, viewport: Size, margin = 24): ZoomTransform {
  const { x, y, k } = transform;
  const dx = shift(box.x0 * k + x, box.x1 * k + x, viewport.width, margin);
  const dy = shift(box.y0 * k + y, box.y1 * k + y, viewport.height, margin);
  return { x: x + dx, y: y + dy, k };
}

/** Whether `bounds` fits inside `viewport` (less `padding` each side) at scale `k`. */
export function fitsAt(bounds: Bounds, viewport: Size, k: number, padding = READABLE_PADDING): boolean {
  return (
    (bounds.x1 - bounds.x0) * k <= viewport.width - 2 * padding + 0.5 && (bounds.y1 - bounds.y0) * k <= viewport.height - 2 * padding + 0.5
  );
}

/**
 * The first-paint transform: never below `minScale` (the scale at which the smallest text is
 * readable). A layout that fits at that scale is shown whole (centred; outlines at the top left),
 * up to `maxScale`. One that does not is shown at `minScale` from its top, centred on its first
 * root (horizontal trees: from the left; outlines: from the top left), clamped so that no empty
 * space shows before the tree's edges: the rest is reached by panning, the minimap or Fit all.
 */
export function readableTransform<T extends TreeInput>(
  layout: ForestLayout<T>,
  viewport: Size,
  minScale: number,
  maxScale = 1.25,
): ZoomTransform {
  const b = layout.bounds;
  const pad = READABLE_PADDING;
  const width = Math.max(b.x1 - b.x0, 1e-9);
  const height = Math.max(b.y1 - b.y0, 1e-9);
  const whole = Math.min((viewport.width - 2 * pad) / width, (viewport.height - 2 * pad) / height);
  const kind = layout.kind;
  if (whole >= minScale) {
    const k = Math.max(minScale, Math.min(maxScale, whole));
    if (kind === 'indented') return { x: pad - b.x0 * k, y: pad - b.y0 * k, k };
    return { x: viewport.width / 2 - ((b.x0 + b.x1) / 2) * k, y: viewport.height / 2 - ((b.y0 + b.y1) / 2) * k, k };
  }
  const k = minScale;
  const first = layout.nodes[0] ?? { x: 0, y: 0 };
  // Clamp a coordinate so the tree's near edge sits at the padding or beyond, its far edge likewise.
  const clamp = (offset: number, lo: number, hi: number, size: number) => Math.min(pad - lo * k, Math.max(size - pad - hi * k, offset));
  const fromLeft = pad - b.x0 * k;
  const fromTop = pad - b.y0 * k;
  if (kind === 'indented') return { x: fromLeft, y: fromTop, k };
  if (kind === 'horizontal') return { x: fromLeft, y: clamp(viewport.height / 2 - first.y * k, b.y0, b.y1, viewport.height), k };
  return { x: clamp(viewport.width / 2 - first.x * k, b.x0, b.x1, viewport.width), y: fromTop, k };
}

/** The layout point drawn at screen point `p` under `t`. */
export function invert(t: ZoomTransform, p: Point): Point {
  return { x: (p.x - t.x) / t.k, y: (p.y - t.y) / t.k };
}

/**
 * The transform at scale `k` (clamped to `extent`) that draws layout point `at` at screen point `p`:
 * what every zoom and pan gesture comes down to (d3-zoom's `translate(scale(t, k), p, at)`).
 */
export function zoomTo(k: number, p: Point, at: Point, extent: readonly [number, number]): ZoomTransform {
  const clamped = Math.max(extent[0], Math.min(extent[1], k));
  return { x: p.x - at.x * clamped, y: p.y - at.y * clamped, k: clamped };
}

/** Scales `t` by `factor` about screen point `p` (which stays put), within `extent`. */
export function zoomAbout(t: ZoomTransform, factor: number, p: Point, extent: readonly [number, number]): ZoomTransform {
  return zoomTo(t.k * factor, p, invert(t, p), extent);
}

/**
 * The scale factor of one wheel event, as d3-zoom's default: 2^(-deltaY × 0.002) for pixel deltas,
 * × 25 for line deltas, × 500 for page deltas, and ten times the rate for a pinch on a trackpad
 * (which Chromium sends as a wheel event with ctrlKey).
 */
export function wheelFactor(event: { deltaY: number; deltaMode: number; ctrlKey: boolean }): number {
  const rate = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
  return 2 ** (-event.deltaY * rate * (event.ctrlKey ? 10 : 1));
}

/**
 * Two fingers that touched down on layout points `a` and `b` and are now at screen points `pa` and
 * `pb`: the scale that keeps the points' distance under the fingers and the translation that keeps
 * their midpoint under the fingers' midpoint. Undefined when both fingers touched down on one point.
 */
export function pinchTransform(pa: Point, a: Point, pb: Point, b: Point, extent: readonly [number, number]): ZoomTransform | undefined {
  const screen = Math.hypot(pb.x - pa.x, pb.y - pa.y);
  const layout = Math.hypot(b.x - a.x, b.y - a.y);
  const mid = (p: Point, q: Point) => ({ x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 });
  return layout > 0 ? zoomTo(screen / layout, mid(pa, pb), mid(a, b), extent) : undefined;
}
