import { html, svg } from 'lit';
import type { TemplateResult } from 'lit';
import type { Bounds, ForestLayout, TreeInput } from '../../layout/hierarchy/types.js';

/** Largest size of the overview inset (px). */
const MAX_WIDTH = 160;
const MAX_HEIGHT = 110;

const r1 = (n: number): number => Math.round(n * 10) / 10;
const dots = new WeakMap<ForestLayout<TreeInput>, string>();

/** The inset's scale and size for a layout: the whole tree in at most 160 × 110 px. */
export function minimapScale(bounds: Bounds): { scale: number; width: number; height: number } {
  const w = Math.max(bounds.x1 - bounds.x0, 1);
  const h = Math.max(bounds.y1 - bounds.y0, 1);
  const scale = Math.min(MAX_WIDTH / w, MAX_HEIGHT / h);
  return { scale, width: Math.ceil(w * scale), height: Math.ceil(h * scale) };
}

/**
 * The overview inset: every node as a dot, and the viewport as a frame. Clicking or dragging in
 * it moves the viewport there (`panTo` gets the layout point to centre). Hidden from assistive
 * technology: the tree's keys, search and focus reach every unit without it.
 */
export function renderMinimap<T extends TreeInput>(
  layout: ForestLayout<T>,
  /** The part of the layout in view (`viewWindow`). */
  w: Bounds,
  panTo: (x: number, y: number) => void,
): TemplateResult {
  const b = layout.bounds;
  const { scale, width, height } = minimapScale(b);
  let d = dots.get(layout);
  if (d === undefined) {
    d = '';
    for (const n of layout.nodes) d += `M${r1((n.x - b.x0) * scale)},${r1((n.y - b.y0) * scale)}h0`;
    dots.set(layout, d);
  }
  const x0 = Math.max(0, (w.x0 - b.x0) * scale);
  const y0 = Math.max(0, (w.y0 - b.y0) * scale);
  const x1 = Math.min(width, (w.x1 - b.x0) * scale);
  const y1 = Math.min(height, (w.y1 - b.y0) * scale);
  const move = (event: PointerEvent) => {
    const box = (event.currentTarget as SVGSVGElement).getBoundingClientRect();
    panTo(b.x0 + (event.clientX - box.left) / scale, b.y0 + (event.clientY - box.top) / scale);
  };
  const down = (event: PointerEvent) => {
    event.preventDefault();
    (event.currentTarget as SVGSVGElement).setPointerCapture?.(event.pointerId);
    move(event);
  };
  const drag = (event: PointerEvent) => {
    if ((event.currentTarget as SVGSVGElement).hasPointerCapture?.(event.pointerId)) move(event);
  };
  return html`<div class="minimap" part="minimap" aria-hidden="true">
    <svg width=${width} height=${height} viewBox="0 0 ${width} ${height}" @pointerdown=${down} @pointermove=${drag}>
      ${svg`<path class="minimap-dots" d=${d}></path>
        <rect class="minimap-view" x=${r1(x0)} y=${r1(y0)} width=${r1(Math.max(2, x1 - x0))} height=${r1(Math.max(2, y1 - y0))}></rect>`}
    </svg>
  </div>`;
}
