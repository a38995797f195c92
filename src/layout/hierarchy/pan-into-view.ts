import type { Bounds, Size, ZoomTransform } from './types.js';

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
