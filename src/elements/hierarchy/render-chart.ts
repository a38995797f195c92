import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { ZoomTransform } from '../../layout/hierarchy/types.js';
import type { pointerHandlers } from './pointer-handlers.js';

/** Id of the tooltip element, which the focused treeitem points to with `aria-describedby`. */
export const TOOLTIP_ID = 'oob-hierarchy-tooltip';

export interface ChartParts {
  transform: ZoomTransform;
  /** Links, or the overview drawing. */
  background: unknown;
  /** The treeitems. */
  items: unknown;
  treeLabel: string;
  caption: string;
  /** Compare mode: the legend row under the drawing, and the list of changes (the accessible summary). */
  legend: unknown;
  changes: unknown;
  toolbar: TemplateResult;
  minimap: unknown;
  summary: unknown;
  tooltip: unknown;
  keydown: (event: KeyboardEvent) => void;
  handlers: ReturnType<typeof pointerHandlers>;
}

/**
 * The chart's frame: the zoomable `<svg>` with links under an ARIA tree of nodes
 * (with the minimap and the tooltip over it), the toolbar row (drawn above it, after it in tab
 * order, so Tab reaches the tree first), the caption row and the text alternative. The rows
 * have fixed heights (styles.ts), so the drawing area is known before the first render and the
 * first fit needs no second update. Focus listeners sit on the HTML wrapper: on an SVG element
 * they would make that element focusable in Chromium.
 */
export function renderChart(p: ChartParts): TemplateResult {
  const { x, y, k } = p.transform;
  const h = p.handlers;
  return html`<div class="base" part="base" @keydown=${p.keydown} @focusin=${h.focusin} @focusout=${h.focusout}>
    <div class="stage">
      <svg class="chart" part="chart" width="100%" height="100%">
        <g class="viewport" transform="translate(${x},${y}) scale(${k})">
          ${p.background}
          <g class="nodes" role="tree" aria-label=${p.treeLabel} aria-describedby="summary"
            @click=${h.click} @dblclick=${h.dblclick} @pointerover=${h.pointerover} @pointerleave=${h.pointerleave}>${p.items}</g>
        </g>
      </svg>
      ${p.minimap}
      ${p.tooltip}
    </div>
    <div class="header">${p.toolbar}</div>
    ${p.legend}
    <p class="caption" part="caption">${p.caption}</p>
    <p id="summary" class="sr-only">${p.summary}</p>
    ${p.changes}
  </div>`;
}
