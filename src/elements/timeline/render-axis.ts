import { html, nothing, svg } from 'lit';
import { stopText } from '../../layout/timeline/stops.js';
import type { TimelineStop } from '../../layout/timeline/stops.js';
import type { TimelineLayout } from '../../layout/timeline/layout.js';

/** Vertical positions in the axis SVG. */
export const AXIS = { height: 46, rail: 14, tick: [7, 21], currentTick: [3, 25], span: 26, label: 42 } as const;

export interface AxisInput {
  layout: TimelineLayout;
  stops: readonly TimelineStop[];
  /** Index of the stop the timeline stands at (or after); -1 before the first. */
  current: number;
  thumbX: number;
  /** In range mode, where the range starts: the progress runs from there to `thumbX`. */
  fromX?: number | undefined;
  /** Ids of events linked to the shared selection. */
  related: ReadonlySet<string>;
  rtl: boolean;
  lang: string;
}

/**
 * The rail, the progress up to the thumb, one tick per stop (with a faint span under the rail for
 * dates known only to a month, a year or an interval) and the year labels. Decorative for
 * assistive technology: the slider's value text says the same.
 */
export function renderAxis({ layout, stops, current, thumbX, fromX, related, rtl, lang }: AxisInput) {
  const [x0, x1] = layout.track;
  return html`<svg part="axis" width=${layout.width} height=${AXIS.height} aria-hidden="true">
    <line class="rail" x1=${x0} x2=${x1} y1=${AXIS.rail} y2=${AXIS.rail}></line>
    <line class="progress" x1=${fromX ?? (rtl ? x1 : x0)} x2=${thumbX} y1=${AXIS.rail} y2=${AXIS.rail}></line>
    ${layout.marks.map((mark) => {
      const stop = stops[mark.index] as TimelineStop;
      const isRelated = stop.entries.some((e) => related.has(e.event.id));
      const isCurrent = mark.index === current;
      const [y1, y2] = isCurrent ? AXIS.currentTick : AXIS.tick;
      return svg`<g class="stop${isCurrent ? ' current' : ''}${isRelated ? ' related' : ''}" data-iso=${stop.iso}>
        <title .textContent=${stopText(stop, lang)}></title>
        ${mark.spans.map((s) => svg`<line class="span" x1=${s.x0} x2=${s.x1} y1=${AXIS.span} y2=${AXIS.span}></line>`)}
        <line class="tick" x1=${mark.x} x2=${mark.x} y1=${y1} y2=${y2}></line>
        ${isRelated ? svg`<circle class="related-dot" cx=${mark.x} cy="1" r="2.5"></circle>` : nothing}
      </g>`;
    })}
    <g class="axis">${layout.ticks.map((t) => svg`<text x=${t.x} y=${AXIS.label}>${t.label}</text>`)}</g>
  </svg>`;
}
