import { svg } from 'lit';
import type { SVGTemplateResult } from 'lit';
import type { Affiliation } from '../../data/types.js';
import type { Bounds, LaidOutLink, Point } from '../../layout/hierarchy/types.js';

const AFFILIATIONS: readonly Affiliation[] = ['friend', 'hostile', 'neutral', 'unknown'];
const r1 = (n: number): number => Math.round(n * 10) / 10;

/** All links as one path of straight segments: at overview scale curves are invisible and cost raster time. */
export function overviewLinks(links: readonly LaidOutLink[], positions: ReadonlyMap<string, Point>): string {
  let d = '';
  for (const link of links) {
    const s = positions.get(link.sourceId);
    const t = positions.get(link.targetId);
    if (s && t) d += `M${r1(s.x)},${r1(s.y)}L${r1(t.x)},${r1(t.y)}`;
  }
  return d;
}

/**
 * The zoomed-out drawing of a big tree: all links as one path and one path of frame boxes per
 * affiliation, so thousands of nodes cost a handful of DOM nodes. With `dots`, for frames too
 * small to see, each node is a zero-length segment that CSS draws as a square of fixed screen
 * size. Decorative: the tree's items stay available to assistive technology through the focused
 * treeitem and the summary.
 */
export function renderOverview(
  nodes: readonly (Point & { affiliation: Affiliation | undefined })[],
  links: string,
  frame: Bounds,
  dots: boolean,
): SVGTemplateResult {
  const w = r1(frame.x1 - frame.x0);
  const h = r1(frame.y1 - frame.y0);
  const paths = new Map<Affiliation, string[]>();
  for (const n of nodes) {
    const key = n.affiliation ?? 'unknown';
    const list = paths.get(key) ?? [];
    list.push(dots ? `M${r1(n.x)},${r1(n.y)}h0` : `M${r1(n.x + frame.x0)},${r1(n.y + frame.y0)}h${w}v${h}h${-w}z`);
    paths.set(key, list);
  }
  const kind = dots ? 'overview-dots' : 'overview-frames';
  return svg`<g class="overview" aria-hidden="true"><path class="link" part="link" d=${links}></path>${AFFILIATIONS.map((a) =>
    paths.has(a) ? svg`<path class="${kind} ${a}" part="symbol" d=${(paths.get(a) ?? []).join('')}></path>` : null,
  )}</g>`;
}
