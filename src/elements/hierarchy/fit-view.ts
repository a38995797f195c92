import { fitTransform } from '../../layout/hierarchy/index.js';
import type { ForestLayout, Size, TreeInput, ZoomTransform } from '../../layout/hierarchy/index.js';

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
