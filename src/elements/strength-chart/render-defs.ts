import { svg } from 'lit';
import type { SVGTemplateResult } from 'lit';

/** Id of the pattern that marks side style `k` (k > 0; the first side is plain). */
export const sidePatternId = (uid: string, k: number) => `${uid}-side-${k}`;
/** Id of the diagonal hatch drawn over range extensions of side style `k`. */
export const hatchId = (uid: string, k: number) => `${uid}-hatch-${k}`;

const SIDE_MARKS = [
  undefined,
  svg`<circle class="pattern-fg" cx="3" cy="3" r="1.3"></circle>`,
  svg`<path class="pattern-fg" d="M0 3H6" stroke-width="1.6"></path>`,
  svg`<path class="pattern-fg" d="M0 0L6 6M6 0L0 6" stroke-width="1.1"></path>`,
];

/**
 * Patterns, so sides and ranges never rely on colour alone: each side style after the first gets
 * marks in the background colour over its fill (dots, stripes, cross-hatch), and every style has
 * a diagonal hatch in its own colour for range extensions. Ids are per element instance; only the
 * first \`styles\` styles (those of the sides shown) are defined.
 */
export function renderDefs(uid: string, styles: number): SVGTemplateResult {
  return svg`<defs>
    ${[0, 1, 2, 3].slice(0, Math.max(1, Math.min(4, styles))).map(
      (k) => svg`
        ${SIDE_MARKS[k] ? svg`<pattern id=${sidePatternId(uid, k)} class=${`side-${k}`} patternUnits="userSpaceOnUse" width="6" height="6">${SIDE_MARKS[k]}</pattern>` : ''}
        <pattern id=${hatchId(uid, k)} class=${`side-${k}`} patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
          <line class="hatch-line" x1="0" y1="0" x2="0" y2="5"></line>
        </pattern>`,
    )}
  </defs>`;
}
