/**
 * The d3-org-chart peer (with d3-flextree and d3): each node an HTML card with the unit's name,
 * echelon and commander (what our node shows, minus the symbol).
 */
import { OrgChart } from 'd3-org-chart';
import { nextFrame } from '../harness.js';
import { orgCardHTML } from './org-rows.js';
import type { OrgRow } from './org-rows.js';

/**
 * Draws `rows` into `container` (transitions off) and resolves in the next frame: even with
 * duration 0 the nodes move to their places on d3's next timer tick, so that frame is the first
 * that shows the chart.
 */
export async function drawOrgChart(
  container: HTMLElement,
  rows: OrgRow[],
  options: { expanded: boolean; height: number },
): Promise<OrgChart<OrgRow>> {
  const data = rows.map((r) => ({ ...r, _expanded: options.expanded }));
  const chart = new OrgChart<OrgRow>()
    .container(container)
    .data(data)
    .svgHeight(options.height)
    .duration(0)
    .initialExpandLevel(options.expanded ? 1 : 2)
    .nodeWidth(() => 200)
    .nodeHeight(() => 64)
    .nodeContent((d) => orgCardHTML(d.data))
    .render();
  await nextFrame();
  return chart;
}

/** The peer's current zoom scale. */
export const orgChartScale = (chart: OrgChart<OrgRow>) => chart.getChartState().lastTransform.k;
