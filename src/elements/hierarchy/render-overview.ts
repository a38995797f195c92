import { svg } from 'lit';
import type { SVGTemplateResult } from 'lit';
import type { Affiliation } from '../../data/types.js';
import type { Bounds, Point } from '../../layout/hierarchy/index.js';

const AFFILIATIONS: readonly Affiliation[] = ['friend', 'hostile', 'neutral', 'unknown'];
const r1 = (n: number): number => Math.round(n * 10) / 10;

/**
 * The zoomed-out drawing of a big tree: all links as one path and one path of frame boxes per
 * affiliation, so thousands of nodes cost a handful of DOM nodes. Decorative: the tree's items
 * stay available to assistive technology through the focused treeitem and the summary.
 */
export function renderOverview(nodes: readonly (Point & { affiliation: Affiliation | undefined })[], links: string, frame: Bounds): SVGTemplateResult {
  const w = r1(frame.x1 - frame.x0);
  const h = r1(frame.y1 - frame.y0);
  const paths = new Map<Affiliation, string[]>();
  for (const n of nodes) {
    const key = n.affiliation ?? 'unknown';
    const list = paths.get(key) ?? [];
    list.push(`M${r1(n.x + frame.x0)},${r1(n.y + frame.y0)}h${w}v${h}h${-w}z`);
    paths.set(key, list);
  }
  return svg`<g class="overview" aria-hidden="true"><path class="link" part="link" d=${links}></path>${AFFILIATIONS.map((a) =>
    paths.has(a) ? svg`<path class="overview-frames ${a}" part="symbol" d=${(paths.get(a) ?? []).join('')}></path>` : null,
  )}</g>`;
}
