import { svg, nothing } from 'lit';
import type { SVGTemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { ShoulderBoardGeometry } from '../../insignia/index.js';

/** The descriptor's colour as `--_fill`, which the part's CSS reads after its public token. */
function fill(colour: string | undefined) {
  return colour === undefined ? nothing : styleMap({ '--_fill': colour });
}

/**
 * One shoulder board as an SVG fragment in millimetre units (wrap it in an `<svg viewBox="0 0 60
 * 150">`). `clipId` must be unique in the document or shadow root: the field's texture, stripes and
 * cross-stripes are clipped to the field inside the piping.
 */
export function renderInsignia(g: ShoulderBoardGeometry, clipId: string): SVGTemplateResult {
  const emblem = g.emblem;
  return svg`<defs><clipPath id=${clipId}><path d=${g.field}></path></clipPath></defs>
    ${g.piped ? svg`<path class="piping" d=${g.outline} style=${fill(g.piping)}></path>` : nothing}
    <path class="board" d=${g.field} style=${fill(g.base)}></path>
    <g clip-path="url(#${clipId})">
      ${g.pattern ? svg`<path class="pattern ${g.pattern.kind}" d=${g.pattern.d}></path>` : nothing}
      ${g.stripes.map((r) => svg`<rect class="stripe" x=${r.x} y=${r.y} width=${r.width} height=${r.height} style=${fill(g.stripeColor)}></rect>`)}
      ${g.crossStripes.map((r) => svg`<rect class="cross-stripe" x=${r.x} y=${r.y} width=${r.width} height=${r.height} style=${fill(g.crossStripeColor)}></rect>`)}
    </g>
    ${g.stars.map((s) => svg`<polygon class="star" points=${s.points} style=${fill(g.starColor)}></polygon>`)}
    ${emblem?.kind === 'star' ? svg`<polygon class="emblem-star" points=${emblem.points ?? ''}></polygon>` : nothing}
    ${emblem && emblem.kind !== 'star' ? svg`<circle class="button" cx=${emblem.cx} cy=${emblem.cy} r=${emblem.r}></circle>` : nothing}
    ${emblem?.kind === 'wreath' ? svg`<path class="wreath" d=${emblem.d ?? ''}></path>` : nothing}
    <path class="edge" d=${g.outline}></path>`;
}
