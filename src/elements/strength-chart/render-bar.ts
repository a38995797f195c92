import { svg, nothing } from 'lit';
import type { SVGTemplateResult } from 'lit';
import type { BarLayout, Rect, TextBlock } from '../../layout/strength/index.js';
import { hatchId, sidePatternId } from './render-defs.js';

/** What a bar needs from the element besides its layout. */
export interface BarContext {
  uid: string;
  /** Style slot (0-3) of the bar's side: colour and pattern. */
  style: number;
  index: number;
  active: boolean;
  described: boolean;
  label: string;
  tooltipId: string;
}

const r = (n: number) => Math.round(n * 100) / 100;
const geometry = (b: Rect) => `x:${r(b.x)}px;y:${r(b.y)}px;width:${r(b.width)}px;height:${r(b.height)}px`;

function union(boxes: readonly Rect[]): Rect {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}

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
  const hit = union([solid, ...(extension ? [extension] : []), ...(bar.marks ? [bar.marks.box] : [])]);
  const pad = Math.max(0, (8 - hit.width) / 2);
  const classes = `bar side-${ctx.style} ${bar.point.kind}${bar.disputed ? ' disputed' : ''}${bar.citationNeeded ? ' citation-needed-bar' : ''}`;
  return svg`<g class=${classes} part="bar" role="img" aria-roledescription="bar" aria-label=${ctx.label}
      aria-describedby=${ctx.described ? ctx.tooltipId : nothing} tabindex=${ctx.active ? 0 : -1} data-index=${ctx.index} data-id=${bar.id}>
    <rect class="hit" x=${r(hit.x - pad)} y=${r(hit.y - 2)} width=${r(hit.width + pad * 2)} height=${r(hit.height + 4)}></rect>
    <rect class="solid" x=${r(solid.x)} y=${r(solid.y)} width=${r(solid.width)} height=${r(solid.height)} style=${geometry(solid)}></rect>
    ${ctx.style > 0 ? svg`<rect class="overlay" pointer-events="none" fill=${`url(#${sidePatternId(ctx.uid, ctx.style)})`} x=${r(solid.x)} y=${r(solid.y)} width=${r(solid.width)} height=${r(solid.height)}></rect>` : nothing}
    ${
      extension
        ? svg`<g part="range" class="range">
            <rect class="extension" x=${r(extension.x)} y=${r(extension.y)} width=${r(extension.width)} height=${r(extension.height)} style=${geometry(extension)}></rect>
            <rect class="overlay" pointer-events="none" fill=${`url(#${hatchId(ctx.uid, ctx.style)})`} x=${r(extension.x)} y=${r(extension.y)} width=${r(extension.width)} height=${r(extension.height)}></rect>
            ${cap ? svg`<line class="cap" x1=${r(cap.x1)} y1=${r(cap.y1)} x2=${r(cap.x2)} y2=${r(cap.y2)}></line>` : nothing}
          </g>`
        : nothing
    }
    ${bar.marks ? renderText(bar.marks, `marks${bar.citationNeeded ? ' citation-needed' : ''}`) : nothing}
    ${bar.label ? renderText(bar.label, 'bar-label') : nothing}
  </g>`;
}
