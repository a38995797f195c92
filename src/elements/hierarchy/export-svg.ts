import { render, svg } from 'lit';
import type { SVGTemplateResult } from 'lit';
import type { HierarchyNodeAt } from '../../data/hierarchy-at.js';
import type { ForestLayout } from '../../layout/hierarchy/types.js';
import { linkData } from '../../layout/hierarchy/link-path.js';
import { standaloneSVG } from '../shared/export-image.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PADDING = 16;

/**
 * The whole tree (every expanded unit, not only those in view) as a standalone SVG: rendered by
 * Lit into a temporary off-screen `<svg>` inside the shadow root, so the chart's styles resolve,
 * then serialised with computed styles inlined.
 */
export function exportHierarchySVG(
  root: ShadowRoot,
  host: Element,
  layout: ForestLayout<HierarchyNodeAt>,
  nodes: SVGTemplateResult,
  title: string,
  /** Drawn over the links, under the nodes (compare mode's links to old superiors). */
  extraLinks?: SVGTemplateResult,
): string {
  const b = layout.bounds;
  const width = Math.ceil(b.x1 - b.x0 + 2 * PADDING);
  const height = Math.ceil(b.y1 - b.y0 + 2 * PADDING);
  const el = document.createElementNS(SVG_NS, 'svg');
  el.setAttribute('class', 'chart export');
  el.setAttribute('viewBox', `${b.x0 - PADDING} ${b.y0 - PADDING} ${width} ${height}`);
  el.setAttribute('width', String(width));
  el.setAttribute('height', String(height));
  // CSSOM, not a style attribute: strict CSP pages block the latter.
  el.style.position = 'absolute';
  el.style.left = '-100000px';
  el.style.top = '0';
  root.append(el);
  try {
    const links = layout.links.map((l) => svg`<path class="link" d=${linkData(layout, layout.byId, l)}></path>`);
    render(svg`<g class="links">${links}${extraLinks}</g><g class="nodes">${nodes}</g>`, el);
    const background = getComputedStyle(host).getPropertyValue('--_background').trim() || '#ffffff';
    return standaloneSVG(el, { background, title });
  } finally {
    el.remove();
  }
}
