import { svg } from 'lit';
import type { SVGTemplateResult } from 'lit';
import type { PlacedLegendItem } from '../../layout/strength/legend.js';
import type { StrengthLayout } from '../../layout/strength/strength-layout.js';
import { hatchId, sidePatternId } from './render-defs.js';

const SYMBOLS: Readonly<Record<string, string>> = { approximate: '~', disputed: '≠', 'citation-needed': '[?]' };

function swatch(item: PlacedLegendItem, uid: string, styleOf: (sideIndex: number) => number, firstStyle: number, multi: boolean): SVGTemplateResult {
  const { x, y } = item;
  const symbol = SYMBOLS[item.key];
  if (symbol) {
    return svg`<text class=${`symbol${item.key === 'citation-needed' ? ' citation-needed' : ''}`} x=${x + 7} y=${y + 11} text-anchor="middle">${symbol}</text>`;
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

/** The legend: sides with their colour and pattern, then what ranges and marks mean. */
export function renderLegend(layout: StrengthLayout, uid: string, styleOf: (sideIndex: number) => number): SVGTemplateResult {
  const { legend } = layout;
  const firstStyle = layout.sides[0] ? styleOf(layout.sides[0].index) : 0;
  return svg`<g class="legend" part="legend" aria-hidden="true" transform=${`translate(${legend.x} ${legend.y})`}>
    ${legend.items.map(
      (item) => svg`<g class="legend-item" data-key=${item.key}>
        ${swatch(item, uid, styleOf, firstStyle, layout.sides.length > 1)}
        <text x=${item.x + 20} y=${item.y + 11}>${item.label}</text>
      </g>`,
    )}
  </g>`;
}
