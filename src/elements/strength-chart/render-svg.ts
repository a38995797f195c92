import { html, nothing, svg } from 'lit';
import type { SVGTemplateResult, TemplateResult } from 'lit';
import { formatDate } from '../../data/format-date.js';
import type { StrengthPoint } from '../../data/strength-series.js';
import type { StrengthLayout } from '../../layout/strength/strength-layout.js';
import { barAt, handleBarKey } from './bar-events.js';
import type { BarHost } from './bar-events.js';
import { renderRules, renderTimeAxis } from './render-axis.js';
import { renderDefs } from './render-defs.js';
import { renderLegend, renderSubjectLegend } from './render-legend.js';
import { renderPanel } from './render-panel.js';
import type { TextContext } from '../../layout/strength/text.js';

/** What the chart's `<svg>` needs from the element. */
export interface SvgView {
  uid: string;
  layout: StrengthLayout;
  title: string;
  ctx: TextContext;
  host: BarHost;
  /** Whether bars already on screen may transition to their new geometry (not on the first render). */
  transitions: boolean;
  /** A figure's spoken description (its bar's accessible name). */
  describe: (point: StrengthPoint) => string;
  /** The element focused inside the shadow root, to keep its tooltip when the pointer leaves. */
  focused: () => Element | null;
}

/** The line(s) saying what the panels show, e.g. the by-unit view's snapshot date. */
function renderCaption(caption: NonNullable<StrengthLayout['caption']>): SVGTemplateResult {
  return svg`<text class="caption" x=${caption.x} y=${caption.y}>${caption.lines.map(
    (line, i) => svg`<tspan x=${caption.x} dy=${i === 0 ? 0 : caption.lineHeight}>${line}</tspan>`,
  )}</text>`;
}

/**
 * The chart's `<svg>`: patterns, legend, event rules, one group per panel and the time axis. One
 * set of delegated listeners serves every bar (hover and focus show the tooltip, click selects,
 * arrow keys move the roving focus).
 */
export function renderSvg(view: SvgView): TemplateResult {
  const { layout, ctx, host, uid } = view;
  // Side styles (colour + pattern) go by rank among the sides shown, so 2-4 sides never share one.
  const styleOf = new Map(layout.sides.map((s, rank) => [s.index, rank % 4]));
  const animate = layout.bars.length <= 500;
  let offset = 0;
  const panels = layout.panels.map((panel) => {
    const part = renderPanel(
      panel,
      offset,
      (bar, index) => ({
        uid,
        style: styleOf.get(bar.sideIndex) ?? 0,
        index,
        label: view.describe(bar.point),
        animate: animate && view.transitions,
      }),
      ctx.t('panelEmpty', 'No figures'),
      animate,
    );
    offset += panel.bars.length;
    return part;
  });
  const height = Math.ceil(layout.height);
  const onClick = (e: MouseEvent) => {
    const index = barAt(e.target);
    if (index !== undefined) host.selectBar(index);
  };
  return html`<svg part="chart" class=${`chart ${layout.sides.length > 1 ? 'multi' : 'single'}${animate ? '' : ' static'}`} role="group" aria-label=${view.title} tabindex="-1"
      width=${layout.width} height=${height} viewBox=${`0 0 ${layout.width} ${height}`}
      @keydown=${(e: KeyboardEvent) => handleBarKey(host, e)}
      @focusin=${(e: FocusEvent) => host.showTip(barAt(e.target))}
      @focusout=${(e: FocusEvent) => barAt(e.relatedTarget) === undefined && host.showTip(undefined)}
      @pointerover=${(e: PointerEvent) => barAt(e.target) !== undefined && host.showTip(barAt(e.target))}
      @pointerleave=${() => host.showTip(barAt(view.focused()))}
      @click=${onClick}>
    <title .textContent=${view.title}></title>
    ${renderDefs(uid)}
    ${renderLegend(layout, uid, (i) => styleOf.get(i) ?? 0)}
    ${layout.caption ? renderCaption(layout.caption) : nothing}
    ${renderRules(layout.rules, (r) => formatDate(r.date, ctx.lang))}
    ${panels}
    ${renderTimeAxis(layout)}
    ${renderSubjectLegend(layout, uid)}
  </svg>`;
}
