import { html, nothing, svg } from 'lit';
import type { SVGTemplateResult, TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { formatDate } from '../../data/format-date.js';
import type { StrengthPoint } from '../../data/strength-series.js';
import { barHitTest, barOutlines } from '../../layout/strength/bar-paths.js';
import type { StrengthLayout } from '../../layout/strength/strength-layout.js';
import { barAt, handleBarKey } from './bar-events.js';
import type { BarHost } from './bar-events.js';
import { renderRules, renderTimeAxis } from './render-axis.js';
import { renderCursor } from './render-bar.js';
import { renderDefs } from './render-defs.js';
import { renderLegend, renderSubjectLegend } from './render-legend.js';
import { renderPanel } from './render-panel.js';
import type { BarDrawing } from './render-panel.js';
import type { TextContext } from '../../layout/strength/text.js';

/**
 * Most bars a chart draws as elements of their own (each focusable, named and hit by the pointer
 * itself). Beyond, bars are drawn as paths, one focusable outline names the bar the keyboard is
 * on, and the pointer finds bars by position: a chart of thousands of bars then paints in the
 * time its data takes to lay out, and screen-reader users browse the data table, not 5,000 images.
 */
export const MAX_BAR_ELEMENTS = 200;

/** Bars that animate a data change (their geometry is also set as CSS properties). */
const MAX_ANIMATED_BARS = 500;

/** What the chart's `<svg>` needs from the element. */
export interface SvgView {
  uid: string;
  layout: StrengthLayout;
  title: string;
  ctx: TextContext;
  host: BarHost;
  /** Called each time the bars are drawn; says whether bars already on screen may transition to their new geometry. */
  onDraw: () => boolean;
  /** The element's \`strings\`: the drawing is redone when they change. */
  strings: unknown;
  /** A figure's spoken description (its bar's accessible name). */
  describe: (point: StrengthPoint) => string;
  /** The element focused inside the shadow root, to keep its tooltip when the pointer leaves. */
  focused: () => Element | null;
  /** The bar the keyboard is on, and the one the tooltip describes (with the tooltip's id). */
  active: number;
  /** Changes with each keyboard move (see renderCursor). */
  cursorKey: number;
  tip: number | undefined;
  tooltipId: string;
  /** Ids of the figures linked from another view (drawn outlined when bars are paths). */
  linked: ReadonlySet<string>;
  /** Most bars drawn as elements (see {@link MAX_BAR_ELEMENTS}). */
  maxBarElements: number;
}

/** Whether a layout's bars are drawn as paths (more than `limit` of them, {@link MAX_BAR_ELEMENTS} by default). */
export function drawsPaths(layout: StrengthLayout, limit = MAX_BAR_ELEMENTS): boolean {
  return layout.bars.length > limit;
}

/** The line(s) saying what the panels show, e.g. the by-unit view's snapshot date. */
function renderCaption(caption: NonNullable<StrengthLayout['caption']>): SVGTemplateResult {
  return svg`<text class="caption" x=${caption.x} y=${caption.y}>${caption.lines.map(
    (line, i) => svg`<tspan x=${caption.x} dy=${i === 0 ? 0 : caption.lineHeight}>${line}</tspan>`,
  )}</text>`;
}

/** Everything drawn from the layout alone: redrawn only when the layout or the words change. */
function renderDrawing(view: SvgView, drawing: BarDrawing, animated: boolean, styleOf: (sideIndex: number) => number): SVGTemplateResult {
  const { layout, ctx, uid } = view;
  const animate = view.onDraw() && animated;
  let offset = 0;
  const panels = layout.panels.map((panel) => {
    const part = renderPanel(
      panel,
      offset,
      (bar, index) => ({ uid, style: styleOf(bar.sideIndex), index, label: view.describe(bar.point), animate }),
      ctx.t('panelEmpty', 'No figures'),
      drawing,
      { uid, styleOf, animate },
    );
    offset += panel.bars.length;
    return part;
  });
  return svg`<title .textContent=${view.title}></title>
    ${renderDefs(uid, layout.sides.length)}
    ${renderLegend(layout, uid, styleOf)}
    ${layout.caption ? renderCaption(layout.caption) : nothing}
    ${renderRules(layout.rules, (r) => formatDate(r.date, ctx.lang))}
    ${panels}
    ${renderTimeAxis(layout)}
    ${renderSubjectLegend(layout, uid)}`;
}

/** Per layout: its bar hit test and, per set of linked ids, their outline. */
const hitTests = new WeakMap<StrengthLayout, (x: number, y: number) => number | undefined>();
const outlines = new WeakMap<StrengthLayout, { ids: ReadonlySet<string>; d: string }>();

function linkedOutline(layout: StrengthLayout, ids: ReadonlySet<string>): string {
  const known = outlines.get(layout);
  if (known?.ids === ids) return known.d;
  const d = ids.size === 0 ? '' : barOutlines(layout.bars, (bar) => ids.has(bar.id));
  outlines.set(layout, { ids, d });
  return d;
}

/**
 * The chart's `<svg>`: patterns, legend, event rules, one group per panel and the time axis. One
 * set of delegated listeners serves every bar (hover and focus show the tooltip, click selects,
 * arrow keys move the roving focus); bars drawn as paths are found by the pointer's position.
 */
export function renderSvg(view: SvgView): TemplateResult {
  const { layout, host } = view;
  // Side styles (colour + pattern) go by rank among the sides shown, so 2-4 sides never share one.
  const styles = new Map(layout.sides.map((s, rank) => [s.index, rank % 4]));
  const styleOf = (sideIndex: number) => styles.get(sideIndex) ?? 0;
  const paths = drawsPaths(layout, view.maxBarElements);
  const animated = layout.bars.length <= MAX_ANIMATED_BARS;
  const drawing: BarDrawing = paths ? 'paths' : animated ? 'keyed' : 'plain';
  const height = Math.ceil(layout.height);
  /** The bar under the pointer: its element, or for paths its position in the chart's coordinates. */
  const barUnder = (e: MouseEvent): number | undefined => {
    const own = barAt(e.target);
    if (own !== undefined || !paths) return own;
    const chart = e.currentTarget as SVGSVGElement;
    const matrix = chart.getScreenCTM();
    if (!matrix) return undefined;
    const at = new DOMPoint(e.clientX, e.clientY).matrixTransform(matrix.inverse());
    let hit = hitTests.get(layout);
    if (!hit) hitTests.set(layout, (hit = barHitTest(layout.bars)));
    return hit(at.x, at.y);
  };
  const onClick = (e: MouseEvent) => {
    const index = barUnder(e);
    if (index !== undefined) host.selectBar(index);
  };
  const active = layout.bars[view.active];
  const linked = paths ? linkedOutline(layout, view.linked) : '';
  return html`<svg part="chart" class=${`chart ${layout.sides.length > 1 ? 'multi' : 'single'}${animated ? '' : ' static'}`} role="group" aria-label=${view.title} tabindex="-1"
      width=${layout.width} height=${height} viewBox=${`0 0 ${layout.width} ${height}`}
      @keydown=${(e: KeyboardEvent) => handleBarKey(host, e)}
      @focusin=${(e: FocusEvent) => host.showTip(barAt(e.target))}
      @focusout=${(e: FocusEvent) => barAt(e.relatedTarget) === undefined && host.showTip(undefined)}
      @pointerover=${(e: PointerEvent) => !paths && barAt(e.target) !== undefined && host.showTip(barAt(e.target))}
      @pointermove=${paths ? (e: PointerEvent) => host.showTip(barUnder(e) ?? barAt(view.focused())) : nothing}
      @pointerleave=${() => host.showTip(barAt(view.focused()))}
      @click=${onClick}>
    ${guard([layout, view.ctx.lang, view.title, view.strings], () => renderDrawing(view, drawing, animated, styleOf))}
    ${linked ? svg`<path class="linked-outline" aria-hidden="true" d=${linked}></path>` : nothing}
    ${
      paths && active
        ? renderCursor(
            active,
            view.active,
            view.cursorKey,
            view.describe(active.point),
            view.tip === view.active ? view.tooltipId : undefined,
          )
        : nothing
    }
  </svg>`;
}
