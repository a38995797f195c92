import type { Bounds, ForestLayout, Size, TreeInput, ZoomTransform } from './types.js';

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
 * The transform that shows a whole layout in a chart of `viewport` size, below the caption and
 * toolbar that float over its top; outlines fit their width and start at the top. Undefined while
 * the chart has no size.
 */
export function fitView<T extends TreeInput>(layout: ForestLayout<T>, viewport: Size): ZoomTransform | undefined {
  const { width, height } = viewport;
  if (width === 0 || height === 0) return undefined;
  const indented = layout.kind === 'indented';
  const inset = Math.min(40, height / 4);
  const t = fitTransform(layout.bounds, { width, height: height - inset }, { padding: 20, minScale: 0.001, maxScale: indented ? 1 : 1.25, align: indented ? 'top-left' : 'center' });
  return { ...t, y: t.y + inset };
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
