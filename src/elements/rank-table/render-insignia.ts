import { svg, nothing } from 'lit';
import type { SVGTemplateResult } from 'lit';
import type { ShoulderBoardGeometry } from '../../insignia/index.js';

/**
 * The shapes of one part of the board in a group that carries the descriptor's colour as a `color`
 * presentation attribute (no `style` attribute, so strict CSP pages draw it, and the server-rendered
 * HTML has its colours). The shapes' own CSS is `fill: var(--oob-insignia-<part>, currentColor)`: a
 * page that sets the token wins; otherwise the shape paints in the colour it inherits from this group
 * (an attribute on the group beats anything inherited from the page). The fallback is a real value, not
 * `inherit`: a CSS-wide keyword reached through var() is not treated alike by every engine. A group
 * without a colour gets the part's default `color` from CSS (insignia-styles.ts).
 */
function paint(part: string, colour: string | undefined, shapes: unknown): SVGTemplateResult {
  return svg`<g class="paint paint-${part}" color=${colour ?? nothing}>${shapes}</g>`;
}

/**
 * One shoulder board as an SVG fragment in millimetre units (wrap it in an `<svg viewBox="0 0 60
 * 150">`). `clipId` must be unique in the document or shadow root: the field's texture, stripes and
 * cross-stripes are clipped to the field inside the piping.
 */
export function renderInsignia(g: ShoulderBoardGeometry, clipId: string): SVGTemplateResult {
  const emblem = g.emblem;
  return svg`<defs><clipPath id=${clipId}><path d=${g.field}></path></clipPath></defs>
    ${g.piped ? paint('piping', g.piping, svg`<path class="piping" d=${g.outline}></path>`) : nothing}
    ${paint('board', g.base, svg`<path class="board" d=${g.field}></path>`)}
    <g clip-path="url(#${clipId})">
      ${g.pattern ? svg`<path class="pattern ${g.pattern.kind}" d=${g.pattern.d}></path>` : nothing}
      ${
        g.stripes.length > 0
          ? paint(
              'stripe',
              g.stripeColor,
              g.stripes.map((r) => svg`<rect class="stripe" x=${r.x} y=${r.y} width=${r.width} height=${r.height}></rect>`),
            )
          : nothing
      }
      ${
        g.crossStripes.length > 0
          ? paint(
              'cross-stripe',
              g.crossStripeColor,
              g.crossStripes.map((r) => svg`<rect class="cross-stripe" x=${r.x} y=${r.y} width=${r.width} height=${r.height}></rect>`),
            )
          : nothing
      }
    </g>
    ${
      g.stars.length > 0
        ? paint(
            'star',
            g.starColor,
            g.stars.map((s) => svg`<polygon class="star" points=${s.points}></polygon>`),
          )
        : nothing
    }
    ${emblem?.kind === 'star' ? svg`<polygon class="emblem-star" points=${emblem.points ?? ''}></polygon>` : nothing}
    ${emblem && emblem.kind !== 'star' ? svg`<circle class="button" cx=${emblem.cx} cy=${emblem.cy} r=${emblem.r}></circle>` : nothing}
    ${emblem?.kind === 'wreath' ? svg`<path class="wreath" d=${emblem.d ?? ''}></path>` : nothing}
    <path class="edge" d=${g.outline}></path>`;
}
