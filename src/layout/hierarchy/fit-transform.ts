import type { Bounds, Size, ZoomTransform } from './types.js';

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
