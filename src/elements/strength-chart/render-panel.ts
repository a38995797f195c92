import { svg, nothing } from 'lit';
import type { SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { BarLayout } from '../../layout/strength/bars.js';
import type { PanelLayout } from '../../layout/strength/strength-layout.js';
import type { Line } from '../../layout/strength/types.js';
import { barSeries } from '../../layout/strength/bar-paths.js';
import { renderBar, renderBarSeries, renderBarTexts } from './render-bar.js';
import type { BarContext } from './render-bar.js';

const r = (n: number) => Math.round(n * 100) / 100;

/** A bracket over a span along the baseline, its ends turned towards the bars. */
function bracket({ x1, y1, x2, y2 }: Line): string {
  return y1 === y2 ? `M${r(x1)} ${r(y1 - 4)}V${r(y1)}H${r(x2)}V${r(y2 - 4)}` : `M${r(x1 + 4)} ${r(y1)}H${r(x1)}V${r(y2)}H${r(x2 + 4)}`;
}

/** The decoration of a panel: title, value grid and labels, baseline and date spans (hidden from assistive tech). */
function renderFurniture(panel: PanelLayout, emptyText: string): SVGTemplateResult {
  const { frame } = panel;
  return svg`<g class="furniture" aria-hidden="true">
    <text class="panel-title" x=${r(panel.titleAt.x)} y=${r(panel.titleAt.y)}>${panel.title}</text>
    <g class="axis value-axis" part="axis">
      ${panel.grid.map(
        (
          g,
        ) => svg`<line class="grid" data-value=${g.value} x1=${r(g.line.x1)} y1=${r(g.line.y1)} x2=${r(g.line.x2)} y2=${r(g.line.y2)}></line>
          ${g.label ? svg`<text class="grid-label" x=${r(g.label.x)} y=${r(g.label.y)} text-anchor=${g.label.anchor}>${g.label.text}</text>` : nothing}`,
      )}
      <line class="baseline" x1=${r(panel.baseline.x1)} y1=${r(panel.baseline.y1)} x2=${r(panel.baseline.x2)} y2=${r(panel.baseline.y2)}></line>
    </g>
    ${panel.spans.map((s) => svg`<path class="date-span" part="date-span" data-slot=${s.key} d=${bracket(s.line)}></path>`)}
    ${panel.rows.map(
      // One template per row (the echelon text is there even when empty): 10,000 rows, 10,000 instances.
      (row) =>
        svg`<g class="row-label" data-subject=${row.subject} data-depth=${row.depth}>${
          row.text === row.full ? nothing : svg`<title .textContent=${row.full}></title>`
        }<text class="echelon" x=${r(row.x)} y=${r(row.y)}>${row.mark}</text><text class="name" x=${r(row.nameX)} y=${r(row.y)}>${row.text}</text></g>`,
    )}
    ${panel.bars.length === 0 ? svg`<text class="grid-label" x=${r(frame.x + frame.width / 2)} y=${r(frame.y + frame.height / 2)} text-anchor="middle">${emptyText}</text>` : nothing}
  </g>`;
}

/** How a panel draws its bars: one element per bar, kept by id (`keyed`, charts that animate) or by position (`plain`); or `paths`. */
export type BarDrawing = 'keyed' | 'plain' | 'paths';

/**
 * One small-multiple panel: its furniture and its bars, as a labelled group. `keyed` keeps each
 * figure's bar by id, so a bar transitions from where that figure was; `plain` updates bars in
 * place by position, which spares repeat's key bookkeeping (a scale switch keeps the order, so
 * each bar still shows the same figure); `paths` draws a crowded panel's bars as a few paths.
 */
export function renderPanel(
  panel: PanelLayout,
  offset: number,
  context: (bar: BarLayout, index: number) => BarContext,
  emptyText: string,
  drawing: BarDrawing,
  paths: { uid: string; styleOf: (sideIndex: number) => number; animate: boolean },
): SVGTemplateResult {
  let bars: unknown;
  if (drawing === 'paths') {
    const { series, dots } = barSeries(panel.bars, paths.styleOf);
    bars = svg`${renderBarSeries(series, dots, paths.uid, paths.animate)}${renderBarTexts(panel.bars)}`;
  } else if (drawing === 'keyed') {
    bars = repeat(
      panel.bars,
      (bar) => bar.id,
      (bar, i) => renderBar(bar, context(bar, offset + i)),
    );
  } else bars = panel.bars.map((bar, i) => renderBar(bar, context(bar, offset + i)));
  return svg`<g class="panel" part="panel" role="group" aria-label=${panel.title} data-measure=${panel.measure}>
    ${renderFurniture(panel, emptyText)}
    ${bars}
  </g>`;
}
