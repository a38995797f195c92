import type { Bounds, Size, ZoomTransform } from './types.js';

/** The part of layout space visible through `viewport` under `transform`, grown by `margin` screen pixels. */
export function viewWindow(transform: ZoomTransform, viewport: Size, margin = 0): Bounds {
  const { x, y, k } = transform;
  // `+ 0` turns -0 into 0.
  return {
    x0: (-margin - x) / k + 0,
    y0: (-margin - y) / k + 0,
    x1: (viewport.width + margin - x) / k,
    y1: (viewport.height + margin - y) / k,
  };
}
