import { svg, nothing } from 'lit';
import type { SVGTemplateResult } from 'lit';
import type { Rect } from '../../layout/geometry.js';
import type { BarLayout, TextBlock } from '../../layout/strength/bars.js';
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
const geometry = (b: Rect) => `x:${r(b.x)}px;y:${r(b.y)}px;width:${r(b.width)}px;height:${r(b.height)}px`;

/** A text block as `<text>` with one `<tspan>` per line. */
export function renderText(block: TextBlock, className: string, lineHeight = 14): SVGTemplateResult {
  return svg`<text class=${className} x=${r(block.x)} y=${r(block.y)} text-anchor=${block.anchor}>${block.lines.map(
    (line, i) => svg`<tspan x=${r(block.x)} dy=${i === 0 ? 0 : lineHeight} class=${i === 0 ? 'value' : 'detail'}>${line}</tspan>`,
  )}</text>`;
}

/**
 * One focusable bar: a solid part (with the side's pattern), a hatched, lighter extension and a
 * cap for ranges, and its marks and label. Geometry is set both as attributes (for export and
 * tests) and as CSS properties (so data changes transition, except under reduced motion).
 */
export function renderBar(bar: BarLayout, ctx: BarContext): SVGTemplateResult {
  const { solid, extension, cap } = bar.shape;
  const classes = `bar side-${ctx.style} ${bar.point.kind}${bar.disputed ? ' disputed' : ''}${bar.citationNeeded ? ' citation-needed-bar' : ''}`;
  // One line per child, no whitespace between them: with thousands of bars, every whitespace text
  // node is DOM that has to be created, styled and thrown away again.
  const overlay = ctx.style > 0
    ? svg`<rect class="overlay" pointer-events="none" fill=${`url(#${sidePatternId(ctx.uid, ctx.style)})`} x=${r(solid.x)} y=${r(solid.y)} width=${r(solid.width)} height=${r(solid.height)}></rect>`
    : nothing;
  const range = extension
    ? svg`<g part="range" class="range"><rect class="extension" x=${r(extension.x)} y=${r(extension.y)} width=${r(extension.width)} height=${r(extension.height)} style=${ctx.animate ? geometry(extension) : nothing}></rect><rect class="overlay" pointer-events="none" fill=${`url(#${hatchId(ctx.uid, ctx.style)})`} x=${r(extension.x)} y=${r(extension.y)} width=${r(extension.width)} height=${r(extension.height)}></rect>${cap ? svg`<line class="cap" x1=${r(cap.x1)} y1=${r(cap.y1)} x2=${r(cap.x2)} y2=${r(cap.y2)}></line>` : nothing}</g>`
    : nothing;
  const marks =
    bar.marks && bar.compactMarks
      ? svg`<circle class=${`mark-dot${bar.citationNeeded ? ' citation-needed' : ''}`} cx=${r(bar.shape.tip.x)} cy=${r(bar.shape.tip.y)} r="2.5"></circle>`
      : bar.marks
        ? svg`<text class=${`marks${bar.citationNeeded ? ' citation-needed' : ''}`} x=${r(bar.marks.x)} y=${r(bar.marks.y)} text-anchor=${bar.marks.anchor}>${bar.marks.lines[0]}</text>`
        : nothing;
  // tabindex and aria-describedby are not bound here: the element moves them between bars itself
  // (roving focus), so hovering one bar does not re-render thousands.
  return svg`<g class=${classes} part="bar" role="img" aria-roledescription="bar" aria-label=${ctx.label} tabindex="-1" data-index=${ctx.index} data-id=${bar.id}><rect class="solid" x=${r(solid.x)} y=${r(solid.y)} width=${r(solid.width)} height=${r(solid.height)} style=${ctx.animate ? geometry(solid) : nothing}></rect>${overlay}${range}${marks}${bar.label ? renderText(bar.label, 'bar-label') : nothing}</g>`;
}
