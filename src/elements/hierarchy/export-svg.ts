/**
 * The hierarchy's SVG export: code a first paint never runs, which the chart imports on demand (its
 * first `toSVG()`, see on-demand-code.ts).
 */
// First, as in every entry point: see compare-mode.ts.
import '../shared/policy-check.js';
// Then the element: so that esbuild keeps the page's code in one file (see on-demand-code.ts).
import './oob-hierarchy.js';
import { nothing, render, svg } from 'lit';
import type { SVGTemplateResult } from 'lit';
import type { HierarchyNodeAt } from '../../data/hierarchy-at.js';
import type { ForestLayout } from '../../layout/hierarchy/types.js';
import { linkData } from '../../layout/hierarchy/link-path.js';
import { exportTree } from '../shared/export-tree.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PADDING = 16;
/**
 * Units rendered into the page at once while exporting. Chromium's first style pass over a freshly
 * rendered SVG of positioned groups grows faster than their number (1.9 s for 4,000 units, 7 s for
 * 8,000 in one pass); a few hundred at a time halves the export of 8,000 and more (16,000: 53 → 21 s).
 */
const CHUNK = 300;

/**
 * The whole tree (every expanded unit, not only those in view) as a standalone SVG: rendered by
 * Lit, a chunk of units at a time, into a temporary off-screen `<svg>` inside the shadow root, so
 * the chart's styles resolve, then copied with computed styles inlined and serialised.
 */
export function exportHierarchySVG(
  root: ShadowRoot,
  host: Element,
  layout: ForestLayout<HierarchyNodeAt>,
  nodes: readonly SVGTemplateResult[],
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
    const background = getComputedStyle(host).getPropertyValue('--_background').trim() || '#ffffff';
    render(svg`<g class="links"></g><g class="nodes"></g>`, el);
    const groups = [...el.querySelectorAll(':scope > g')] as SVGGElement[];
    const serializer = new XMLSerializer();
    /**
     * Renders `parts` into the chart's group `index` a chunk at a time and serialises each styled copy
     * at once: a DOM copy of the whole tree would grow the heap (and every collection) with the export.
     */
    const markup = (index: number, parts: readonly SVGTemplateResult[]) => {
      const group = groups[index] as SVGGElement;
      let text = '';
      for (let i = 0; i < parts.length; i += CHUNK) {
        render(svg`${parts.slice(i, i + CHUNK)}`, group);
        const copy = exportTree(el).querySelectorAll(':scope > g')[index];
        const xml = copy ? serializer.serializeToString(copy) : '';
        text += xml.slice(xml.indexOf('>') + 1, xml.lastIndexOf('<'));
      }
      render(nothing, group);
      return text;
    };
    const links = layout.links.map((l) => svg`<path class="link" d=${linkData(layout, layout.byId, l)}></path>`);
    const inner = [markup(0, extraLinks ? [...links, extraLinks] : links), markup(1, nodes)];
    const out = exportTree(el, { background, title });
    out.querySelectorAll(':scope > g').forEach((g, i) => g.append(document.createComment(`oob-export-${i}`)));
    return serializer.serializeToString(out).replace(/<!--oob-export-(\d)-->/g, (_, i: string) => inner[Number(i)] ?? '');
  } finally {
    el.remove();
  }
}
