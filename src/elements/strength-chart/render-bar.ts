import { svg, nothing } from 'lit';
import type { SVGTemplateResult } from 'lit';
import type { Rect } from '../../layout/geometry.js';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import type { BarLayout, BarShape, TextBlock } from '../../layout/strength/bars.js';
import { barBox } from '../../layout/strength/bar-paths.js';
import type { BarSeries, MarkDots } from '../../layout/strength/bar-paths.js';
import { styleProps } from '../shared/style-props.js';
import { hatchId, sidePatternId } from './render-defs.js';

/** What a bar needs from the element besides its layout. */
export interface BarContext {
  uid: string;
  /** Style slot (0-3) of the bar's side: colour and pattern. */
  style: number;
  index: number;
  label: string;
  /** CSS geometry properties let data changes transition; skipped for large charts where they only cost time. */
  animate: boolean;
}

const r = (n: number) => Math.round(n * 100) / 100;

/** A `<rect>` of `className` at box `b`, optionally filled with a pattern. */
function rect(className: string, b: Rect, fill?: string): SVGTemplateResult {
  return fill === undefined
    ? svg`<rect class=${className} x=${r(b.x)} y=${r(b.y)} width=${r(b.width)} height=${r(b.height)}></rect>`
    : svg`<rect class=${className} pointer-events="none" fill=${fill} x=${r(b.x)} y=${r(b.y)} width=${r(b.width)} height=${r(b.height)}></rect>`;
}

/**
 * A range's extension, its hatch and its cap as one template: three nested templates per range
 * were a third of the template instances of a crowded chart. When the chart animates, the
 * extension's geometry is also set as CSS properties (through the CSSOM, so a strict CSP allows
 * it), which lets data changes transition except under reduced motion.
 */
function renderRange(extension: Rect, cap: BarShape['cap'], hatch: string, animate: boolean): SVGTemplateResult {
  const e = { x: r(extension.x), y: r(extension.y), width: r(extension.width), height: r(extension.height) };
  // barGeometry always gives a range its cap; without one the line has no coordinates and draws nothing.
  const end = (n: number | undefined) => (n === undefined ? nothing : r(n));
  return svg`<g part="range" class="range"><rect class="extension" x=${e.x} y=${e.y} width=${e.width} height=${e.height} ${
    animate ? styleProps(e) : nothing
  }></rect><rect class="overlay" pointer-events="none" fill=${hatch} x=${e.x} y=${e.y} width=${e.width} height=${e.height}></rect><line class="cap" x1=${end(
    cap?.x1,
  )} y1=${end(cap?.y1)} x2=${end(cap?.x2)} y2=${end(cap?.y2)}></line></g>`;
}

/** A text block as `<text>`, with one `<tspan>` per line when it has several. */
export function renderText(block: TextBlock, className: string, lineHeight = block.lineHeight ?? 14): SVGTemplateResult {
  // Most labels are one line: a bare <text> spares a node and a template per bar.
  if (block.lines.length === 1) {
    return svg`<text class=${className} x=${r(block.x)} y=${r(block.y)} text-anchor=${block.anchor}>${block.lines[0]}</text>`;
  }
  return svg`<text class=${className} x=${r(block.x)} y=${r(block.y)} text-anchor=${block.anchor}>${block.lines.map(
    (line, i) => svg`<tspan x=${r(block.x)} dy=${i === 0 ? 0 : lineHeight} class=${i === 0 ? 'value' : 'detail'}>${line}</tspan>`,
  )}</text>`;
}

/** A bar's marks as text. */
function marksText(bar: BarLayout, marks: TextBlock): SVGTemplateResult {
  const cited = bar.citationNeeded ? ' citation-needed' : '';
  return svg`<text class=${`marks${cited}`} x=${r(marks.x)} y=${r(marks.y)} text-anchor=${marks.anchor}>${marks.lines[0]}</text>`;
}

function renderMarks(bar: BarLayout): SVGTemplateResult | typeof nothing {
  if (bar.marks && bar.compactMarks) {
    const cited = bar.citationNeeded ? ' citation-needed' : '';
    return svg`<circle class=${`mark-dot${cited}`} cx=${r(bar.shape.tip.x)} cy=${r(bar.shape.tip.y)} r="2.5"></circle>`;
  }
  return bar.marks ? marksText(bar, bar.marks) : nothing;
}

/**
 * One focusable bar: a solid part (with the side's pattern), a hatched, lighter extension and a
 * cap for ranges, and its marks and label. Geometry is set as attributes (for export and tests)
 * and, for charts small enough to animate, as CSS properties too.
 */
export function renderBar(bar: BarLayout, ctx: BarContext): SVGTemplateResult {
  const { solid, extension, cap } = bar.shape;
  const classes = `bar side-${ctx.style} ${bar.point.kind}${bar.disputed ? ' disputed' : ''}${bar.citationNeeded ? ' citation-needed-bar' : ''}`;
  // One line per child, no whitespace between them: with thousands of bars, every whitespace text
  // node is DOM that has to be created, styled and thrown away again.
  const overlay = ctx.style > 0 ? rect('overlay', solid, `url(#${sidePatternId(ctx.uid, ctx.style)})`) : nothing;
  const range = extension ? renderRange(extension, cap, `url(#${hatchId(ctx.uid, ctx.style)})`, ctx.animate) : nothing;
  const label = bar.label ? renderText(bar.label, 'bar-label') : nothing;
  // One child part for whatever a bar has beyond its solid rect: in a crowded chart most bars have
  // nothing more, and every part is a marker node and a walk step per bar.
  const extras = [overlay, range, renderMarks(bar), label].filter((part) => part !== nothing);
  const tail = extras.length === 0 ? nothing : extras.length === 1 ? extras[0] : extras;
  const g = { x: r(solid.x), y: r(solid.y), width: r(solid.width), height: r(solid.height) };
  // tabindex and aria-describedby are not bound here: the element moves them between bars itself
  // (roving focus), so hovering one bar does not re-render thousands. The solid rect is inline, not
  // a nested template: at thousands of bars each template instance is a measurable share of the paint.
  return svg`<g class=${classes} part="bar" role="img" aria-roledescription="bar" aria-label=${ctx.label} tabindex="-1" data-subject=${
    bar.point.subject
  } data-index=${ctx.index} data-id=${bar.id}><rect class="solid" x=${g.x} y=${g.y} width=${g.width} height=${g.height} ${
    ctx.animate ? styleProps(g) : nothing
  }></rect>${tail}</g>`;
}

/** A path's geometry also as the CSS \`d\` property (through the CSSOM), which transitions to a new path of the same shape. */
const cssPath = (d: string, animate: boolean) => (animate && d ? styleProps({ d: `path("${d}")` }) : nothing);

/**
 * A crowded panel's bars as paths, one group per look (side style, approximate or not): solid
 * parts, their side pattern, range extensions with their hatch, and caps. Hidden from assistive
 * tech: the chart's one focusable bar (see \`renderCursor\`) and the data table speak for them.
 * A chart small enough to animate transitions its paths when the same bars move (a scale switch).
 */
export function renderBarSeries(series: readonly BarSeries[], dots: MarkDots, uid: string, animate: boolean): SVGTemplateResult {
  const look = (s: BarSeries) => s.style * 2 + (s.approximate ? 1 : 0);
  return svg`<g class="bar-paths" aria-hidden="true">${repeat(
    series,
    look,
    (s) =>
      svg`<g class=${`series side-${s.style}${s.approximate ? ' approximate' : ''}`} part="bars"><path class="solid" d=${s.solid} ${cssPath(
        s.solid,
        animate,
      )}></path>${
        s.style > 0
          ? svg`<path class="overlay" pointer-events="none" fill=${`url(#${sidePatternId(uid, s.style)})`} d=${s.solid} ${cssPath(s.solid, animate)}></path>`
          : nothing
      }${
        s.extension
          ? svg`<g part="range" class="range"><path class="extension" d=${s.extension} ${cssPath(
              s.extension,
              animate,
            )}></path><path class="overlay" pointer-events="none" fill=${`url(#${hatchId(uid, s.style)})`} d=${s.extension} ${cssPath(
              s.extension,
              animate,
            )}></path><path class="cap" d=${s.caps} ${cssPath(s.caps, animate)}></path></g>`
          : nothing
      }</g>`,
  )}${dots.plain ? svg`<path class="mark-dot" d=${dots.plain}></path>` : nothing}${
    dots.cited ? svg`<path class="mark-dot citation-needed" d=${dots.cited}></path>` : nothing
  }</g>`;
}

/**
 * The marks and labels of a crowded panel's bars (only those that fit are laid out), as one `<text>`
 * with a positioned `<tspan>` per mark and label (`data-for` names the bar): the browser lays out and
 * paints each `<text>` element at a cost of its own, which at hundreds of labels was 2-5% of the
 * chart's first paint. The lines share the `<text>`'s anchor (a chart anchors every mark and label
 * alike: centred over vertical bars, after horizontal ones): a line sets its own only where it differs.
 * A label of several lines is a `<tspan>` of lines, each placed on its own.
 */
export function renderBarTexts(bars: readonly BarLayout[]): SVGTemplateResult {
  const first = bars.find((bar) => bar.label ?? (bar.marks && !bar.compactMarks));
  const shared = (first?.label ?? first?.marks)?.anchor ?? 'middle';
  const own = (block: TextBlock) => (block.anchor === shared ? nothing : block.anchor);
  const texts: SVGTemplateResult[] = [];
  for (let i = 0; i < bars.length; i += 1) {
    const bar = bars[i] as BarLayout;
    const { marks, label } = bar;
    if (marks && !bar.compactMarks) {
      const cited = bar.citationNeeded ? ' citation-needed' : '';
      texts.push(
        svg`<tspan class=${`marks${cited}`} data-for=${bar.id} x=${r(marks.x)} y=${r(marks.y)} text-anchor=${own(marks)}>${marks.lines[0]}</tspan>`,
      );
    }
    if (!label) continue;
    const lines =
      label.lines.length === 1
        ? label.lines[0]
        : label.lines.map(
            (line, k) =>
              svg`<tspan class=${k === 0 ? 'value' : 'detail'} x=${r(label.x)} y=${r(label.y + k * (label.lineHeight ?? 14))}>${line}</tspan>`,
          );
    texts.push(svg`<tspan class="bar-label" data-for=${bar.id} x=${r(label.x)} y=${r(label.y)} text-anchor=${own(label)}>${lines}</tspan>`);
  }
  return svg`<text class="bar-texts" aria-hidden="true" text-anchor=${shared}>${texts}</text>`;
}

/**
 * The focusable bar of a crowded chart: an outline around bar `index` that holds its accessible
 * name. A new element for each keyboard move (`key`), so focus lands on it anew and screen readers
 * speak the new name; the same element when the data changes under it, so focus stays.
 */
export function renderCursor(
  bar: BarLayout,
  index: number,
  key: number,
  label: string,
  describedBy: string | undefined,
): SVGTemplateResult {
  const b = barBox(bar);
  return svg`${keyed(
    key,
    svg`<g class="bar cursor" part="bar" role="img" aria-roledescription="bar" aria-label=${label} tabindex="0" data-index=${index} data-id=${
      bar.id
    } data-subject=${bar.point.subject} aria-describedby=${describedBy ?? nothing}><rect class="focus-ring" x=${r(b.x - 2)} y=${r(b.y - 2)} width=${r(
      b.width + 4,
    )} height=${r(b.height + 4)}></rect></g>`,
  )}`;
}
