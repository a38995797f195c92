import { nothing, svg } from 'lit';
import type { SVGTemplateResult } from 'lit';
import type { LegendLayout, PlacedLegendItem } from '../../layout/strength/legend.js';
import type { StrengthLayout } from '../../layout/strength/strength-layout.js';
import { hatchId, sidePatternId } from './render-defs.js';

const SYMBOLS: Readonly<Record<string, string>> = { approximate: '~', disputed: '≠', 'citation-needed': '[?]' };

function swatch(
  item: PlacedLegendItem,
  uid: string,
  styleOf: (sideIndex: number) => number,
  firstStyle: number,
  multi: boolean,
): SVGTemplateResult {
  const { x, y } = item;
  const symbol = item.symbol ?? SYMBOLS[item.key];
  if (symbol) {
    const kind = item.key === 'citation-needed' ? ' citation-needed' : item.symbol ? ' subject-key' : '';
    return svg`<text class=${`symbol${kind}`} x=${x + 7} y=${y + 11} text-anchor="middle">${symbol}</text>`;
  }
  const side = /^side-(\d+)$/.exec(item.key);
  const k = side ? styleOf(Number(side[1])) : firstStyle;
  // With several sides, "exact" and "range" describe every side: draw them in a neutral colour.
  const neutral = !side && multi ? ' neutral' : '';
  const overlay = k > 0 ? svg`<rect fill=${`url(#${sidePatternId(uid, k)})`} x=${x} y=${y + 2} width="14" height="10"></rect>` : '';
  if (item.key === 'range') {
    return svg`<g class=${`swatch side-${k}${neutral}`}>
      <rect class="solid" x=${x} y=${y + 2} width="7" height="10"></rect>
      <rect class="extension" x=${x + 7} y=${y + 2} width="7" height="10"></rect>
      <rect fill=${`url(#${hatchId(uid, k)})`} x=${x + 7} y=${y + 2} width="7" height="10"></rect>
    </g>`;
  }
  return svg`<g class=${`swatch side-${k}${neutral}`}><rect class="solid" x=${x} y=${y + 2} width="14" height="10"></rect>${item.key === 'exact' ? '' : overlay}</g>`;
}

function renderItems(
  legend: LegendLayout & { x: number; y: number },
  className: string,
  swatchOf: (item: PlacedLegendItem) => SVGTemplateResult,
) {
  return svg`<g class=${className} part="legend" aria-hidden="true" transform=${`translate(${legend.x} ${legend.y})`}>
    ${legend.items.map(
      (item) => svg`<g class="legend-item" data-key=${item.key}>
        ${swatchOf(item)}
        <text x=${item.x + 20} y=${item.y + 11}>${item.label}</text>
      </g>`,
    )}
  </g>`;
}

/** The legend: sides with their colour and pattern, then what ranges and marks mean. */
export function renderLegend(layout: StrengthLayout, uid: string, styleOf: (sideIndex: number) => number): SVGTemplateResult {
  const firstStyle = layout.sides[0] ? styleOf(layout.sides[0].index) : 0;
  return renderItems(layout.legend, 'legend', (item) => swatch(item, uid, styleOf, firstStyle, layout.sides.length > 1));
}

/** The units' keys (A, B…) under a time chart whose bars carry keys instead of names. */
export function renderSubjectLegend(layout: StrengthLayout, uid: string): SVGTemplateResult | typeof nothing {
  if (!layout.subjectLegend) return nothing;
  return renderItems(layout.subjectLegend, 'legend subjects', (item) => swatch(item, uid, () => 0, 0, false));
}
